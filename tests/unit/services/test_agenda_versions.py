"""Published versions and the change list since the last one."""

from __future__ import annotations

import pytest

from mornings_desktop.errors import ValidationError
from mornings_desktop.services import agenda, agenda_versions, mornings, speakers
from mornings_desktop.services.agenda_rows import SessionInput
from mornings_desktop.services.workspace import Workspace


@pytest.fixture
def morning(ws: Workspace) -> str:
    return mornings.create(
        ws,
        mornings.MorningInput(title="M", date="2026-12-10", start_time="08:30", end_time="11:30"),
    )


def test_publish_twice_and_diff(ws: Workspace, morning: str) -> None:
    a = speakers.create(ws, speakers.SpeakerInput("Ali A"))
    b = speakers.create(ws, speakers.SpeakerInput("Badr B"))
    s1 = agenda.create_session(
        ws, morning, SessionInput("talk", "One", "09:00", 30), [(a, "speaker")]
    )
    s2 = agenda.create_session(ws, morning, SessionInput("break", "Pause", "09:30", 15))
    number, changes = agenda_versions.changes_since_last(ws, morning)
    assert number is None and [s["title"] for s in changes.added] == ["One", "Pause"]
    assert agenda_versions.publish(ws, morning) == 1
    with pytest.raises(ValidationError, match="Nothing changed since version 1"):
        agenda_versions.publish(ws, morning)
    agenda.move_session(ws, s2, "10:00", 15)
    agenda.set_speakers(ws, s1, [(b, "speaker")])
    s3 = agenda.create_session(ws, morning, SessionInput("closing", "Fin", "10:30", 10))
    number, changes = agenda_versions.changes_since_last(ws, morning)
    assert number == 1
    assert [s["id"] for s in changes.added] == [s3]
    assert [(m.id, m.old_start, m.new_start) for m in changes.moved] == [(s2, "09:30", "10:00")]
    assert [(c.added, c.removed) for c in changes.speakers_changed] == [
        (("Badr B (speaker)",), ("Ali A (speaker)",))
    ]
    assert agenda_versions.publish(ws, morning) == 2
    agenda.delete_session(ws, s3)
    _, changes = agenda_versions.changes_since_last(ws, morning)
    assert [s["title"] for s in changes.removed] == ["Fin"] and not changes.added
    versions = agenda_versions.versions(ws, morning)
    assert [v.number for v in versions] == [1, 2]
    assert [s["title"] for s in versions[0].snapshot["sessions"]] == ["One", "Pause"]


def test_publishing_refused_with_blocking_warnings(ws: Workspace, morning: str) -> None:
    agenda.create_session(ws, morning, SessionInput("break", "A", "09:00", 30))
    agenda.create_session(ws, morning, SessionInput("break", "B", "09:15", 30))
    with pytest.raises(ValidationError, match="blocking warnings"):
        agenda_versions.publish(ws, morning)
    assert agenda_versions.versions(ws, morning) == []


def test_empty_agenda_cannot_be_published(ws: Workspace, morning: str) -> None:
    with pytest.raises(ValidationError, match="empty"):
        agenda_versions.publish(ws, morning)
