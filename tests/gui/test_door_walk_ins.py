"""At a door desk joined the real way (`tests/gui/door_desk.py`), the People area's registration
dialog shows someone else's person and category read-only and saves a note and a flag typed at the
keyboard; a walk-in typed into the form is registered, and edited in full afterwards (DESIGN §6:
a door desk's walk-ins are its own)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mornings_desktop.services import registrations
from mornings_desktop.ui.people.registration_dialog import RegistrationDialog
from mornings_desktop.ui.people.screen import PeopleScreen
from tests.gui.door_desk import REASON, Door, others, shown
from tests.gui.keys import type_text


def _in_dialog(qtbot, act) -> None:  # type: ignore[no-untyped-def]
    """Run `act(dialog)` on the registration dialog the next key opens (it is modal), once it is
    shown and active (polled: a loaded machine opens it late)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RegistrationDialog) or not dialog.isActiveWindow():
            QTimer.singleShot(50, run)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, run)


def test_someone_elses_registration_keeps_its_person_and_takes_a_note_and_a_flag(
    qtbot: Any,
    door: Door,
    door_state: Any,
) -> None:
    row = others(door)[0]
    screen = shown(qtbot, PeopleScreen(door_state))
    assert isinstance(screen, PeopleScreen)
    screen.select(row.id)
    seen: list[tuple[bool, bool, bool]] = []

    def act(dialog: RegistrationDialog) -> None:
        seen.append(
            (
                dialog.first_name.isReadOnly(),
                dialog.category.isEnabled(),
                dialog.door_note.isVisible(),
            )
        )
        assert dialog.first_name.toolTip() == REASON and dialog.category.toolTip() == REASON
        qtbot.waitUntil(dialog.note.hasFocus, timeout=5000)
        type_text(dialog.first_name, "Autre")  # read-only: nothing typed
        dialog.note.setFocus()
        type_text(dialog.note, "sans gluten")
        box = dialog.flags["vip"]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        dialog.note.setFocus()
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter saves
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        assert dialog.error.text() == ""

    _in_dialog(qtbot, act)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    assert seen == [(True, False, True)]
    saved = registrations.get_registration(door.ws, row.id)
    assert (saved.note, saved.flags) == ("sans gluten", ("vip",))
    assert (saved.first_name, saved.category) == (row.first_name, row.category)


def test_a_walk_in_is_registered_then_edited_in_full_at_the_door(
    qtbot: Any, door: Door, door_state: Any
) -> None:
    screen = shown(qtbot, PeopleScreen(door_state))
    assert isinstance(screen, PeopleScreen)
    form = screen.walk_in
    form.name.setFocus()
    type_text(form.name, "Rim Tazi")
    form.organisation.setFocus()
    type_text(form.organisation, "Atlas", enter=True)
    qtbot.waitUntil(lambda: any(r.name == "Rim Tazi" for r in screen.selected()), timeout=5000)
    (walk_in,) = screen.selected()
    assert walk_in.id.startswith(f"{door.ws.desk_id}/")
    seen: list[tuple[bool, bool, bool]] = []

    def act(dialog: RegistrationDialog) -> None:
        seen.append(
            (
                dialog.first_name.isReadOnly(),
                dialog.category.isEnabled(),
                dialog.door_note.isVisible(),
            )
        )
        dialog.organisation.setFocus()
        dialog.organisation.selectAll()
        type_text(dialog.organisation, "Atlas Textile", enter=True)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)

    _in_dialog(qtbot, act)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    assert seen == [(False, True, False)]
    assert registrations.get_registration(door.ws, walk_in.id).organisation == "Atlas Textile"
