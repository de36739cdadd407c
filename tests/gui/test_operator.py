"""Who is at the desk: asked when the window starts, switched with Ctrl+Shift+O, remembered on
this laptop, skipped with `--operator`."""

from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mornings_desktop import app
from mornings_desktop.services import mornings
from mornings_desktop.settings import OPERATOR, RECENT_OPERATORS, Settings
from mornings_desktop.ui import operator_dialog
from mornings_desktop.ui.main_window import MainWindow
from mornings_desktop.ui.operator_dialog import OperatorDialog
from tests.gui.test_app_startup import gui_run  # noqa: F401  (fixture)


def _when_dialog_opens(qtbot, act) -> None:  # type: ignore[no-untyped-def]
    """Run `act(dialog)` on the operator dialog once it is open (it is modal)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, OperatorDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _type_and_enter(qtbot, text: str):  # type: ignore[no-untyped-def]
    def act(dialog: OperatorDialog) -> None:
        qtbot.keyClick(dialog.names, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.names, text)
        qtbot.keyClick(dialog.names, Qt.Key.Key_Return)

    return act


def test_typing_a_name_and_enter_sets_and_remembers_it(qtbot, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    _when_dialog_opens(qtbot, _type_and_enter(qtbot, "Nadia El Amrani"))
    assert operator_dialog.ask(settings) == "Nadia El Amrani"
    assert settings.get(OPERATOR) == "Nadia El Amrani"
    _when_dialog_opens(qtbot, _type_and_enter(qtbot, "Karim"))
    assert operator_dialog.ask(settings) == "Karim"
    assert settings.get(RECENT_OPERATORS).splitlines() == ["Karim", "Nadia El Amrani"]


def test_the_next_volunteer_picks_a_recent_name_with_the_arrow_keys(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    operator_dialog.keep(settings, "Nadia")
    operator_dialog.keep(settings, "Karim")

    def act(dialog: OperatorDialog) -> None:
        assert dialog.names.currentText() == "Karim", "the last name is offered first"
        qtbot.keyClick(dialog.names, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.names, Qt.Key.Key_Return)

    _when_dialog_opens(qtbot, act)
    assert operator_dialog.ask(settings) == "Nadia"


def test_an_empty_name_is_told_and_the_dialog_stays(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def act(dialog: OperatorDialog) -> None:
        qtbot.keyClick(dialog.names, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.names, Qt.Key.Key_Delete)
        qtbot.keyClick(dialog.names, Qt.Key.Key_Return)
        seen.append(dialog.problem.text() if dialog.isVisible() else "closed")
        qtbot.keyClicks(dialog.names, "Salma")
        qtbot.keyClick(dialog.names, Qt.Key.Key_Return)

    _when_dialog_opens(qtbot, act)
    assert operator_dialog.ask(settings) == "Salma"
    assert seen and seen[0].startswith("⚠") and "name" in seen[0]


def test_escape_keeps_nothing(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    _when_dialog_opens(qtbot, lambda d: qtbot.keyClick(d.names, Qt.Key.Key_Escape))
    assert operator_dialog.ask(settings) is None
    assert settings.get(OPERATOR) == ""


def test_ctrl_shift_o_switches_the_person_in_the_status_bar(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    state.workspace.operator = "Nadia"
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert "Nadia" in window.operator_button.text()
    _when_dialog_opens(qtbot, _type_and_enter(qtbot, "Youssef"))
    qtbot.keyClick(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert state.workspace.operator == "Youssef"
    assert "Youssef" in window.operator_button.text()
    assert state.settings.get(OPERATOR) == "Youssef"
    mornings.create(state.workspace, mornings.MorningInput(title="Après", date="2026-12-11"))
    assert _last_operator(state.workspace.path) == "Youssef", "every operation carries its operator"


def test_the_file_menu_offers_the_switch_too(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(state)
    qtbot.addWidget(window)
    entries = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert any("person at the desk" in text for text in entries)


def _last_operator(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT operator FROM operations ORDER BY rowid DESC LIMIT 1").fetchone()
    return str(row[0])


def _args(db: Path, operator: str | None) -> argparse.Namespace:
    return argparse.Namespace(db=db, desk="Accueil 1", command=None, operator=operator)


@pytest.mark.usefixtures("gui_run")
def test_the_window_asks_at_the_start_of_a_shift(monkeypatch, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []
    monkeypatch.setattr(app, "ask_offer_demo", lambda: False)
    monkeypatch.setattr(app, "ask_operator", lambda settings: seen.append(settings) or "Salma")
    built: list[MainWindow] = []
    real = app.build_window

    def spy(workspace, settings):  # type: ignore[no-untyped-def]
        window, state = real(workspace, settings)
        built.append(window)
        return window, state

    monkeypatch.setattr(app, "build_window", spy)
    assert app.run_gui(_args(db_path, None)) == 0
    assert len(seen) == 1
    assert built and built[0].state.workspace.operator == "Salma"


@pytest.mark.usefixtures("gui_run")
def test_operator_on_the_command_line_skips_the_question(monkeypatch, db_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(app, "ask_offer_demo", lambda: False)
    monkeypatch.setattr(app, "ask_operator", lambda settings: pytest.fail("no question"))
    assert app.run_gui(_args(db_path, "  Omar ")) == 0


@pytest.mark.usefixtures("gui_run")
def test_a_bad_operator_on_the_command_line_is_one_sentence(monkeypatch, db_path) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(app, "show_startup_error", shown.append)
    assert app.run_gui(_args(db_path, "   ")) == 2
    assert shown == ["Type the name of the person at the desk."]
