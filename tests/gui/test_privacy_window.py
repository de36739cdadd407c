"""The window's privacy actions: a door desk requests (the person disappears from the list), an
organiser sees the request and erases; the Log view filters; the Mornings area reminds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mornings_desktop.services import desk_role, erasure, mornings, people
from mornings_desktop.ui.log_dialog import LogDialog
from mornings_desktop.ui.mornings.screen import MorningsScreen
from mornings_desktop.ui.people import directory as directory_module
from mornings_desktop.ui.people import erasure_dialog
from mornings_desktop.ui.people.erasure_dialog import RequestsDialog, erase_or_request
from mornings_desktop.ui.people.screen import PeopleScreen
from tests.unit.privacy.conftest import make_subject


def test_door_request_then_organiser_erases(qtbot, state, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = state.workspace
    subject = make_subject(ws)
    other = make_subject(ws, "Omar", "Alaoui", "omar@x.ma", "0661000000", ("2026-12-10",))
    desk_role.set_passphrase(ws, "rose des sables")
    desk_role.set_desk_role(ws, "door")  # from now on, only what a door desk may record
    # The door desk asks from the People directory, with the mouse.
    monkeypatch.setattr(directory_module, "confirm_erase", lambda *_a: True)
    screen = PeopleScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    screen.tabs.setCurrentWidget(screen.directory)
    for person_id in (subject.person_id, other.person_id):
        screen.directory.select_people([person_id])
        qtbot.mouseClick(screen.directory.erase_button, Qt.MouseButton.LeftButton)
    hidden = {p.id for p in people.list_people(ws)}
    assert subject.person_id not in hidden and other.person_id not in hidden
    assert sorted(erasure.pending_requests(ws)) == sorted([subject.person_id, other.person_id])
    # Outside the directory, the request asks first.
    monkeypatch.setattr(erasure_dialog, "ask_yes_no", lambda *_a: False)
    assert not erase_or_request(None, state.jobs, ws, subject.person_id)
    desk_role.set_desk_role(ws, "organiser", "rose des sables")
    mornings_screen = MorningsScreen(state)
    qtbot.addWidget(mornings_screen)
    assert "erasure request" in mornings_screen.privacy_line.text()
    dialog = RequestsDialog(ws, jobs=state.jobs)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2 and dialog.erase_button.isEnabled()
    dialog.show()
    omar = next(i for i in range(2) if dialog.list.item(i).text().startswith("Omar"))
    rect = dialog.list.visualItemRect(dialog.list.item(omar))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)  # the request is reversed
    assert dialog.list.count() == 1 and erasure.pending_requests(ws) == [subject.person_id]
    assert other.person_id in {p.id for p in people.list_people(ws)}
    monkeypatch.setattr(erasure_dialog, "ask_yes_no", lambda *_a: True)
    reports: list[str] = []
    monkeypatch.setattr(erasure_dialog, "show_info", lambda _p, text, *_a: reports.append(text))
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert reports and reports[0].startswith("Erased.")
    assert dialog.list.count() == 0 and people.get_person(ws, subject.person_id).erased
    log = LogDialog(ws)
    qtbot.addWidget(log)
    log.type.setText("person.erased")
    log.refresh()
    assert log.table.rowCount() == 1


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # a menu, offscreen
def test_what_we_hold_is_written_from_the_privacy_menu(qtbot, state, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """People ▸ Privacy ▸ What we hold about them…, chosen with the keyboard: the file is written
    (in a job) and only then said."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    from mornings_desktop.ui.people import privacy_menu

    ws = state.workspace
    make_subject(ws, days=("2026-12-10",))
    state.set_current_morning(mornings.list_mornings(ws)[0].id)  # the subject's one Morning
    target = tmp_path / "dossier.json"
    monkeypatch.setattr(
        privacy_menu.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    said: list[str] = []
    monkeypatch.setattr(privacy_menu, "show_info", lambda _p, text, *_a: said.append(text))
    screen = PeopleScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    screen.table.selectRow(0)

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        qtbot.keyClick(menu, Qt.Key.Key_W)  # the mnemonic of "&What we hold about them…"

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(screen.privacy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == [f"Written to {target}."] and "Zineb" in target.read_text(encoding="utf-8")
