"""A Morning's agenda: sessions with speakers and roles, ripple moves, warnings, the programme.

Every change is an operation (`session.*`, `session_speaker.*`, `agenda_warning.acknowledged`);
each public function writes in ONE transaction and validates everything first, so bad input leaves
nothing half-saved. Speakers booked on a session are registered for the Morning (category speaker)
in the same transaction, through a person linked to the speaker.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from mornings_desktop.services import mornings
from mornings_desktop.services.agenda_reading import (
    live_sessions,
    resolve_speaker,
    session_row,
    session_speakers,
    warning_inputs,
)
from mornings_desktop.services.agenda_rows import SessionInput, SessionRow
from mornings_desktop.services.agenda_warnings import (
    Warning,
    warnings,
)
from mornings_desktop.services.speaker_registration import ensure_registered
from mornings_desktop.services.workspace import Tx, Workspace
from mornings_desktop.store.schema import AgendaSession, SessionSpeaker
from mornings_desktop.timeutil import iso_to_local, local_to_iso, parse_date, parse_time

KINDS = ("welcome", "keynote", "talk", "panel", "break", "networking", "closing")
ROLES = ("speaker", "moderator", "panellist")
SESSION_STATE_FIELDS = (
    "kind",
    "title",
    "description",
    "starts_at",
    "duration_min",
    "room",
    "language",
    "deleted",
)
LINK_STATE_FIELDS = ("session_id", "speaker_id", "role", "position", "removed")
MAX_DURATION_MIN = 24 * 60


# -- validation -------------------------------------------------------------------------------


def _morning_day(morning: mornings.MorningInfo) -> date:
    return parse_date(morning.date)


def validate(morning: mornings.MorningInfo, data: SessionInput) -> dict[str, object]:
    """The session fields to store, or a ValidationError naming the first problem.

    Refuses: an unknown kind; an end before (or at) the start; a zero or negative duration; a
    session on another day than the Morning's (a given `day`, or one that would end after
    midnight)."""
    if data.kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of session {kind} (one of: {kinds})."),
            kind=data.kind,
            kinds=", ".join(KINDS),
        )
    day = _morning_day(morning)
    if data.day is not None and data.day.strip():
        asked = parse_date(data.day)
        if asked != day:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The session is on {day}, but the Morning is on {morning_day}."
                ),
                day=asked.isoformat(),
                morning_day=day.isoformat(),
            )
    start = parse_time(data.start)
    if data.end is not None and data.end.strip():
        end = parse_time(data.end)
        if end <= start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The end ({end}) must be after the start ({start})."),
                start=start.strftime("%H:%M"),
                end=end.strftime("%H:%M"),
            )
        duration = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    else:
        if data.duration_min is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A session needs a duration."))
        duration = int(data.duration_min)
        if duration <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The duration must be at least one minute (got {minutes})."
                ),
                minutes=duration,
            )
    if start.hour * 60 + start.minute + duration > MAX_DURATION_MIN:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The session would end on another day; it must end on the Morning's day ({day}).",
            ),
            day=day.isoformat(),
        )
    return {
        "kind": data.kind,
        "title": " ".join(data.title.split()),
        "description": data.description.strip(),
        "starts_at": local_to_iso(day, start, morning.timezone),
        "duration_min": duration,
        "room": " ".join(data.room.split()),
        "language": data.language.strip().lower(),
    }


def _check_speakers(session: Session, speakers: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for speaker_id, role in speakers:
        if role not in ROLES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown role {role} (one of: {roles})."),
                role=role,
                roles=", ".join(ROLES),
            )
        resolved = resolve_speaker(session, speaker_id)
        if resolved is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No speaker {ref}."), ref=speaker_id)
        seen.setdefault(resolved.id, role)
    return list(seen.items())


# -- reading ----------------------------------------------------------------------------------


def list_sessions(ws: Workspace, morning_id: str) -> list[SessionRow]:
    """The Morning's sessions in time order (then room, then id), with their speakers."""
    morning = mornings.get(ws, morning_id)
    with ws.db.read() as session:
        rows = live_sessions(session, morning_id)
        links = session_speakers(session, [r.id for r in rows])
        out = [session_row(r, morning.timezone, links.get(r.id, [])) for r in rows]
    out.sort(key=lambda r: (r.starts_at, r.room, r.id))
    return out


def get_session(ws: Workspace, session_id: str) -> SessionRow:
    with ws.db.read() as session:
        row = session.get(AgendaSession, session_id)
        if row is None or row.deleted or not row.starts_at or not row.morning_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No session {ref}."), ref=session_id)
        morning_id = row.morning_id
    for found in list_sessions(ws, morning_id):
        if found.id == session_id:
            return found
    raise NotFound(QT_TRANSLATE_NOOP("errors", "No session {ref}."), ref=session_id)


# -- writing ----------------------------------------------------------------------------------


def create_session(
    ws: Workspace,
    morning_id: str,
    data: SessionInput,
    speakers: Sequence[tuple[str, str]] = (),
) -> str:
    """Add a session (with speakers and their roles) to a Morning; returns its id.

    The speakers are registered for the Morning as category speaker if they are not yet.
    Raises ValidationError/NotFound and saves nothing on bad input."""
    morning = mornings.get(ws, morning_id)
    fields = validate(morning, data)
    session_id = str(uuid.uuid4())
    with ws.transaction() as tx:
        chosen = _check_speakers(tx.session, speakers)
        tx.record(
            "session.created", {"id": session_id, "fields": {"morning_id": morning_id, **fields}}
        )
        _write_links(ws, tx, morning_id, session_id, chosen)
    return session_id


def update_session(
    ws: Workspace, session_id: str, data: SessionInput, *, ripple: bool = False
) -> list[str]:
    """Edit a session; with `ripple`, the sessions that started at or after its old end move by as
    much as its end moved. Returns the ids of the sessions that changed. All or nothing."""
    current = get_session(ws, session_id)
    morning = mornings.get(ws, current.morning_id)
    fields = validate(morning, data)
    with ws.transaction() as tx:
        changed = _write_session(tx, current, fields)
        if ripple:
            changed += _ripple(tx, morning, current, fields)
    return changed


def move_session(
    ws: Workspace,
    session_id: str,
    start: str,
    duration_min: int,
    *,
    ripple: bool = False,
    room: str | None = None,
) -> list[str]:
    """Change a session's start, duration (and room); see `update_session` for `ripple`."""
    current = get_session(ws, session_id)
    changes: dict[str, Any] = {"start": start, "duration_min": duration_min, "end": None}
    if room is not None:
        changes["room"] = room
    return update_session(ws, session_id, current.to_input(**changes), ripple=ripple)


def _write_session(tx: Tx, current: SessionRow, fields: dict[str, object]) -> list[str]:
    before = {
        "kind": current.kind,
        "title": current.title,
        "description": current.description,
        "starts_at": current.starts_at,
        "duration_min": current.duration_min,
        "room": current.room,
        "language": current.language,
    }
    changed = {k: v for k, v in fields.items() if before.get(k) != v}
    if not changed:
        return []
    tx.record("session.updated", {"id": current.id, "fields": changed})
    return [current.id]


def _ripple(
    tx: Tx, morning: mornings.MorningInfo, current: SessionRow, fields: dict[str, object]
) -> list[str]:
    old_end = iso_to_local(current.starts_at, morning.timezone) + timedelta(
        minutes=current.duration_min
    )
    new_end = iso_to_local(str(fields["starts_at"]), morning.timezone) + timedelta(
        minutes=int(str(fields["duration_min"]))
    )
    delta = new_end - old_end
    if not delta:
        return []
    day = _morning_day(morning)
    moved: list[str] = []
    for other in live_sessions(tx.session, morning.id):
        if other.id == current.id or not other.starts_at:
            continue
        start = iso_to_local(other.starts_at, morning.timezone)
        if start < old_end:
            continue
        shifted = start + delta
        end = shifted + timedelta(minutes=other.duration_min or 0)
        if shifted.date() != day or (end.date() != day and end.time() != time(0, 0)):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Shifting the following sessions would move {title} to another day.",
                ),
                title=other.title or "",
            )
        tx.record(
            "session.updated",
            {
                "id": other.id,
                "fields": {"starts_at": local_to_iso(day, shifted.time(), morning.timezone)},
            },
        )
        moved.append(other.id)
    return moved


def delete_session(ws: Workspace, session_id: str) -> None:
    """Remove a session from the agenda (its speakers' registrations stay)."""
    get_session(ws, session_id)
    ws.record("session.updated", {"id": session_id, "fields": {"deleted": True}})


def set_speakers(ws: Workspace, session_id: str, speakers: Sequence[tuple[str, str]]) -> None:
    """Replace a session's speakers by `speakers` [(speaker id, role)], in that order; new ones are
    registered for the Morning. Unknown speaker or role: NotFound/ValidationError, nothing saved."""
    current = get_session(ws, session_id)
    with ws.transaction() as tx:
        chosen = _check_speakers(tx.session, speakers)
        keep = {sid for sid, _ in chosen}
        for old in tx.session.execute(
            select(SessionSpeaker).where(
                SessionSpeaker.session_id == session_id, SessionSpeaker.removed.is_not(True)
            )
        ).scalars():
            resolved = resolve_speaker(tx.session, old.speaker_id or "")
            if resolved is None or resolved.id not in keep or old.speaker_id != resolved.id:
                tx.record("session_speaker.updated", {"id": old.id, "fields": {"removed": True}})
        _write_links(ws, tx, current.morning_id, session_id, chosen)


def _write_links(
    ws: Workspace, tx: Tx, morning_id: str, session_id: str, chosen: list[tuple[str, str]]
) -> None:
    for position, (speaker_id, role) in enumerate(chosen):
        link_id = f"{session_id}:{speaker_id}"
        existing = tx.session.get(SessionSpeaker, link_id)
        wanted = {
            "session_id": session_id,
            "speaker_id": speaker_id,
            "role": role,
            "position": position,
            "removed": False,
        }
        if existing is None:
            tx.record("session_speaker.created", {"id": link_id, "fields": wanted})
        else:
            changed = {k: v for k, v in wanted.items() if getattr(existing, k) != v}
            if changed:
                tx.record("session_speaker.updated", {"id": link_id, "fields": changed})
        ensure_registered(ws, tx, morning_id, speaker_id)


# -- undo support -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaState:
    """The raw fields of a Morning's sessions and speaker links: what undo restores."""

    sessions: dict[str, dict[str, Any]]
    links: dict[str, dict[str, Any]]


def agenda_state(ws: Workspace, morning_id: str) -> AgendaState:
    with ws.db.read() as session:
        rows = session.execute(
            select(AgendaSession).where(AgendaSession.morning_id == morning_id)
        ).scalars()
        sessions = {r.id: {f: getattr(r, f) for f in SESSION_STATE_FIELDS} for r in rows}
        links = session.execute(
            select(SessionSpeaker).where(SessionSpeaker.session_id.in_(list(sessions)))
        ).scalars()
        return AgendaState(
            sessions, {k.id: {f: getattr(k, f) for f in LINK_STATE_FIELDS} for k in links}
        )


def restore_state(ws: Workspace, morning_id: str, target: AgendaState) -> None:
    """Bring the agenda back to `target` with new operations (undo is a later operation): sessions
    and links that did not exist in `target` are deleted/removed. One transaction."""
    now = agenda_state(ws, morning_id)
    with ws.transaction() as tx:
        for sid, fields in now.sessions.items():
            wanted = target.sessions.get(sid, {**fields, "deleted": True})
            changed = {k: v for k, v in wanted.items() if fields.get(k) != v}
            if changed:
                tx.record("session.updated", {"id": sid, "fields": changed})
        for lid, fields in now.links.items():
            wanted = target.links.get(lid, {**fields, "removed": True})
            changed = {k: v for k, v in wanted.items() if fields.get(k) != v}
            if changed:
                tx.record("session_speaker.updated", {"id": lid, "fields": changed})


# -- warnings ---------------------------------------------------------------------------------


def current_warnings(ws: Workspace, morning_id: str) -> list[Warning]:
    """The agenda's warnings now, with acknowledgements applied."""
    hours, slots, links, registered, acknowledged = warning_inputs(ws, morning_id)
    return warnings(hours, slots, links, registered, acknowledged)


def acknowledge(ws: Workspace, morning_id: str, key: str, acknowledged: bool = True) -> None:
    """Accept (or withdraw acceptance of) a non-blocking warning; blocking ones cannot be."""
    found = [w for w in current_warnings(ws, morning_id) if w.key == key]
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such warning on this agenda."))
    if found[0].blocking:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A blocking warning cannot be acknowledged; fix it instead."
            )
        )
    ws.record(
        "agenda_warning.acknowledged",
        {
            "id": f"{morning_id}|{key}",
            "fields": {"morning_id": morning_id, "key": key, "acknowledged": acknowledged},
        },
    )
