"""Use cases and rules of Yichuang. Plain Python: no Qt, so the CLI, the tests and the
background sync run exactly the code the GUI runs."""
