"""The window opens before the whole-file check, which runs in a background job (app.py,
ui/damage_banner.py): a really damaged file still opens read-only with one sentence at the top,
refuses writes and gets no start backup; damage on a page the first page reads is the start-up
dialog, as before."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from mornings_desktop import app
from mornings_desktop.errors import DatabaseError
from mornings_desktop.services import mornings
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import database
from mornings_desktop.ui import menu_actions
from mornings_desktop.ui.main_window import MainWindow
from tests.gui.test_app_startup import args, gui_run  # noqa: F401  (gui_run is a fixture)
from tests.unit.store.test_file_check import damage_root_page


def demo_database(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    create_demo(ws, attendees=30, seed=3, day="2026-12-10")
    ws.close()


def backups(db_path: Path) -> list[str]:
    return sorted(p.name for p in (db_path.parent / "backups").glob("*.sqlite3"))


def test_damage_found_after_the_window_shows_is_said_and_blocks_writes(
    gui_run: Path,  # noqa: F811
    qtbot,
    monkeypatch,
    db_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    demo_database(db_path)
    damage_root_page(db_path, "ix_mail_outbox_batch")  # not read by the first page
    before, kept = db_path.read_bytes(), backups(db_path)
    seen: dict[str, object] = {}

    def loop(application: QApplication) -> int:
        window = next(
            w for w in application.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        qtbot.waitUntil(lambda: window.damage_banner.isVisible(), timeout=20_000)
        seen["banner"] = window.damage_banner.text()
        try:
            mornings.create(
                window.state.workspace, mornings.MorningInput(title="Matinale", date="2027-01-14")
            )
        except DatabaseError as exc:
            seen["write"] = str(exc)
        back_up = next(
            a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Shift+B"
        )
        back_up.trigger()  # File ▸ Back up now, as the person would
        window.damage_banner.grab().save(str(gui_run))
        window.close()
        return 0

    checks: list[bool] = []  # each whole-file check: whether the UI thread ran it
    real_check = database.quick_check

    def watched_check(path: Path) -> None:
        checks.append(threading.current_thread() is threading.main_thread())
        real_check(path)

    monkeypatch.setattr(database, "quick_check", watched_check)
    refused: list[str] = []
    monkeypatch.setattr(menu_actions, "show_error", lambda _w, exc: refused.append(str(exc)))
    monkeypatch.setattr(app, "run_event_loop", loop)
    monkeypatch.setattr(app, "ask_offer_demo", lambda: pytest.fail("the database has Mornings"))
    assert app.run_gui(args(db_path, "Accueil 1")) == 0
    assert checks == [False], "one whole-file check, off the UI thread"
    banner = str(seen["banner"])
    assert "damaged" in banner and "mornings restore" in banner and "\n" not in banner
    assert "damaged" in str(seen.get("write")), "writes are refused"
    assert db_path.read_bytes() == before, "the damaged file is left as it was"
    assert len(refused) == 1 and "damaged" in refused[0], "Back up now says why it does not"
    assert backups(db_path) == kept, "no backup of a damaged file (the good ones stay)"


def test_damage_on_the_first_page_is_the_start_up_dialog(
    gui_run: Path,  # noqa: F811
    monkeypatch,
    db_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    demo_database(db_path)
    damage_root_page(db_path, "mornings")
    before = db_path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(app, "show_startup_error", shown.append)
    assert app.run_gui(args(db_path, "Accueil 1")) == 2
    assert len(shown) == 1 and "damaged" in shown[0] and "\n" not in shown[0]
    assert db_path.read_bytes() == before
    assert not gui_run.exists(), "no window was opened"
