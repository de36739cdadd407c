"""Flags beyond the category, as a desk person meets them: ticked in the registration form with
the keyboard, then at the door the scan says "admitted — attention" and names the flags in words
(not colour only), and the result stays until the next action."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mornings_desktop.services import registrations
from mornings_desktop.ui.checkin.screen import CheckinScreen
from mornings_desktop.ui.people.registration_dialog import RegistrationDialog
from tests.gui.keys import type_text


def test_a_flag_ticked_in_the_form_is_named_at_the_door(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    ws = state.workspace
    row = next(
        r
        for r in registrations.list_registrations(ws, demo_morning)
        if r.category in ("guest", "member") and not r.note and not r.checked_in
    )
    form = RegistrationDialog(ws, demo_morning, row, jobs=state.jobs)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert [box.text() for box in form.flags.values()][:2] == ["Dietary need", "Payment due"]
    form.flags["payment_due"].setFocus()
    qtbot.keyClick(form.flags["payment_due"], Qt.Key.Key_Space)
    form.flags["dietary"].setFocus()
    qtbot.keyClick(form.flags["dietary"], Qt.Key.Key_Space)
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.saved_id == row.id, timeout=3000)
    assert registrations.get_registration(ws, row.id).flags == ("dietary", "payment_due")
    edit = RegistrationDialog(ws, demo_morning, registrations.get_registration(ws, row.id))
    qtbot.addWidget(edit)
    assert edit.flags["dietary"].isChecked() and not edit.flags["press"].isChecked()

    state.set_current_morning(demo_morning)
    desk = CheckinScreen(state)
    qtbot.addWidget(desk)
    desk.resize(1200, 680)
    desk.show()
    qtbot.waitExposed(desk)
    type_text(desk.input, row.code + "\t")  # a scanner ending with Tab
    qtbot.waitUntil(lambda: desk.panel.result == "admitted", timeout=3000)
    assert desk.panel.attention and desk.panel.title.text() == "Admitted — attention"
    assert desk.panel.flag.isVisible()
    assert "⚑ Dietary need · Payment due" in desk.panel.flag.text()
    assert "Payment due" in desk.panel.accessibleDescription()
    assert not desk.fade.isActive()  # stays until the next action
