"""`python main.py` opens Mornings Desktop (and accepts the `mornings` command's arguments)."""

import sys

from mornings_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
