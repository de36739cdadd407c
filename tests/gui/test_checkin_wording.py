"""A scan's result is worded once, translated: a full disk reads French in the French window."""

from __future__ import annotations

import inspect
import secrets
import sqlite3

import pytest

from mornings_desktop import codes
from mornings_desktop.ledger import ledger
from mornings_desktop.services import registrations
from mornings_desktop.ui.checkin import result_panel
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.keys import type_text
from tests.gui.test_french import french  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("french")


def test_a_full_disk_during_a_scan_reads_french(
    qtbot,
    state,
    demo_morning,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    desk = CheckinScreen(state)
    qtbot.addWidget(desk)
    desk.show()
    row = next(
        r
        for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.status != "cancelled" and r.category != "speaker"
    )

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ledger, "append", full)
    type_text(desk.input, row.code, enter=True)
    text = desk.panel.text()
    assert desk.panel.result == "error"
    assert "NON ENREGISTRÉ" in text and "n’a PAS été enregistrée" in text
    assert "le disque est plein" in text, text
    assert "Cannot write" not in text and "NOT SAVED" not in text


def test_an_unrecognised_code_says_what_to_do_in_french(
    qtbot,
    state,
    demo_morning,
    french,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    desk = CheckinScreen(state)
    qtbot.addWidget(desk)
    desk.show()
    type_text(desk.input, codes.make_code(secrets.token_bytes(32)), enter=True)  # another key
    text = desk.panel.text()
    assert "Code non reconnu — scannez à nouveau ou cherchez par nom" in text, text


def test_no_sentence_prefix_is_matched() -> None:
    assert "NOT SAVED — " not in inspect.getsource(result_panel)


def test_french_plurals(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    assert translate("AgendaScreen", "%n blocking", None, 1) == "dont 1 bloquante"
    assert translate("AgendaScreen", "%n blocking", None, 2) == "dont 2 bloquantes"
    state.set_current_morning(demo_morning)
    desk = CheckinScreen(state)
    qtbot.addWidget(desk)
    row = registrations.list_registrations(state.workspace, demo_morning)[0]
    from mornings_desktop.services import checkin

    checkin.ScanDesk(state.workspace, demo_morning).admit(row.id)
    desk.live.refresh()
    assert desk.live.total.text().startswith("1 arrivé sur "), desk.live.total.text()
    assert "inscrits" in desk.live.total.text()
