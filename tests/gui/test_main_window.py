"""The main window: the areas in the navigation, their shortcuts, the status bar, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mornings_desktop.services import mornings
from mornings_desktop.settings import CURRENT_MORNING, LANGUAGE
from mornings_desktop.ui.areas import discover
from mornings_desktop.ui.main_window import MainWindow
from mornings_desktop.ui.mornings.screen import MorningsScreen
from mornings_desktop.ui.settings_dialog import SettingsDialog


def make_window(qtbot, state) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_areas_are_listed_in_order(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, state)
    areas = discover()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        a.title for a in areas
    ]
    assert window.nav.item(0).text() == "Mornings"
    assert isinstance(window.stack.currentWidget(), MorningsScreen)
    assert window.stack.count() == len(areas)


def test_ctrl_1_shows_the_mornings_area(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, state)
    window.nav.setCurrentRow(-1)
    window.morning_picker.setFocus()
    assert window.nav.currentRow() == -1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 0
    assert window.stack.currentWidget() is window.page("mornings")
    focus = QApplication.focusWidget()
    page = window.page("mornings")
    assert focus is not None
    assert focus is page or page.isAncestorOf(focus)


def test_status_bar_shows_database_desk_and_pending(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, state)
    ws = state.workspace
    assert str(ws.path) in window.db_label.text()
    assert window.desk_label.text() == "Desk: Accueil 1"
    pending = ws.pending_ops()
    assert pending >= 1  # the desk's own announcement waits for the hub too
    assert window.pending_label.text() == f"Not yet synced: {pending}"

    mornings.create(ws, mornings.MorningInput(title="Matinale de janvier", date="2027-01-14"))
    qtbot.waitUntil(lambda: window.pending_label.text() == f"Not yet synced: {pending + 1}")
    assert window.morning_picker.count() == 1
    assert "Matinale de janvier" in window.morning_picker.currentText()
    assert state.current_morning_id, "the only Morning becomes the current one"


def test_picker_chooses_the_current_morning(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    ws = state.workspace
    first = mornings.create(ws, mornings.MorningInput(title="Première", date="2026-12-10"))
    second = mornings.create(ws, mornings.MorningInput(title="Seconde", date="2027-01-14"))
    window = make_window(qtbot, state)
    index = window.morning_picker.findData(second if state.current_morning_id == first else first)
    window.morning_picker.setCurrentIndex(index)
    window.morning_picker.activated.emit(index)
    chosen = window.morning_picker.itemData(index)
    assert state.current_morning_id == chosen
    assert state.settings.get(CURRENT_MORNING) == chosen, "remembered for the next start"


def test_settings_dialog_saves_the_language(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    assert state.settings.language == "fr"
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(type(dialog.note))]
    assert "Accueil 1" in texts and str(state.workspace.path) in texts
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert state.settings.get(LANGUAGE) == "en"
    from mornings_desktop.settings import Settings

    assert Settings(state.settings.path).language == "en", "written to the settings file"


def test_settings_dialog_cancel_changes_nothing(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.reject()
    assert state.settings.language == "fr"


def test_the_desks_sound_is_switched_in_settings_and_the_desk_says_which(
    qtbot, state, demo_morning
) -> None:  # type: ignore[no-untyped-def]
    """The desk said "Sound off (no audio device, or turned off in the settings)" while Settings
    had no such switch: it has one now, the desk follows it at once, and says which it is."""
    from mornings_desktop.settings import SOUND
    from mornings_desktop.ui.checkin.screen import CheckinScreen

    state.set_current_morning(demo_morning)
    desk = CheckinScreen(state)
    qtbot.addWidget(desk)
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    assert dialog.sound.isChecked()
    dialog.show()
    dialog.sound.setFocus()
    qtbot.keyClick(dialog.sound, Qt.Key.Key_Space)  # by keyboard
    dialog.save()
    assert state.settings.get(SOUND) is False
    assert not desk.sounds.enabled
    assert "Sound turned off in Settings." in desk.status.text()
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    assert not dialog.sound.isChecked()
    dialog.sound.setChecked(True)
    dialog.save()
    assert state.settings.get(SOUND) is True
    assert "turned off in Settings" not in desk.status.text()
