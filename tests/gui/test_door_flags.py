"""At the door, Ctrl+E opens the flags and note of the person just admitted, offering the
organiser's list (not a retired flag they do not hold); saved with the keyboard on a door desk,
the next scan of that person carries the new flag."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mornings_desktop.services import desk_role, flag_list, registrations
from mornings_desktop.ui.checkin.flags_dialog import DoorFlagsDialog
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.keys import press_key, type_text


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
    # The person on screen shows what was just saved (the band kept the old flags).
    assert desk.panel.result == "admitted" and desk.panel.attention
    assert "Nut allergy" in desk.panel.flag.text() and "sans noix" in desk.panel.flag.text()
    assert desk.last is not None and desk.last.flags == (nuts.key,)
    type_text(desk.input, row.code + "\t")  # scanned again: already in, with the new flag
    qtbot.waitUntil(lambda: desk.panel.result == "already", timeout=3000)
    assert desk.last is not None and desk.last.flags == (nuts.key,)
    assert "saved" not in desk.status.text()  # the next result: the desk's own line again


def _door_desk(qtbot, state, demo_morning):  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    desk = CheckinScreen(state)
    qtbot.addWidget(desk)
    desk.resize(1200, 680)
    desk.show()
    qtbot.waitExposed(desk)
    return desk


def _three_people(ws, demo_morning):  # type: ignore[no-untyped-def]
    return [
        r
        for r in registrations.list_registrations(ws, demo_morning)
        if r.category in ("guest", "member") and not r.note and not r.checked_in and not r.flags
    ][:3]


def test_a_scan_while_the_flags_dialog_is_open_is_admitted(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    """The queue does not wait behind Ctrl+E: the scanner types the next people's codes into
    whatever has the focus in the dialog (a box, the note), ending with Enter or Tab; each is
    admitted behind the dialog, in order, and nothing of the code is left in the note or saved."""
    ws = state.workspace
    first, second, third = _three_people(ws, demo_morning)
    desk = _door_desk(qtbot, state, demo_morning)
    type_text(desk.input, first.code + "\t")
    qtbot.waitUntil(lambda: desk.panel.result == "admitted", timeout=3000)
    admitted: list[str | None] = []
    desk.result_shown.connect(lambda r: admitted.append(r.registration_id))
    seen: list[tuple[str, ...]] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DoorFlagsDialog)
        try:
            scan_and_save(dialog)
        finally:
            if dialog.isVisible():  # a failure above must not leave the test waiting
                dialog.reject()

    def scan_and_save(dialog: DoorFlagsDialog) -> None:
        box = dialog.flags["vip"]
        box.setFocus()
        type_text(box, second.code, enter=True)  # the focus on a box, a scanner with Enter
        seen.append((str(desk.panel.result), desk.panel.name.text(), str(dialog.isVisible())))
        dialog.note.setFocus()
        type_text(dialog.note, "table 4 ")
        type_text(dialog.note, third.code)  # in the note, a scanner with Tab
        press_key(dialog.note, Qt.Key.Key_Tab)
        seen.append((str(desk.panel.result), desk.panel.name.text(), dialog.note.text()))
        qtbot.keyClick(box, Qt.Key.Key_Space)  # the person ticks VIP and saves
        type_text(dialog.note, "", enter=True)

    QTimer.singleShot(100, in_the_dialog)
    desk.input.setFocus()
    qtbot.keyClick(desk.input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == [
        ("admitted", second.name, "True"),
        ("admitted", third.name, "table 4 "),
    ]
    assert admitted == [second.id, third.id]
    saved = registrations.get_registration(ws, first.id)  # the dialog was for the first person
    assert saved.flags == ("vip",) and saved.note == "table 4"
    for row in (second, third):
        assert registrations.get_registration(ws, row.id).checked_in
