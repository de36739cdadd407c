"""The test process ends through Python's own finalization, with nothing of Qt left to tear down.

A start-up test leaves the main window `app.run_gui` made (closed, not deleted); without the
`qt_objects_deleted` fixture (tests/gui/conftest.py) every such window, its screens and timers
stayed alive until the interpreter exited, where PySide6 6.12 could abort ("Fatal Python error:
bool_dealloc", exit 134). The suite used to hide that with `os._exit`; it no longer does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication

from mornings_desktop.ui.main_window import MainWindow
from tests.gui import test_app_startup as startup
from tests.gui.conftest import delete_windows_made_since

ROOT = Path(__file__).resolve().parents[2]
gui_run = startup.gui_run


def test_a_window_the_test_did_not_register_is_deleted_after_it(
    gui_run: Path, db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(startup.app, "ask_offer_demo", lambda: False)
    before = QApplication.topLevelWidgets()
    assert startup.app.run_gui(startup.args(db_path, "Accueil 1")) == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert windows and all(shiboken6.isValid(w) for w in windows)  # closed, not deleted
    delete_windows_made_since(before)  # what the autouse fixture does after every test
    assert not any(shiboken6.isValid(w) for w in windows)


def test_gui_tests_end_the_interpreter_cleanly(tmp_path: Path) -> None:
    """Start-up tests (windows not registered with qtbot) in a fresh interpreter: exit status 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable, "-X", "faulthandler", "-m", "pytest", "-q", "-p", "no:cacheprovider",
            "-p", "no:xdist", "tests/gui/test_app_startup.py", "tests/gui/test_main_window.py",
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=280,
    )  # fmt: skip
    assert "Fatal Python error" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, (done.returncode, done.stdout[-2000:], done.stderr[-2000:])
