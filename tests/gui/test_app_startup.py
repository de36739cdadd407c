"""Start-up of the window in-process: the desk name on first start, the demo offered on an empty
database, a clear dialog for an unusable file, and the exception hook."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from mornings_desktop import app
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.settings import LANGUAGE, Settings
from mornings_desktop.ui import crash
from mornings_desktop.ui.main_window import MainWindow


@pytest.fixture
def gui_run(qapp, monkeypatch, tmp_path: Path) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """Let `run_gui` run an event loop for a moment, then take a picture of its window.

    The real loop is `QApplication.exec()` followed by `quit()`, which would leave the test
    session's application unable to run event loops again; `test_cli` runs it for real."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.delenv("MORNINGS_SCREENSHOT", raising=False)
    png = tmp_path / "shot.png"
    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    def short_loop(application: QApplication) -> int:
        loop = QEventLoop()
        QTimer.singleShot(LOOP_MS, loop.quit)
        loop.exec()
        window = next(
            w
            for w in application.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and not any(w is e for e in earlier)
        )
        window.grab().save(str(png))
        window.close()  # as the person would; later tests of this process must not see it
        return 0

    monkeypatch.setattr(app, "run_event_loop", short_loop)
    Settings().set(LANGUAGE, "en")  # French is the default; these tests read English messages
    yield png
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


LOOP_MS = 300


def args(db: Path, desk: str | None = None) -> argparse.Namespace:
    return argparse.Namespace(db=db, desk=desk, command=None, operator="Nadia")


def test_first_start_asks_the_desk_name_and_offers_the_demo(
    gui_run: Path, monkeypatch, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    offered: list[bool] = []
    monkeypatch.setattr(
        app, "ask_desk_name", lambda suggestion: asked.append(suggestion) or "Accueil 3"
    )
    monkeypatch.setattr(app, "ask_offer_demo", lambda: offered.append(True) or False)
    assert app.run_gui(args(db_path)) == 0
    assert len(asked) == 1 and asked[0]
    assert offered == [True]
    assert gui_run.read_bytes()[:4] == b"\x89PNG"
    ws = Workspace.open(db_path)
    assert ws.desk_name == "Accueil 3"
    assert mornings.list_mornings(ws) == [], "the demo was declined"
    ws.close()
    backups = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert any("start" in b.name for b in backups), "a backup when the window starts"


def test_declining_the_desk_name_creates_nothing(gui_run: Path, monkeypatch, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(app, "ask_desk_name", lambda suggestion: None)
    monkeypatch.setattr(app, "ask_offer_demo", lambda: pytest.fail("no window, no offer"))
    assert app.run_gui(args(db_path)) == 0
    assert not db_path.exists()


def test_accepting_the_demo_fills_the_database(gui_run: Path, monkeypatch, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    Workspace.open(db_path, "Accueil 1").close()  # an existing, empty database: no desk question
    monkeypatch.setattr(app, "ask_desk_name", lambda s: pytest.fail("the desk is known"))
    monkeypatch.setattr(app, "ask_offer_demo", lambda: True)
    monkeypatch.setattr(sys.modules[__name__], "LOOP_MS", 3000)
    assert app.run_gui(args(db_path)) == 0
    ws = Workspace.open(db_path)
    rows = mornings.list_mornings(ws)
    ws.close()
    assert len(rows) == 1 and rows[0].registered >= 150


def test_a_database_with_mornings_offers_nothing(gui_run: Path, monkeypatch, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = Workspace.open(db_path, "Accueil 1")
    mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    ws.close()
    monkeypatch.setattr(app, "ask_offer_demo", lambda: pytest.fail("not on a database with data"))
    assert app.run_gui(args(db_path)) == 0


@pytest.mark.parametrize("kind", ["corrupt", "newer", "desk"])
def test_unusable_database_is_a_dialog_and_untouched(
    gui_run: Path, monkeypatch, db_path: Path, kind: str
) -> None:  # type: ignore[no-untyped-def]
    desk = "Accueil 1"
    if kind == "corrupt":
        db_path.write_bytes(b"garbage" * 1000)
    else:
        Workspace.open(db_path, "Accueil 1").close()
        if kind == "newer":
            with closing(sqlite3.connect(db_path)) as conn, conn:
                conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        else:
            desk = "   "
    before = db_path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(app, "show_startup_error", shown.append)
    assert app.run_gui(args(db_path, desk)) == 2
    assert len(shown) == 1 and "\n" not in shown[0]
    assert {"corrupt": "damaged", "newer": "newer version", "desk": "desk name"}[kind] in shown[0]
    assert db_path.read_bytes() == before
    assert not gui_run.exists(), "no window was opened"


@pytest.mark.qt_no_exception_capture
def test_exception_hook_logs_and_reassures(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[str] = []
    monkeypatch.setattr(crash, "ask_report", shown.append)
    log_path = crash.setup_logging(tmp_path / "logs")
    try:
        crash.install(log_path)

        def broken_slot() -> None:
            raise ZeroDivisionError("capacity per table")

        QTimer.singleShot(0, broken_slot)  # an error in a slot, as a real bug would be
        for _ in range(100):
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if shown:
                break
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                root.removeHandler(handler)
                handler.close()
    assert len(shown) == 1
    assert "your data is safe" in shown[0] and str(log_path) in shown[0]
    assert "ZeroDivisionError: capacity per table" in shown[0]
    logged = log_path.read_text("utf-8")
    assert (
        "Unhandled error" in logged and "broken_slot" in logged and "capacity per table" in logged
    )


def test_french_by_default_and_nothing_left_behind(
    gui_run: Path, monkeypatch, db_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from mornings_desktop import i18n
    from tests.unit.test_translations import load_i18n

    script = load_i18n()
    monkeypatch.setattr(script, "BUILD", tmp_path / "qm")
    script.build()
    monkeypatch.setattr(i18n, "qm_dir", lambda: tmp_path / "qm")
    Settings().set(LANGUAGE, "fr")
    seen: list[str] = []
    monkeypatch.setattr(
        app,
        "ask_desk_name",
        lambda suggestion: seen.append(QCoreApplication.translate("areas", "Mornings")),
    )
    assert app.run_gui(args(db_path)) == 0
    assert seen == ["Matinales"], "the desk question is asked in French"
    assert QCoreApplication.translate("areas", "Mornings") == "Mornings", "translators removed"
