"""The window's start path makes the program's files private, as `mornings` does (POSIX)."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mornings_desktop import app
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def quick_window(qapp, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """`run_gui` without an event loop; the log handler and umask it sets are undone after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.delenv("MORNINGS_SCREENSHOT", raising=False)
    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    def no_loop(application: QApplication) -> int:
        for window in application.topLevelWidgets():
            if isinstance(window, MainWindow) and not any(window is e for e in earlier):
                window.close()
        return 0

    monkeypatch.setattr(app, "run_event_loop", no_loop)
    monkeypatch.setattr(app, "ask_offer_demo", lambda: False)
    previous = os.umask(0o022)  # a normal user's umask, whatever the runner's
    try:
        yield
    finally:
        os.umask(previous)
        root = logging.getLogger()
        for handler in list(root.handlers):
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                root.removeHandler(handler)
                handler.close()


def test_window_start_makes_old_files_private(quick_window: None, data_dir: Path) -> None:
    from mornings_desktop.store.backup import rotating_backup

    db = data_dir / "mornings.sqlite3"
    Workspace.open(db, "Accueil 1").close()
    backup = rotating_backup(db, "old")
    old = [data_dir, db, backup.parent, backup]
    for path in old:
        path.chmod(0o755 if path.is_dir() else 0o644)
    args = argparse.Namespace(db=None, desk=None, command=None, operator="Nadia")
    assert app.run_gui(args) == 0
    assert os.umask(0o022) == 0o077
    logs = data_dir / "logs"
    wrong = {
        str(p): oct(stat.S_IMODE(p.stat().st_mode))
        for p in [*old, logs, *logs.iterdir(), *data_dir.iterdir(), *backup.parent.iterdir()]
        if stat.S_IMODE(p.stat().st_mode) != (0o700 if p.is_dir() else 0o600)
    }
    assert not wrong, wrong
