"""The window's privacy actions: a door desk requests (the person disappears from the list), an
organiser sees the request and erases; the Log view filters; the Mornings area reminds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mornings_desktop.services import desk_role, erasure, people
from mornings_desktop.ui.log_dialog import LogDialog
from mornings_desktop.ui.mornings.screen import MorningsScreen
from mornings_desktop.ui.people import erasure_dialog
from mornings_desktop.ui.people.erasure_dialog import RequestsDialog, erase_or_request
from tests.unit.privacy.conftest import make_subject


def test_door_request_then_organiser_erases(qtbot, state, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = state.workspace
    subject = make_subject(ws)
    desk_role.set_passphrase(ws, "rose des sables")
    desk_role.set_desk_role(ws, "door")
    monkeypatch.setattr(erasure_dialog, "ask_yes_no", lambda *_a: True)
    assert erase_or_request(None, state.jobs, ws, subject.person_id)
    assert subject.person_id not in {p.id for p in people.list_people(ws)}
    assert erasure.pending_requests(ws) == [subject.person_id]
    desk_role.set_desk_role(ws, "organiser", "rose des sables")
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    assert "erasure request" in screen.privacy_line.text()
    dialog = RequestsDialog(ws, jobs=state.jobs)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.erase_button.isEnabled()
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
