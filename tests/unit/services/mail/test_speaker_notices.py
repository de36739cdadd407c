"""Speakers told of changes, through the real server: first everything, then only what moved."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from mornings_desktop.services import agenda, agenda_versions, speakers
from mornings_desktop.services.mail import claims, speaker_notices, worker
from mornings_desktop.services.mail.settings import MailSettings, password
from mornings_desktop.services.workspace import Workspace
from tests.unit.services.mail.smtp_server import MailServer


def _send(ws: Workspace, settings: MailSettings, morning: str) -> int:
    claims.claim(ws, morning)
    batch, count = speaker_notices.queue(ws, settings, morning)
    report = worker.send_outbox(ws, settings, password(settings), batch=batch)
    assert report.sent == count and report.failed == 0
    return count


def test_speakers_get_what_changed_for_them(
    ws: Workspace, demo_morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    for i, info in enumerate(speakers.list_speakers(ws)):
        fields = replace(
            speakers.SpeakerInput(info.name, info.title, info.organisation),
            email=f"speaker{i}@example.ma",
        )
        speakers.update(ws, info.id, fields)
    agenda_versions.publish(ws, demo_morning)
    first = _send(ws, mail_ready, demo_morning)
    assert first >= 3 and len(smtp.handler.recipients()) == first
    msg = smtp.handler.messages()[0]
    body = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Nouveau:" in body
    pdf = next(p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf")
    assert PdfReader(io.BytesIO(pdf.get_content())).pages
    assert _send(ws, mail_ready, demo_morning) == 0  # nothing changed since

    sessions = agenda.list_sessions(ws, demo_morning)
    talks_of = {
        p.speaker_id: [x for x in sessions if any(q.speaker_id == p.speaker_id for q in x.speakers)]
        for s in sessions
        for p in s.speakers
    }
    # a session whose only speaker speaks nowhere else: moving it concerns exactly one person
    keynote = next(
        s for s in sessions if len(s.speakers) == 1 and len(talks_of[s.speakers[0].speaker_id]) == 1
    )
    agenda.move_session(ws, keynote.id, keynote.start, keynote.duration_min, room="Salle B")
    agenda_versions.publish(ws, demo_morning)
    assert _send(ws, mail_ready, demo_morning) == 1
    last = smtp.handler.messages()[-1]
    text = last.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Déplacé:" in text and "Salle B" in text and "Nouveau" not in text


def test_an_arabic_notice_points_its_arrow_right_to_left() -> None:
    """The speaker's Arabic e-mail reads right to left: "قبل ← بعد", never "→"."""
    speaker = {"speaker_id": "sp", "name": "N", "role": "speaker"}
    session = {"id": "s", "start": "09:00", "end": "09:20", "title": "Talk", "kind": "talk"}
    old = {"sessions": [{**session, "room": "A", "speakers": [speaker]}]}
    new = {"sessions": [{**old["sessions"][0], "room": "B"}]}
    arabic = speaker_notices.changes_for(old, new, "sp", "ar")
    assert arabic == ["نُقل: 09:00–09:20 Talk, A ← 09:00–09:20 Talk, B"]
    assert speaker_notices.changes_for(old, new, "sp", "fr") == [
        "Déplacé: 09:00–09:20 Talk, A → 09:00–09:20 Talk, B"
    ]
