"""Who is at the desk (issue 16): asked at the start of a shift with the name this laptop
remembers, skipped by `--operator`, switched from the File menu; every operation records it."""

from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from mornings_desktop import app
from mornings_desktop.ledger.signing import default_operator
from mornings_desktop.services import mornings
from mornings_desktop.settings import OPERATOR, Settings
from tests.gui.test_main_window import make_window

ASK = app.ask_operator  # the real question (the GUI conftest replaces it in every test)


def _last_operator(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT operator FROM operations ORDER BY rowid DESC LIMIT 1").fetchone()
    return str(row[0])


def _type_into_the_dialog(text: str) -> None:
    """Answer the modal question as a person would: select all, type, press Enter."""

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog))
        QTest.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(dialog.focusWidget(), text)
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(200, answer)


def test_the_question_offers_the_remembered_name_and_keeps_the_answer(
    qapp, monkeypatch, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(data_dir / "settings.ini")
    monkeypatch.setattr(app, "ask_operator", ASK)
    monkeypatch.delenv("MORNINGS_SCREENSHOT", raising=False)
    _type_into_the_dialog("Amina  El Idrissi")
    no_flag = argparse.Namespace(operator=None)
    assert app.choose_operator(no_flag, settings) == "Amina El Idrissi"
    assert settings.get(OPERATOR) == "Amina El Idrissi"
    asked: list[str] = []
    monkeypatch.setattr(app, "ask_operator", lambda remembered: asked.append(remembered))
    assert app.choose_operator(no_flag, settings) == "Amina El Idrissi"  # cancelled: kept
    assert asked == ["Amina El Idrissi"]
    # --operator skips the question
    assert app.choose_operator(argparse.Namespace(operator="Youssef"), settings) == "Youssef"
    assert asked == ["Amina El Idrissi"] and settings.get(OPERATOR) == "Youssef"


def test_the_file_menu_switches_the_person_and_operations_carry_it(
    qtbot, state, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, state)
    ws = state.workspace
    mornings.create(ws, mornings.MorningInput(title="Avant", date="2026-12-10"))
    assert _last_operator(ws.path) == default_operator()
    monkeypatch.setattr(app, "ask_operator", ASK)
    _type_into_the_dialog("Karim")
    QTest.keyClick(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert ws.operator == "Karim" and state.settings.get(OPERATOR) == "Karim"
    assert "Karim" in window.statusBar().currentMessage()
    window.grab().save(str(ws.path.with_name("operator.png")))
    mornings.create(ws, mornings.MorningInput(title="Après", date="2026-12-11"))
    assert _last_operator(ws.path) == "Karim"
