"""Use cases, Qt-free: the command line and the window call the same functions."""
