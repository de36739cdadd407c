"""The organiser's list of flags in the window, with the keyboard: a flag added, one renamed, one
retired; the registration form then offers the new list (a retired flag only where it is held) and
the door names flags by the organiser's labels. On a door desk the list is read-only, with one
sentence saying where it is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mornings_desktop.services import desk_role, flag_list, registrations
from mornings_desktop.ui.checkin.screen import CheckinScreen
from mornings_desktop.ui.flag_list_dialog import FlagListDialog
from mornings_desktop.ui.people.registration_dialog import RegistrationDialog
from mornings_desktop.ui.settings_dialog import SettingsDialog
from tests.gui.keys import type_text

ALT = Qt.KeyboardModifier.AltModifier


def _open(qtbot, state) -> FlagListDialog:  # type: ignore[no-untyped-def]
    dialog = FlagListDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)  # Alt+letter shortcuts need it
    return dialog


def _alt(qtbot, dialog: FlagListDialog, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter as a person presses it: to the widget that has the focus."""
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, ALT)


def test_settings_opens_the_flag_list(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    settings = SettingsDialog(state)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitExposed(settings)
    seen: list[str] = []

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(type(modal).__name__)
        modal.reject()  # type: ignore[union-attr]

    QTimer.singleShot(50, close_it)
    settings.flags_button.setFocus()
    qtbot.keyClick(settings.flags_button, Qt.Key.Key_Space)
    assert seen == ["FlagListDialog"]


def test_the_organiser_adds_renames_and_retires_with_the_keyboard(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning
) -> None:
    ws = state.workspace
    press_holder = next(
        r
        for r in registrations.list_registrations(ws, demo_morning)
        if r.category in ("guest", "member") and not r.note and not r.checked_in
    )
    registrations.edit_registration(ws, press_holder.id, flags=["press"])
    dialog = _open(qtbot, state)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Dietary need", "Payment due", "Accessibility", "VIP", "Press to welcome",
    ]  # fmt: skip

    dialog.label.setFocus()
    type_text(dialog.label, "Nut allergy", enter=True)  # Enter adds
    qtbot.waitUntil(lambda: dialog.list.count() == 6, timeout=3000)
    assert dialog.message.text() == "✓ Nut allergy added."
    assert dialog.list.currentItem().text() == "Nut allergy" and dialog.label.text() == ""

    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.current().key == "vip" and dialog.label_fr.text() == "VIP"
    _alt(qtbot, dialog, Qt.Key.Key_L)
    assert dialog.label.hasFocus()
    type_text(dialog.label, "Guest of honour")
    _alt(qtbot, dialog, Qt.Key.Key_N)  # Rename
    qtbot.waitUntil(lambda: dialog.message.text() != "✓ Nut allergy added.", timeout=3000)
    assert dialog.message.text() == "✓ Renamed Guest of honour."
    vip = flag_list.find(flag_list.list_flags(ws), "vip")
    assert (vip.label_fr, vip.label_en, vip.label_ar) == ("Guest of honour",) * 3

    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.current().key == "press"
    _alt(qtbot, dialog, Qt.Key.Key_T)  # Retire
    qtbot.waitUntil(
        lambda: dialog.list.item(4).text() == "Press to welcome (retired)", timeout=3000
    )
    assert dialog.retire_button.text() == "Res&tore"

    # Alt+B prints the chosen flag on badges (VIP is by default; a new flag is not).
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)
    assert dialog.current().label("en") == "Nut allergy" and not dialog.on_badge.isChecked()
    _alt(qtbot, dialog, Qt.Key.Key_B)
    qtbot.waitUntil(
        lambda: dialog.message.text() == "✓ Nut allergy is printed on badges.", timeout=3000
    )
    assert flag_list.find(flag_list.list_flags(ws), "Nut allergy").on_badge
    assert dialog.on_badge.isChecked()
    assert flag_list.find(flag_list.list_flags(ws), "press").retired

    # The registration form offers the organiser's list; a retired flag only where it is held.
    other = next(r for r in registrations.list_registrations(ws, demo_morning)
                 if r.id != press_holder.id)  # fmt: skip
    form = RegistrationDialog(ws, demo_morning, other, jobs=state.jobs)
    qtbot.addWidget(form)
    assert [b.text() for b in form.flags.values()] == [
        "Dietary need", "Payment due", "Accessibility", "Guest of honour", "Nut allergy",
    ]  # fmt: skip
    held = RegistrationDialog(
        ws, demo_morning, registrations.get_registration(ws, press_holder.id), jobs=state.jobs
    )
    qtbot.addWidget(held)
    held.show()
    qtbot.waitExposed(held)
    assert held.flags["press"].text() == "Press to welcome (retired)"
    assert held.flags["press"].isChecked()
    nuts = next(k for k in held.flags if k.startswith("nut"))
    held.flags[nuts].setFocus()
    qtbot.keyClick(held.flags[nuts], Qt.Key.Key_Space)
    qtbot.keyClick(held.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: held.saved_id == press_holder.id, timeout=3000)
    assert held.error.text() == ""
    assert registrations.get_registration(ws, press_holder.id).flags == ("press", nuts)

    # At the door the flags are named by the organiser's labels, the retired one included.
    state.set_current_morning(demo_morning)
    desk = CheckinScreen(state)
    qtbot.addWidget(desk)
    desk.resize(1200, 680)
    desk.show()
    qtbot.waitExposed(desk)
    type_text(desk.input, press_holder.code + "\t")
    qtbot.waitUntil(lambda: desk.panel.result not in ("ready", "search"), timeout=3000)
    assert desk.panel.result == "admitted", desk.panel.title.text()
    assert "⚑ Press to welcome · Nut allergy" in desk.panel.flag.text()


def test_a_door_desk_sees_the_list_but_cannot_change_it(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    ws = state.workspace
    desk_role.set_passphrase(ws, "rose des sables 2026")
    desk_role.set_desk_role(ws, "door")
    dialog = _open(qtbot, state)
    assert dialog.list.count() == 5
    assert dialog.message.text() == (
        "ⓘ This is a door desk: the list of flags is kept on an organiser desk; "
        "tick the flags a registration needs in its form."
    )
    assert not dialog.add_button.isEnabled() and dialog.label.isReadOnly()
    assert not dialog.on_badge.isEnabled()
    dialog.label.setFocus()
    type_text(dialog.label, "Interpreter", enter=True)
    _alt(qtbot, dialog, Qt.Key.Key_T)
    qtbot.wait(100)
    assert len(flag_list.list_flags(ws)) == 5
    assert not flag_list.find(flag_list.list_flags(ws), "dietary").retired
