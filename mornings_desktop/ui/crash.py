"""The global exception hook: log the traceback to a rotating file, tell the person their data is safe.

Every change is committed (or rolled back) as a whole, so an unexpected error in the window never
leaves half a change in the database: the dialog says so, and where the log is.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from mornings_desktop.private_files import PrivateRotatingFileHandler, make_private, private_dir

log = logging.getLogger("mornings_desktop")


def setup_logging(folder: Path) -> Path:
    make_private(private_dir(folder))
    path = folder / "mornings.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        # only opened when it is kept: a second start in one process must not leak the file
        handler = PrivateRotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def ask_report(text: str) -> None:
    """Show the crash dialog (replaced in tests)."""
    app = QApplication.instance()
    if app is None:
        return
    QMessageBox.critical(None, QCoreApplication.translate("crash", "Unexpected problem"), text)


def install(log_path: Path) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("Unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        text = QCoreApplication.translate(
            "crash",
            "Something went wrong, but your data is safe: every change is saved whole or not at "
            "all.\n\nThe details are in the log:\n%1\n\n(%2)",
        )
        ask_report(text.replace("%1", str(log_path)).replace("%2", f"{kind.__name__}: {value}"))

    sys.excepthook = hook
