"""Reading a Morning's agenda from the database: live sessions, their speakers (merged speakers
resolved), and the plain values the agenda warnings are computed from."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.services import mornings
from mornings_desktop.services.agenda_rows import SessionRow, SessionSpeakerRow
from mornings_desktop.services.agenda_warnings import MorningHours, SessionSlot, SpeakerLink
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import AgendaSession, Registration, SessionSpeaker, Speaker
from mornings_desktop.store.schema_agenda import AgendaAcknowledgement
from mornings_desktop.timeutil import iso_to_local, parse_date, parse_time


def resolve_speaker(session: Session, speaker_id: str) -> Speaker | None:
    row = session.get(Speaker, speaker_id)
    seen = {speaker_id}
    while row is not None and row.merged_into and row.merged_into not in seen:
        seen.add(row.merged_into)
        row = session.get(Speaker, row.merged_into)
    if row is None or row.name is None or row.deleted:
        return None
    return row


def live_sessions(session: Session, morning_id: str) -> list[AgendaSession]:
    rows = session.execute(
        select(AgendaSession).where(
            AgendaSession.morning_id == morning_id, AgendaSession.deleted.is_not(True)
        )
    ).scalars()
    return [r for r in rows if r.starts_at and r.duration_min is not None and r.kind]


def session_row(
    s: AgendaSession, tz: str, speakers: Iterable[SessionSpeakerRow] = ()
) -> SessionRow:
    start = iso_to_local(s.starts_at or "", tz)
    end = start + timedelta(minutes=s.duration_min or 0)
    return SessionRow(
        id=s.id,
        morning_id=s.morning_id or "",
        kind=s.kind or "talk",
        title=s.title or "",
        description=s.description or "",
        start=start.strftime("%H:%M"),
        end=end.strftime("%H:%M"),
        duration_min=s.duration_min or 0,
        room=s.room or "",
        language=s.language or "",
        starts_at=s.starts_at or "",
        speakers=tuple(speakers),
    )


def session_speakers(
    session: Session, session_ids: Iterable[str]
) -> dict[str, list[SessionSpeakerRow]]:
    ids = list(session_ids)
    out: dict[str, list[tuple[int, str, SessionSpeakerRow]]] = {i: [] for i in ids}
    if not ids:
        return {}
    links = session.execute(
        select(SessionSpeaker).where(
            SessionSpeaker.session_id.in_(ids), SessionSpeaker.removed.is_not(True)
        )
    ).scalars()
    for link in links:
        if link.session_id is None or link.speaker_id is None:
            continue
        speaker = resolve_speaker(session, link.speaker_id)
        if speaker is None:
            continue
        if any(row.speaker_id == speaker.id for _, _, row in out[link.session_id]):
            continue
        out[link.session_id].append(
            (
                link.position or 0,
                speaker.name or "",
                SessionSpeakerRow(
                    speaker.id,
                    speaker.name or "",
                    link.role or "speaker",
                    speaker.organisation or "",
                    speaker.title or "",
                ),
            )
        )
    return {k: [row for _, _, row in sorted(v, key=lambda t: (t[0], t[1]))] for k, v in out.items()}


def warning_inputs(
    ws: Workspace, morning_id: str
) -> tuple[MorningHours, list[SessionSlot], list[SpeakerLink], set[str], set[str]]:
    """The plain values `agenda_warnings.warnings` needs, read from the database."""
    morning = mornings.get(ws, morning_id)
    hours = MorningHours(
        parse_date(morning.date), parse_time(morning.start_time), parse_time(morning.end_time)
    )
    with ws.db.read() as session:
        rows = live_sessions(session, morning_id)
        slots = [
            SessionSlot(
                r.id,
                r.kind or "",
                r.title or "",
                iso_to_local(r.starts_at or "", morning.timezone).replace(tzinfo=None),
                r.duration_min or 0,
                r.room or "",
            )
            for r in rows
        ]
        person_of = {s.id: s.person_id for s in session.execute(select(Speaker)).scalars()}
        links = [
            SpeakerLink(sid, row.speaker_id, row.name, row.role, person_of.get(row.speaker_id))
            for sid, booked in session_speakers(session, [r.id for r in rows]).items()
            for row in booked
        ]
        registered = {
            pid
            for (pid,) in session.execute(
                select(Registration.person_id).where(
                    Registration.morning_id == morning_id,
                    Registration.status.is_distinct_from("cancelled"),
                    Registration.person_id.is_not(None),
                )
            )
            if pid
        }
        acknowledged = {
            a.key
            for a in session.execute(
                select(AgendaAcknowledgement).where(
                    AgendaAcknowledgement.morning_id == morning_id,
                    AgendaAcknowledgement.acknowledged.is_(True),
                )
            ).scalars()
            if a.key
        }
    return hours, slots, links, registered, acknowledged
