"""Bad input at start-up: started twice on one database, from a read-only folder, with a data
folder that cannot be written, with a language whose translation files are missing. Each is one
clear sentence or a quiet fallback, never a crash; the database is left as it was."""

from __future__ import annotations

import argparse
import contextlib
import logging
import logging.handlers
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from mornings_desktop import app, i18n
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.settings import LANGUAGE, Settings
from mornings_desktop.ui.main_window import MainWindow
from mornings_desktop.ui.startup_lock import lock_database, lock_path

REPO = Path(__file__).resolve().parents[2]
HOLD_LOCK = """
import os, sys
from pathlib import Path
from mornings_desktop.ui.startup_lock import lock_database
lock = lock_database(Path(sys.argv[1]))
print("held" if lock is not None else "none", flush=True)
if sys.argv[2] == "crash":
    os._exit(3)  # no unlock: the lock file stays behind, as after a crash
sys.stdin.readline()
"""


@pytest.fixture
def windows(qapp, monkeypatch, tmp_path: Path) -> Iterator[list[MainWindow]]:  # type: ignore[no-untyped-def]
    """`run_gui` with a short event loop instead of `exec()`; collects the windows it opened."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.delenv("MORNINGS_SCREENSHOT", raising=False)
    opened: list[MainWindow] = []
    # Windows other tests of this process left open are not this test's.
    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    def short_loop(application: QApplication) -> int:
        loop = QEventLoop()
        QTimer.singleShot(200, loop.quit)
        loop.exec()
        opened.extend(
            w
            for w in application.topLevelWidgets()
            if isinstance(w, MainWindow)
            and w.isVisible()
            and w not in opened
            and not any(w is e for e in earlier)
        )
        return 0

    monkeypatch.setattr(app, "run_event_loop", short_loop)
    monkeypatch.setattr(app, "ask_offer_demo", lambda: False)
    Settings().set(LANGUAGE, "en")
    yield opened
    for window in opened:
        window.close()
        window.deleteLater()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def args(db: Path, desk: str | None = "Accueil 1") -> argparse.Namespace:
    return argparse.Namespace(db=db, desk=desk, command=None, operator="Nadia")


def hold_lock(db: Path, mode: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db), mode],
        cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_second_start_on_the_same_database_is_one_clear_sentence(
    windows: list[MainWindow], monkeypatch, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    Workspace.open(db_path, "Accueil 1").close()
    before = db_path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(app, "show_startup_error", shown.append)
    monkeypatch.setattr(app, "ask_desk_name", lambda s: pytest.fail("no question when locked"))
    first = hold_lock(db_path, "hold")
    try:
        assert app.run_gui(args(db_path, desk=None)) == 2
    finally:
        assert first.stdin is not None
        first.stdin.write("\n")
        first.stdin.close()
        assert first.wait(30) == 0
        assert first.stdout is not None
        first.stdout.close()
    assert len(shown) == 1 and "\n" not in shown[0]
    assert "already open on this database" in shown[0] and str(db_path) in shown[0]
    assert windows == [], "no second window"
    assert db_path.read_bytes() == before
    # once the first window is closed, the database opens again
    assert app.run_gui(args(db_path)) == 0
    assert len(windows) == 1 and len(shown) == 1
    assert not lock_path(db_path).exists(), "the lock is released at shutdown"


def test_a_lock_left_behind_by_a_crash_does_not_block(
    windows: list[MainWindow], monkeypatch, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    Workspace.open(db_path, "Accueil 1").close()
    crashed = hold_lock(db_path, "crash")
    assert crashed.wait(30) == 3
    assert crashed.stdout is not None and crashed.stdin is not None
    crashed.stdout.close()
    crashed.stdin.close()
    assert lock_path(db_path).exists(), "the crash left its lock file"
    monkeypatch.setattr(app, "show_startup_error", lambda m: pytest.fail(m))
    assert app.run_gui(args(db_path)) == 0
    assert len(windows) == 1


def test_the_same_process_cannot_take_the_lock_twice(db_path: Path) -> None:
    from mornings_desktop.errors import UserError

    lock = lock_database(db_path)
    assert lock is not None
    try:
        with pytest.raises(UserError, match="already open"):
            lock_database(db_path)
    finally:
        lock.unlock()
    second = lock_database(db_path)
    assert second is not None
    second.unlock()


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make `folder` unwritable, also for root (the immutable attribute), or skip."""
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip("root cannot make a read-only folder here (no chattr +i)")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


@pytest.mark.parametrize("data_folder", ["writable", "unwritable"])
def test_read_only_folder_is_the_read_only_dialog(
    windows: list[MainWindow], monkeypatch, tmp_path: Path, data_folder: str
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb"
    folder.mkdir()
    db = folder / "mornings.sqlite3"
    Workspace.open(db, "Accueil 1").close()
    for extra in folder.glob("mornings.sqlite3-*"):  # WAL leftovers would not be read-only
        extra.unlink()
    before = db.read_bytes()
    if data_folder == "unwritable":
        # logs and settings cannot be written: a "folder" below a plain file
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("x")
        monkeypatch.setenv("MORNINGS_DATA_DIR", str(blocker / "data"))
    shown: list[str] = []
    monkeypatch.setattr(app, "show_startup_error", shown.append)
    with read_only_folder(folder):
        assert app.run_gui(args(db)) == 2
    assert len(shown) == 1 and "\n" not in shown[0]
    assert str(db) in shown[0]
    # English when settings say so; French (the default) when the settings cannot be read
    assert "read-only" in shown[0] or "lecture seule" in shown[0]
    assert windows == []
    assert db.read_bytes() == before
    assert not lock_path(db).exists()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_missing_translation_files_fall_back_to_english(
    windows: list[MainWindow], monkeypatch, tmp_path: Path, db_path: Path, caplog, language: str
) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "qm"
    empty.mkdir()
    monkeypatch.setattr(i18n, "qm_dir", lambda: empty)
    Settings().set(LANGUAGE, language)
    seen: list[str] = []
    monkeypatch.setattr(
        app,
        "ask_desk_name",
        lambda suggestion: seen.append(QCoreApplication.translate("areas", "Mornings")),
    )
    with caplog.at_level(logging.WARNING, logger="mornings_desktop.i18n"):
        assert app.run_gui(args(db_path, desk=None)) == 0
    assert seen == ["Mornings"], "asked in English"
    assert any("no translation files" in r.getMessage() for r in caplog.records)
    # and the window opens in English
    assert app.run_gui(args(db_path)) == 0
    assert len(windows) == 1
    titles = [a.text() for a in windows[0].menuBar().actions()]
    assert titles and all(t.isascii() for t in titles), titles
