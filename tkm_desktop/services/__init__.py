"""Use cases: the same calls serve the window, the command line and the tests."""
