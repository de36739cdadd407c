"""Kiosk mode: full screen, scans only, no navigation keys, left only with the PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mornings_desktop.services import registrations
from mornings_desktop.ui.checkin import kiosk as kiosk_module
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.keys import press_key, type_text


def test_kiosk_scans_and_leaves_only_with_pin(qtbot, state, demo_morning, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    screen = CheckinScreen(state)
    qtbot.addWidget(screen)
    answers = iter(["1234", "0000", "1234"])  # set the PIN; a wrong try; the right one
    monkeypatch.setattr(kiosk_module, "ask_pin", lambda parent, prompt: next(answers))
    window = kiosk_module.start_kiosk(screen)
    assert window is not None
    qtbot.addWidget(window)
    assert window.isFullScreen()
    desk = window.screen_widget
    assert not desk.undo_button.isVisible() and not desk.walk_in_button.isVisible()
    row = next(
        r
        for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.status != "cancelled"
    )
    type_text(desk.input, row.code, enter=True)
    assert desk.panel.result == "admitted"
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.result == "admitted"  # no undo from the kiosk
    window.close()
    assert window.isVisible()  # closing without the PIN is refused
    press_key(window, Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible()  # wrong PIN
    press_key(window, Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
