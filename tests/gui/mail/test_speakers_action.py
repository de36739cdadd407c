"""The agenda's "Tell speakers…" button, against a real SMTP server: nothing published is one
sentence; after publishing, each speaker concerned is mailed once, and only what changed next."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from mornings_desktop.services import agenda, agenda_versions, speakers
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.agenda.screen import AgendaScreen
from mornings_desktop.ui.mail import speakers_action
from tests.unit.services.mail.smtp_server import PASSWORD, MailServer


def test_tell_speakers_after_publishing(  # type: ignore[no-untyped-def]
    qtbot,
    state,
    ws: Workspace,
    demo_morning: str,
    smtp: MailServer,
    monkeypatch: pytest.MonkeyPatch,
    speak,
) -> None:
    speak("en")  # the English window: its plural forms ("5 speakers", not "5 speaker(s)")
    for i, info in enumerate(speakers.list_speakers(ws)):
        fields = replace(
            speakers.SpeakerInput(info.name, info.title, info.organisation),
            email=f"speaker{i}@example.ma",
        )
        speakers.update(ws, info.id, fields)
    asked: list[str] = []
    monkeypatch.setattr(
        speakers_action, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True
    )
    state.set_current_morning(demo_morning)
    screen = AgendaScreen(state)
    qtbot.addWidget(screen)
    qtbot.keyClick(screen.tell_button, Qt.Key.Key_Space)
    assert screen.message.text() == "✖ Publish the programme before telling the speakers."
    agenda_versions.publish(ws, demo_morning)
    qtbot.keyClick(screen.tell_button, Qt.Key.Key_Space)
    assert screen.message.text().startswith("✖ Mail is not set up")
    monkeypatch.setenv(mail_settings.PASSWORD_ENV, PASSWORD)
    mail_settings.configure(
        ws, smtp.url(), "Club <club@example.ma>", cafile=str(smtp.ca_file), rate_per_minute=0
    )
    qtbot.keyClick(screen.tell_button, Qt.Key.Key_Space)
    told = len(smtp.handler.recipients())
    assert told >= 3 and asked[-1].startswith(f"Send version 1 of the programme to {told} speakers")
    assert screen.message.text() == f"✓ Speakers told: sent {told}; failed 0; unknown 0."
    qtbot.keyClick(screen.tell_button, Qt.Key.Key_Space)
    assert screen.message.text() == "✓ No speaker has a change since the version they were sent."
    assert len(smtp.handler.recipients()) == told
    sessions = agenda.list_sessions(ws, demo_morning)
    talks = {}
    for s in sessions:
        for p in s.speakers:
            talks.setdefault(p.speaker_id, []).append(s)
    alone = next(
        s for s in sessions if len(s.speakers) == 1 and len(talks[s.speakers[0].speaker_id]) == 1
    )
    agenda.move_session(ws, alone.id, alone.start, alone.duration_min, room="Salle B")
    agenda_versions.publish(ws, demo_morning)
    qtbot.keyClick(screen.tell_button, Qt.Key.Key_Space)
    assert len(smtp.handler.recipients()) == told + 1
    assert "Salle B" in smtp.handler.messages()[-1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
