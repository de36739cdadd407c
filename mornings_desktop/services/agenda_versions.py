"""Published versions of a Morning's programme, and what changed since the last one.

`publish` freezes the programme's JSON form in an `agenda.published` operation. Version numbers
are given at read time by ordering a Morning's publications by (hlc, id), so two desks that publish
offline agree on the numbering once they have synced.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services import agenda
from mornings_desktop.services.agenda_programme import programme
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema_agenda import AgendaVersion
from mornings_desktop.timeutil import now_iso


@dataclass(frozen=True)
class VersionInfo:
    number: int
    id: str
    published_at: str
    snapshot: dict[str, Any]


@dataclass(frozen=True)
class MovedSession:
    id: str
    title: str
    old_start: str
    new_start: str
    old_end: str
    new_end: str
    old_room: str
    new_room: str


@dataclass(frozen=True)
class SpeakersChanged:
    id: str
    title: str
    added: tuple[str, ...]
    removed: tuple[str, ...]


@dataclass(frozen=True)
class AgendaChanges:
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    moved: list[MovedSession] = field(default_factory=list)
    speakers_changed: list[SpeakersChanged] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.moved or self.speakers_changed)


def _speaker_set(session: dict[str, Any]) -> dict[str, str]:
    return {f"{p['name']} ({p['role']})": p["speaker_id"] for p in session.get("speakers", [])}


def diff(old: dict[str, Any], new: dict[str, Any]) -> AgendaChanges:
    """What changed from programme `old` to programme `new` (both JSON forms), session by id:
    added, removed, moved (start, end or room changed) and speakers changed (who or which role)."""
    before = {s["id"]: s for s in old.get("sessions", [])}
    after = {s["id"]: s for s in new.get("sessions", [])}
    changes = AgendaChanges()
    for sid, s in after.items():
        if sid not in before:
            changes.added.append(s)
            continue
        o = before[sid]
        if (o["start"], o["end"], o.get("room", "")) != (s["start"], s["end"], s.get("room", "")):
            changes.moved.append(
                MovedSession(
                    sid,
                    s["title"],
                    o["start"],
                    s["start"],
                    o["end"],
                    s["end"],
                    o.get("room", ""),
                    s.get("room", ""),
                )
            )
        was, now = _speaker_set(o), _speaker_set(s)
        if set(was) != set(now):
            changes.speakers_changed.append(
                SpeakersChanged(
                    sid,
                    s["title"],
                    tuple(sorted(set(now) - set(was))),
                    tuple(sorted(set(was) - set(now))),
                )
            )
    changes.removed.extend(s for sid, s in before.items() if sid not in after)
    changes.added.sort(key=lambda s: (s["start"], s["id"]))
    changes.removed.sort(key=lambda s: (s["start"], s["id"]))
    return changes


def versions(ws: Workspace, morning_id: str) -> list[VersionInfo]:
    """The Morning's published versions, numbered 1, 2, … in publication order."""
    with ws.db.read() as session:
        rows = session.execute(
            select(AgendaVersion)
            .where(AgendaVersion.morning_id == morning_id)
            .order_by(AgendaVersion.hlc, AgendaVersion.id)
        ).scalars()
        return [
            VersionInfo(n, r.id, r.published_at, json.loads(r.snapshot))
            for n, r in enumerate(rows, start=1)
        ]


def publish(ws: Workspace, morning_id: str) -> int:
    """Freeze the current programme as the next version; returns its number.

    Refused (ValidationError, nothing saved) while the agenda has blocking warnings, or when
    nothing changed since the last published version."""
    if any(w.blocking for w in agenda.current_warnings(ws, morning_id)):
        # No count: the Agenda's warnings list says how many (a count in an error's template
        # cannot take the plural forms of a language).
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot publish: the agenda has blocking warnings (✖); fix them first."
            )
        )
    current = programme(ws, morning_id)
    if not current["sessions"]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Cannot publish an empty agenda."))
    known = versions(ws, morning_id)
    if known and diff(known[-1].snapshot, current).empty and known[-1].snapshot == current:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Nothing changed since version {n}; there is nothing to publish."
            ),
            n=known[-1].number,
        )
    ws.record(
        "agenda.published",
        {
            "id": str(uuid.uuid4()),
            "morning_id": morning_id,
            "published_at": now_iso(),
            "snapshot": json.dumps(current, ensure_ascii=False, sort_keys=True),
        },
    )
    return len(versions(ws, morning_id))


def changes_since_last(ws: Workspace, morning_id: str) -> tuple[int | None, AgendaChanges]:
    """(last version number or None, changes from it to the current agenda)."""
    known = versions(ws, morning_id)
    current = programme(ws, morning_id)
    if not known:
        return None, diff({"sessions": []}, current)
    return known[-1].number, diff(known[-1].snapshot, current)
