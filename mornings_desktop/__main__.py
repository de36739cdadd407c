"""`python -m mornings_desktop` does what the `mornings` command does."""

import sys

from mornings_desktop.cli import main

sys.exit(main())
