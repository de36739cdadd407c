"""At the door, Ctrl+E opens the flags and note of the person just admitted, offering the
organiser's list (not a retired flag they do not hold); saved with the keyboard on a door desk,
the next scan of that person carries the new flag."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mornings_desktop.services import desk_role, flag_list, registrations
from mornings_desktop.ui.checkin.flags_dialog import DoorFlagsDialog
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.keys import type_text


def test_ctrl_e_edits_flags_and_note_on_a_door_desk(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    ws = state.workspace
    nuts = flag_list.add_flag(ws, "Allergie aux noix", en="Nut allergy")
    flag_list.retire_flag(ws, "press")
    desk_role.set_passphrase(ws, "rose des sables 2026")
    desk_role.set_desk_role(ws, "door")  # the role table lets a door desk do this
    row = next(
        r
        for r in registrations.list_registrations(ws, demo_morning)
        if r.category in ("guest", "member") and not r.note and not r.checked_in and not r.flags
    )
    state.set_current_morning(demo_morning)
    desk = CheckinScreen(state)
    qtbot.addWidget(desk)
    desk.resize(1200, 680)
    desk.show()
    qtbot.waitExposed(desk)
    type_text(desk.input, row.code + "\t")
    qtbot.waitUntil(lambda: desk.panel.result == "admitted", timeout=3000)
    seen: list[list[str]] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DoorFlagsDialog)
        seen.append([box.text() for box in dialog.flags.values()])
        box = dialog.flags[nuts.key]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        dialog.note.setFocus()
        type_text(dialog.note, "sans noix", enter=True)  # Enter saves

    QTimer.singleShot(100, in_the_dialog)
    desk.input.setFocus()
    qtbot.keyClick(desk.input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == [["Dietary need", "Payment due", "Accessibility", "VIP", "Nut allergy"]]
    saved = registrations.get_registration(ws, row.id)
    assert saved.flags == (nuts.key,) and saved.note == "sans noix"
    assert desk.status.text() == f"Flags and note of {row.name} saved."
    type_text(desk.input, row.code + "\t")  # scanned again: already in, with the new flag
    qtbot.waitUntil(lambda: desk.panel.result == "already", timeout=3000)
    assert desk.last is not None and desk.last.flags == (nuts.key,)
