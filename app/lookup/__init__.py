"""What the public lookup touchscreen shows besides the catalog itself: life-event themes, the
order of departments, which window serves what, and the guide as a sheet to take away."""
