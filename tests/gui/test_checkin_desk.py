"""The check-in desk driven as staff use it: a scanner's keystrokes, typed names, keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mornings_desktop import codes
from mornings_desktop.services import checkin, registrations
from mornings_desktop.ui.checkin import corrections
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.keys import press_key, type_text


@pytest.fixture
def desk(qtbot, state, demo_morning):  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    widget = CheckinScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _rows(state, morning_id):  # type: ignore[no-untyped-def]
    return [
        r
        for r in registrations.list_registrations(state.workspace, morning_id)
        if r.status != "cancelled"
        and r.category != "speaker"
        and " " in r.name
        and r.name.isascii()
    ]


def test_scanner_keystrokes_admit_then_already(desk, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    row = _rows(state, demo_morning)[0]
    type_text(desk.input, row.code, enter=True)
    assert desk.panel.result == "admitted"
    assert row.name in desk.panel.text() and "Admitted" in desk.panel.text()
    assert desk.input.text() == ""
    assert desk.sounds.last_played == "admitted"
    type_text(desk.input, row.code, enter=True)  # the same code twice in a row
    assert desk.panel.result == "already"
    assert "Already checked in" in desk.panel.text() and "Accueil 1" in desk.panel.text()


def test_azerty_mangled_scan_with_suffix(desk, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    row = _rows(state, demo_morning)[1]
    mangled = codes.mangle_azerty(row.code)
    assert mangled != row.code
    type_text(desk.input, mangled + "\t", enter=True)
    assert desk.panel.result == "admitted"
    assert row.name in desk.panel.text()


def test_bad_codes_show_their_result(desk, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    import secrets

    type_text(desk.input, codes.make_code(secrets.token_bytes(32)), enter=True)
    assert desk.panel.result == "invalid" and "Code not recognised" in desk.panel.text()
    type_text(desk.input, codes.make_code(state.workspace.ticket_key), enter=True)
    assert desk.panel.result == "unknown" and "sync" in desk.panel.text()


def test_search_misspelt_name_arrows_and_enter(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    row = _rows(state, demo_morning)[2]
    first, last = row.name.split(" ", 1)
    misspelt = last[:-1] + ("x" if last[-1] != "x" else "y") + " " + first.lower()  # typo + order
    type_text(desk.input, misspelt)
    qtbot.waitUntil(lambda: desk.table.isVisible(), timeout=2000)
    names = [h.name for h in desk.hits.hits]
    assert row.name in names
    target = names.index(row.name)
    for _ in range(target):
        press_key(desk.input, Qt.Key.Key_Down)
    assert desk.table.currentIndex().row() == target
    press_key(desk.input, Qt.Key.Key_Return)
    assert desk.panel.result == "admitted" and row.name in desk.panel.text()
    assert checkin.history(state.workspace, row.id)[0].method == "search"
    assert desk.input.hasFocus()


def test_desk_searches_with_the_one_engine_in_services(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    """The desk's search is services.search.PeopleIndex (no second engine in ui/)."""
    from mornings_desktop.services.search import PeopleIndex, SearchHit

    row = _rows(state, demo_morning)[5]
    type_text(desk.input, row.name)
    qtbot.waitUntil(lambda: desk.table.isVisible(), timeout=2000)
    assert isinstance(desk.index, PeopleIndex)
    assert desk.hits.hits and all(isinstance(h, SearchHit) for h in desk.hits.hits)
    assert desk.hits.hits == desk.index.search(row.name, 20)


def test_undo_last_with_ctrl_z(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    row = _rows(state, demo_morning)[3]
    type_text(desk.input, row.code, enter=True)
    assert desk.panel.result == "admitted"
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.result == "undone" and row.name in desk.panel.text()
    assert [h.reverted for h in checkin.history(state.workspace, row.id)] == [True]
    type_text(desk.input, row.code, enter=True)
    assert desk.panel.result == "admitted"


def test_a_second_ctrl_z_asks_before_undoing_an_older_arrival(
    desk, qtbot, state, demo_morning, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A second Ctrl+Z silently undid the arrival before (a walk-in made minutes earlier): the
    desk now names that person and asks; No leaves them admitted."""
    from PySide6.QtWidgets import QMessageBox

    first, second = _rows(state, demo_morning)[6], _rows(state, demo_morning)[7]
    type_text(desk.input, first.code, enter=True)
    type_text(desk.input, second.code, enter=True)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.result == "undone" and second.name in desk.panel.text() and not asked
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and first.name in asked[0]
    assert [h.reverted for h in checkin.history(state.workspace, first.id)] == [False]  # No
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2
    assert [h.reverted for h in checkin.history(state.workspace, first.id)] == [True]  # Yes
    assert desk.panel.result == "undone" and first.name in desk.panel.text()
    third = _rows(state, demo_morning)[8]
    type_text(desk.input, third.code, enter=True)  # a new arrival: its undo is not asked
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2 and desk.panel.result == "undone"


def test_undo_from_history_with_reason(desk, qtbot, state, demo_morning, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    row = _rows(state, demo_morning)[4]
    type_text(desk.input, row.code, enter=True)
    seen = {}

    def fake_ask(screen, name, rows):  # type: ignore[no-untyped-def]
        seen["name"] = name
        return rows[0].id, "wrong person"

    monkeypatch.setattr(corrections, "ask_revert", fake_ask)
    qtbot.keyClick(desk.input, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert seen["name"] == row.name
    history = checkin.history(state.workspace, row.id)
    assert [(h.reverted, h.revert_reason) for h in history] == [(True, "wrong person")]
    assert desk.panel.result == "undone"


def test_register_walk_in(desk, qtbot, state, demo_morning, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.checkin.forms import WalkInDialog

    asked = {}

    def fill_the_real_form(screen, morning_id, name):  # type: ignore[no-untyped-def]
        asked["prefill"] = name
        dialog = WalkInDialog(screen, state.workspace, morning_id, name)
        qtbot.addWidget(dialog)
        type_text(dialog.form.name, "li")
        type_text(dialog.form.organisation, "Disway")
        type_text(dialog.form.phone, "0661 22 33 44")
        qtbot.mouseClick(dialog.form.submit, Qt.MouseButton.LeftButton)
        return dialog.registration_id

    monkeypatch.setattr(corrections, "ask_walk_in", fill_the_real_form)
    type_text(desk.input, "Noémie Skal")
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked["prefill"] == "Noémie Skal"
    assert desk.panel.result == "admitted" and "Noémie Skalli" in desk.panel.text()
    found = [
        r
        for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.name == "Noémie Skalli"
    ]
    assert len(found) == 1 and found[0].walk_in and found[0].checked_in
    assert checkin.history(state.workspace, found[0].id)[0].method == "walk-in"


def test_scan_while_walk_in_dialog_is_open_is_handled(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.checkin.forms import WalkInDialog

    row = _rows(state, demo_morning)[5]
    dialog = WalkInDialog(desk, state.workspace, demo_morning, "", on_scan=desk.scan_from_dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.name.setFocus()
    type_text(dialog.form.name, "Sara")
    type_text(dialog.form.name, row.code, enter=True)  # the scanner fires into the form's field
    assert dialog.form.name.text() == "Sara" and dialog.isVisible()
    assert dialog.registration_id is None  # no one registered by the scan
    assert desk.panel.result == "admitted" and row.name in desk.panel.text()


def test_failing_disk_shows_not_saved_and_queue_moves(
    desk, state, demo_morning, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from mornings_desktop.ledger import ledger

    rows = _rows(state, demo_morning)
    real = ledger.append

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ledger, "append", full)
    type_text(desk.input, rows[6].code, enter=True)
    assert desk.panel.result == "error" and "NOT SAVED" in desk.panel.text()
    monkeypatch.setattr(ledger, "append", real)
    type_text(desk.input, rows[7].code, enter=True)
    assert desk.panel.result == "admitted"


def test_live_view_counts_and_speakers(desk, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    speakers = [
        r
        for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.category == "speaker"
    ]
    type_text(desk.input, speakers[0].code, enter=True)
    desk.live.refresh()
    stats = desk.live.stats
    assert stats is not None and stats.checked_in == 1
    assert dict((c, n) for c, n, _ in stats.by_category)["speaker"] == 1
    assert sum(n for _, n in stats.arrivals) == 1
    arrived = [s for s in stats.speakers if s.arrived]
    assert [s.name for s in arrived] == [speakers[0].name] and arrived[0].sessions
    assert "1" in desk.live.total.text()


def test_scanner_tab_suffix_keeps_the_focus(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    desk.activateWindow()
    desk.input.setFocus()
    qtbot.waitUntil(desk.input.hasFocus, timeout=2000)
    row = _rows(state, demo_morning)[8]
    type_text(desk.input, row.code)
    qtbot.keyClick(desk.input, Qt.Key.Key_Tab)  # the scanner's suffix
    assert desk.input.hasFocus()
    press_key(desk.input, Qt.Key.Key_Return)
    assert desk.panel.result == "admitted"
    qtbot.mouseClick(desk.undo_button, Qt.MouseButton.LeftButton)
    assert desk.panel.result == "undone" and desk.input.hasFocus()
