"""A door desk's window offers only what a door desk may record (DESIGN §6 role table, issue 12
item 3). The desk is joined the real way (`tests/gui/door_desk.py`: a join file with role door,
the organiser's bundle imported); each forbidden control is disabled with the reason as its
tooltip and stays so when the selection changes, its keys do nothing, and what a door may do
still works end to end from the keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu

from mornings_desktop.services import agenda, desk_role, mornings, registrations
from mornings_desktop.ui.agenda.screen import AgendaScreen
from mornings_desktop.ui.checkin.flags_dialog import DoorFlagsDialog
from mornings_desktop.ui.checkin.screen import CheckinScreen
from mornings_desktop.ui.main_window import MainWindow
from mornings_desktop.ui.mornings import screen as mornings_screen
from mornings_desktop.ui.people.screen import PeopleScreen
from tests.gui.door_desk import Door, held, others, shown
from tests.gui.keys import type_text


def _menus_say_why(action: QAction) -> list[bool]:
    """Whether each menu holding `action` shows its entries' tool tips (the reason)."""
    return [m.toolTipsVisible() for m in action.associatedObjects() if isinstance(m, QMenu)]


def test_the_mornings_area_and_the_file_menu_offer_no_change_to_a_morning(
    qtbot: Any,
    door: Door,
    door_state: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert desk_role.desk_role(door.ws) == "door"
    opened: list[object] = []
    monkeypatch.setattr(mornings_screen, "open_editor", lambda *a: opened.append(a))
    window = shown(qtbot, MainWindow(door_state))
    assert isinstance(window, MainWindow)
    page = window.page("mornings")
    assert isinstance(page, mornings_screen.MorningsScreen)
    window.show_area("mornings")
    held(page.new_button, page.edit_button, page.archive_button, window.demo_action)
    assert _menus_say_why(window.demo_action) == [True]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(
            page.model.index(0, 1)).center()
    )  # fmt: skip
    held(page.new_button, page.edit_button, page.archive_button)  # a selection does not undo it
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.mouseDClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(
            page.model.index(0, 1)).center()
    )  # fmt: skip
    window.demo_action.trigger()
    assert opened == []
    assert [m.id for m in mornings.list_mornings(door.ws)] == [door.morning]
    assert page.current_button.isEnabled()  # choosing the current Morning stays


def test_the_agenda_is_shown_not_changed(qtbot, door: Door, door_state) -> None:  # type: ignore[no-untyped-def]
    before = agenda.list_sessions(door.ws, door.morning)
    screen = shown(qtbot, AgendaScreen(door_state))
    assert isinstance(screen, AgendaScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == len(before), timeout=3000)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(1, screen.model.TITLE))
    held(
        screen.add_button,
        screen.delete_button,
        screen.speakers_button,
        screen.details_button,
        screen.ripple,
        screen.undo_button,
        screen.redo_button,
        screen.publish_button,
        screen.tell_button,
        screen.acknowledge_button,
    )
    panel = screen.speakers_panel
    held(panel.new_button, panel.edit_button, panel.photo_button, panel.merge_button)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)  # no cell editor opens, typing changes nothing
    type_text(screen.table, "Autre titre", enter=True)
    assert screen.table.state() != QAbstractItemView.State.EditingState
    for key, modifier in (
        (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(screen.table, key, modifier)
        assert QApplication.activeModalWidget() is None
    assert agenda.list_sessions(door.ws, door.morning) == before


def test_the_people_area_offers_walk_ins_notes_and_flags_only(
    qtbot: Any, door: Door, door_state: Any
) -> None:
    screen = shown(qtbot, PeopleScreen(door_state))
    assert isinstance(screen, PeopleScreen)
    screen.table.setFocus()
    screen.select(others(door)[0].id)
    assert len(screen.selected()) == 1
    held(screen.cancel_button, screen.reissue_button, screen.import_button, screen.send_action)
    assert _menus_say_why(screen.send_action) == [True]
    assert screen.new_button.isEnabled() and screen.edit_button.isEnabled()
    assert screen.walk_in.submit.isEnabled()
    screen.tabs.setCurrentWidget(screen.directory)
    directory = screen.directory
    qtbot.waitUntil(lambda: directory.model.rowCount() > 2, timeout=5000)
    directory.table.selectAll()
    held(directory.merge_button, directory.unmerge_button)


def test_a_door_desk_admits_and_ticks_a_flag_at_the_check_in(qtbot, door: Door, door_state) -> None:  # type: ignore[no-untyped-def]
    row = others(door)[1]
    desk = shown(qtbot, CheckinScreen(door_state))
    assert isinstance(desk, CheckinScreen)
    type_text(desk.input, row.code + "\t")
    qtbot.waitUntil(lambda: desk.panel.result == "admitted", timeout=5000)
    assert registrations.get_registration(door.ws, row.id).checked_in

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DoorFlagsDialog):
            QTimer.singleShot(50, in_the_dialog)  # a loaded machine opens it late
            return
        box = dialog.flags["vip"]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        dialog.note.setFocus()
        type_text(dialog.note, "table 1", enter=True)  # Enter saves

    QTimer.singleShot(50, in_the_dialog)
    desk.input.setFocus()
    qtbot.keyClick(desk.input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    saved = registrations.get_registration(door.ws, row.id)
    assert (saved.flags, saved.note) == (("vip",), "table 1")


def test_a_window_whose_desk_joins_as_a_door_says_to_restart(qtbot, ws, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Joined as a door desk while the window is open (Sync ▸ Join with a file): the screens
    were built for an organiser desk, so the status bar says to restart, within one 5 s tick."""
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.sync import join, join_offline
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState
    from tests.gui.conftest import delete_windows_made_since

    before = QApplication.topLevelWidgets()
    (issued,) = join_offline.issue_files(ws, "Porte", "door", tmp_path / "porte.join")
    laptop = Workspace.open(tmp_path / "laptop.sqlite3", "Portable", backup_on_migrate=False)
    state = AppState(laptop, settings, JobRunner(synchronous=True))
    try:
        window = MainWindow(state)  # deleted below, before its database is closed
        window.show()
        qtbot.waitExposed(window)
        assert window.demo_action.isEnabled() and window.role_label.isHidden()
        assert _menus_say_why(window.demo_action) == [False]  # an organiser's: no tool tips
        join.join_with_file(laptop, issued.file)
        qtbot.waitUntil(lambda: not window.role_label.isHidden(), timeout=8000)
        assert window.role_label.text() == (
            "This is now a door desk: restart the program to see what it may do."
        )
    finally:
        delete_windows_made_since(before)  # no status tick on a closed database
        state.close()
        laptop.close()


def test_a_door_desk_registers_and_admits_a_walk_in_at_the_check_in(  # type: ignore[no-untyped-def]
    qtbot, door: Door, door_state, monkeypatch
) -> None:
    from mornings_desktop.ui.checkin import corrections
    from mornings_desktop.ui.checkin.forms import WalkInDialog

    def fill_the_real_form(screen, morning_id, name):  # type: ignore[no-untyped-def]
        dialog = WalkInDialog(screen, door.ws, morning_id, name)
        qtbot.addWidget(dialog)
        type_text(dialog.form.organisation, "Disway")
        qtbot.mouseClick(dialog.form.submit, Qt.MouseButton.LeftButton)
        return dialog.registration_id

    monkeypatch.setattr(corrections, "ask_walk_in", fill_the_real_form)
    desk = shown(qtbot, CheckinScreen(door_state))
    assert isinstance(desk, CheckinScreen)
    type_text(desk.input, "Noémie Skalli")
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.panel.result == "admitted", timeout=5000)
    (found,) = [
        r
        for r in registrations.list_registrations(door.ws, door.morning)
        if r.name == "Noémie Skalli"
    ]
    assert found.walk_in and found.checked_in and found.id.startswith(f"{door.ws.desk_id}/")


def test_the_sync_review_offers_annulling_a_duplicate_not_keeping_both(
    qtbot: Any, door: Door, door_state: Any
) -> None:
    """Keeping both admissions is the organiser's decision (`checkin.duplicate_confirmed`);
    annulling the mistaken scan, with its reason, a door desk may do."""
    from mornings_desktop.ui.sync.screen import SyncScreen

    screen = shown(qtbot, SyncScreen(door_state))
    assert isinstance(screen, SyncScreen)
    held(screen.keep_button)
    assert screen.annul_button.isEnabled()
