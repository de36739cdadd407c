"""Mornings: create, edit, archive, list, and find one by id or date."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services import morning_list
from mornings_desktop.services.morning_list import MorningInfo as MorningInfo
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.timeutil import DEFAULT_TZ, now_iso, parse_date, parse_time, zone

STATUSES = ("draft", "open", "archived")


@dataclass(frozen=True)
class MorningInput:
    """What a person types to create or edit a Morning (text as typed, checked by `validate`)."""

    title: str
    date: str
    start_time: str = "08:30"
    end_time: str = "11:00"
    theme: str = ""
    venue: str = ""
    capacity: int | None = None
    timezone: str = DEFAULT_TZ
    status: str = "open"


def validate(data: MorningInput) -> dict[str, object]:
    """The fields to store, or a ValidationError naming the first problem."""
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A Morning needs a title."))
    if not data.date or not data.date.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A Morning needs a date."))
    day: date = parse_date(data.date)
    start: time = parse_time(data.start_time)
    end: time = parse_time(data.end_time)
    if end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The end ({end}) must be after the start ({start})."),
            start=start.strftime("%H:%M"),
            end=end.strftime("%H:%M"),
        )
    if data.capacity is not None and data.capacity < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The capacity cannot be negative."))
    zone(data.timezone)
    if data.status not in STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown status {status}."), status=data.status
        )
    return {
        "title": title,
        "theme": data.theme.strip(),
        "date": day.isoformat(),
        "start_time": start.strftime("%H:%M"),
        "end_time": end.strftime("%H:%M"),
        "venue": data.venue.strip(),
        "capacity": data.capacity,
        "timezone": data.timezone,
        "status": data.status,
    }


def create(ws: Workspace, data: MorningInput) -> str:
    """Create a Morning; returns its id. Raises ValidationError and writes nothing on bad input."""
    fields = validate(data)
    morning_id = str(uuid.uuid4())
    ws.record("morning.created", {"id": morning_id, "fields": {**fields, "created_at": now_iso()}})
    return morning_id


def update(ws: Workspace, morning_id: str, data: MorningInput) -> None:
    """Edit a Morning: only the fields that changed are written (per-field last writer wins)."""
    fields = validate(data)
    current = get(ws, morning_id)
    changed = {k: v for k, v in fields.items() if getattr(current, k) != v}
    if changed:
        ws.record("morning.updated", {"id": morning_id, "fields": changed})


def set_status(ws: Workspace, morning_id: str, status: str) -> None:
    """Archive (`archived`) or re-open (`open`) a Morning."""
    if status not in STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown status {status}."), status=status
        )
    get(ws, morning_id)
    ws.record("morning.updated", {"id": morning_id, "fields": {"status": status}})


def list_mornings(
    ws: Workspace, *, include_archived: bool = True, counts: bool = True
) -> list[MorningInfo]:
    """Every Morning (newest date first) with its registered and checked-in counts
    (`counts=False`: without them, for a list that shows none)."""
    with ws.db.read() as session:
        return morning_list.list_rows(
            sqlite_connection(session), include_archived=include_archived, counts=counts
        )


def get(ws: Workspace, morning_id: str) -> MorningInfo:
    with ws.db.read() as session:
        row = (
            sqlite_connection(session)
            .execute(f"SELECT {morning_list.COLUMNS} FROM mornings WHERE id = ?", (morning_id,))
            .fetchone()
        )
    if row is None or row[1] is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No Morning {ref}."), ref=morning_id)
    return morning_list.info(row)


def resolve(ws: Workspace, ref: str) -> MorningInfo:
    """A Morning by its id, a unique id prefix, or its date (`YYYY-MM-DD`).

    Raises NotFound with a readable message when nothing or more than one Morning matches.
    """
    ref = (ref or "").strip()
    if not ref:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No Morning given."))
    mornings = list_mornings(ws)
    if len(ref) == 10 and ref[4] == "-" and ref[7] == "-":
        parse_date(ref)
        same_day = [m for m in mornings if m.date == ref]
        if len(same_day) > 1:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "Several Mornings on {ref}; give the id instead ({ids})."
                ),
                ref=ref,
                ids=", ".join(m.id[:8] for m in same_day),
            )
        if same_day:
            return same_day[0]
    else:
        matches = [m for m in mornings if m.id == ref or (len(ref) >= 4 and m.id.startswith(ref))]
        if len(matches) == 1:
            return matches[0]
    raise NotFound(QT_TRANSLATE_NOOP("errors", "No Morning {ref}."), ref=ref)


def next_morning(ws: Workspace, today: str | None = None) -> tuple[str, str] | None:
    """The first Morning (not archived) from `today` on (the desk's local date by default), as
    (id, date): the one a desk opens on, today's on the day itself; None when none is ahead."""
    today = today or date.today().isoformat()
    with ws.db.read() as session:
        row = (
            sqlite_connection(session)
            .execute(
                "SELECT id, date FROM mornings WHERE title IS NOT NULL AND date >= ?"
                " AND (status IS NULL OR status != 'archived') ORDER BY date, start_time, id"
                " LIMIT 1",
                (today,),
            )
            .fetchone()
        )
    return (str(row[0]), str(row[1])) if row else None
