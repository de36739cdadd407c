"""The programme of a Morning in its JSON form, what the PDF, the .ics file and versions are made from."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import text

from mornings_desktop.services import mornings
from mornings_desktop.services.agenda import list_sessions
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.timeutil import parse_date, parse_time


def programme(ws: Workspace, morning_id: str) -> dict[str, Any]:
    """The programme's JSON form: the Morning and its sessions with local times and speakers."""
    morning = mornings.get(ws, morning_id)
    return {
        "morning": {
            "id": morning.id,
            "title": morning.title,
            "theme": morning.theme,
            "date": morning.date,
            "start_time": morning.start_time,
            "end_time": morning.end_time,
            "venue": morning.venue,
            "timezone": morning.timezone,
        },
        "sessions": [
            {
                "id": s.id,
                "kind": s.kind,
                "title": s.title,
                "description": s.description,
                "start": s.start,
                "end": s.end,
                "starts_at": s.starts_at,
                "duration_min": s.duration_min,
                "room": s.room,
                "language": s.language,
                "speakers": [asdict(p) for p in s.speakers],
            }
            for s in list_sessions(ws, morning_id)
        ],
    }


def local_start(morning_date: str, hhmm: str) -> datetime:
    return datetime.combine(parse_date(morning_date), parse_time(hhmm))


def last_edits(ws: Workspace, morning_id: str) -> dict[str, str]:
    """For each live session of a Morning, the HLC reading of its last edit: the newest field stamp
    of the session and of the Morning (a moved date moves every session). The same on every desk,
    since stamps converge; a calendar's SEQUENCE and LAST-MODIFIED are made from it."""
    with ws.db.read() as session:
        morning_stamps = session.execute(
            text("SELECT stamps FROM mornings WHERE id = :id"), {"id": morning_id}
        ).scalar_one_or_none()
        rows = session.execute(
            text("SELECT id, stamps FROM agenda_sessions WHERE morning_id = :id"),
            {"id": morning_id},
        ).all()
    base = _newest(morning_stamps)
    return {str(sid): max(base, _newest(stamps)) for sid, stamps in rows}


def _newest(stamps: str | None) -> str:
    """The newest HLC reading among `{"field": "reading/desk"}` stamps ("" when none)."""
    try:
        values = json.loads(stamps or "{}")
    except ValueError:
        return ""
    readings = (
        [str(v).split("/", 1)[0] for v in values.values()] if isinstance(values, dict) else []
    )
    return max((r for r in readings if not r.startswith("~")), default="")
