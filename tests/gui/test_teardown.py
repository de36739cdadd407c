"""The test process ends through Python's own finalization, with exit status 0.

A GUI test file run alone used to end with "Fatal Python error: bool_dealloc" (exit 134) after
every test had passed. The cause was not the windows left alive: PySide6 6.12.0 on Python 3.11
gives back None, True and False without a reference of its own (every void Qt call, every
`Signal.emit`), so their counts ran down until finalization freed the last holder of True; see
`mornings_desktop/ui/qt_refcounts.py` and tests/gui/test_qt_refcounts.py. The
`qt_objects_deleted` fixture (tests/gui/conftest.py) still deletes what a test leaves open.
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


def run_alone(*test_files: str) -> subprocess.CompletedProcess[str]:
    """Run GUI test files in a fresh interpreter, as `pytest FILE` from a shell does."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [
            sys.executable, "-X", "faulthandler", "-m", "pytest", "-q", "-p", "no:cacheprovider",
            "-p", "no:xdist", *test_files,
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=280,
    )  # fmt: skip


def assert_clean_exit(done: subprocess.CompletedProcess[str]) -> None:
    assert "Fatal Python error" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, (done.returncode, done.stdout[-2000:], done.stderr[-2000:])


def test_gui_tests_end_the_interpreter_cleanly() -> None:
    """Start-up tests (windows not registered with qtbot) in a fresh interpreter: exit status 0."""
    assert_clean_exit(run_alone("tests/gui/test_app_startup.py", "tests/gui/test_main_window.py"))


def test_the_checkin_desk_file_alone_ends_the_interpreter_cleanly() -> None:
    """The reported case: its 12 tests passed, then "bool_dealloc" and exit status 134."""
    assert_clean_exit(run_alone("tests/gui/test_checkin_desk.py"))
