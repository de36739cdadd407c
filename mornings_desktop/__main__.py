"""`python -m mornings_desktop` does what the `mornings` command does."""

import sys

from mornings_desktop.cli import main

# Guarded: a child process started with multiprocessing's "spawn" (sync rounds,
# `sync.round_process`) imports this module again under another name.
if __name__ == "__main__":
    sys.exit(main())
