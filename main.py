"""`python main.py` opens Mornings Desktop (and accepts the `mornings` command's arguments)."""

import multiprocessing
import sys

from mornings_desktop.cli import main

if __name__ == "__main__":
    # The badge render process (documents/render_process.py) in a packaged program: a worker
    # started from the bundle runs its task here instead of opening a second window.
    multiprocessing.freeze_support()
    sys.exit(main())
