"""Qt widgets, one folder per role plus shared widgets. Rules live in app/, never here."""
