"""Electronic supervision (电子监察): warnings a supervisor works through, bad-review
follow-up, and complaints (投诉). Plain data out; no Qt."""
