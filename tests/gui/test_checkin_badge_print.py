"""Badges printed at check-in: once per admission when the setting is on, never when it is off,
and a printing problem is a note under a result that stays green (the admission is saved).

No printer exists here: the desk's printing function is replaced by one that makes the real badge
PDF through the badges service and keeps it instead of sending it to a printer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.services import badges, registrations
from mornings_desktop.settings import PRINT_ON_CHECKIN
from mornings_desktop.ui.badges import admission_print
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.keys import type_text


@pytest.fixture
def desk(qtbot, state, demo_morning):  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    widget = CheckinScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def printed(monkeypatch, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Replace the desk's printing: the real badge PDF, kept in a list instead of printed."""
    calls: list[str] = []
    pdfs: list[bytes] = []

    def fake(
        state, registration_id: str, *, reprint: bool = False, render=None
    ) -> badges.AdmissionPrint:  # type: ignore[no-untyped-def]
        calls.append(registration_id)
        template = admission_print.load_catalogue(admission_print.user_templates_dir()).get(
            str(state.settings.get(admission_print.printing.AUTO_TEMPLATE))
        )
        return badges.print_on_admission(
            state.workspace, registration_id, enabled=True, template=template,
            send_to_printer=pdfs.append, render=render,
        )  # fmt: skip

    monkeypatch.setattr(admission_print, "print_badge_on_admission", fake)
    return calls


def _people(state, morning_id):  # type: ignore[no-untyped-def]
    return [
        r
        for r in registrations.list_registrations(state.workspace, morning_id)
        if r.status != "cancelled" and r.category != "speaker" and r.name.isascii()
    ]


def test_enabled_prints_once_per_admission(desk, state, demo_morning, printed, qtbot) -> None:  # type: ignore[no-untyped-def]
    state.settings.set(PRINT_ON_CHECKIN, True)
    first, second = _people(state, demo_morning)[:2]
    type_text(desk.input, first.code, enter=True)
    assert desk.panel.result == "admitted"
    qtbot.waitUntil(lambda: "Badge printed 1 time" in desk.panel.text())
    assert printed == [first.id]
    type_text(desk.input, first.code, enter=True)  # already checked in: no second badge
    type_text(desk.input, second.code, enter=True)
    qtbot.waitUntil(lambda: len(printed) == 2)
    assert desk.badges.queue.wait(30)  # printed off the UI thread, in admission order
    qtbot.waitUntil(lambda: desk.badges.queue.pending == 0)
    assert printed == [first.id, second.id]
    assert badges.print_counts(state.workspace, [first.id, second.id]) == {
        first.id: 1,
        second.id: 1,
    }
    assert desk.panel.result == "admitted" and "Badge printed 1 time" in desk.panel.text()


def test_disabled_prints_nothing_and_says_so(desk, state, demo_morning, printed, qtbot) -> None:  # type: ignore[no-untyped-def]
    state.settings.set(PRINT_ON_CHECKIN, False)
    person = _people(state, demo_morning)[0]
    type_text(desk.input, person.code, enter=True)
    qtbot.wait(50)
    assert printed == []
    assert desk.panel.result == "admitted"
    assert "Badge not printed yet." in desk.panel.text()


def test_the_note_counts_prints_made_elsewhere_after_an_undo(
    desk, state, demo_morning, printed, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Printing off at this desk: the note under each admission reads the print log as it is
    then (badges printed from the Badges area in between), also after an undo."""
    state.settings.set(PRINT_ON_CHECKIN, False)
    person, other = _people(state, demo_morning)[:2]
    type_text(desk.input, person.code, enter=True)
    assert desk.panel.result == "admitted" and "Badge not printed yet." in desk.panel.text()
    badges.record_prints(state.workspace, [person.id, person.id], "a6-single")
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.result == "undone"
    type_text(desk.input, person.code, enter=True)
    assert desk.panel.result == "admitted" and "Badge printed 2 time(s)." in desk.panel.text()
    type_text(desk.input, other.code, enter=True)
    assert desk.panel.result == "admitted" and "Badge not printed yet." in desk.panel.text()
    assert printed == []


def test_printing_problem_is_a_note_under_a_green_result(
    desk, state, demo_morning, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    state.settings.set(PRINT_ON_CHECKIN, True)
    calls: list[str] = []

    def no_printer(state, registration_id: str, *, reprint: bool = False, render=None) -> None:  # type: ignore[no-untyped-def]
        calls.append(registration_id)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "No badge printer is set: choose one once from the Badges screen."
            )
        )

    monkeypatch.setattr(admission_print, "print_badge_on_admission", no_printer)
    person = _people(state, demo_morning)[0]
    type_text(desk.input, person.code, enter=True)
    qtbot.waitUntil(lambda: "NOT printed" in desk.panel.text())
    assert calls == [person.id]
    assert desk.panel.result == "admitted" and "Admitted" in desk.panel.text()
    assert "No badge printer is set" in desk.panel.text()
    type_text(desk.input, person.code, enter=True)  # the admission was saved
    assert desk.panel.result == "already"
    assert calls == [person.id]
