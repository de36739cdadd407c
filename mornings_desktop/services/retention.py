"""Retention: people are kept a set period after their last registration (default 3 years), then
erased by `mornings people purge` (organiser). The window reminds the organiser when some are due.

"Last registration" is the latest date of a Morning they registered for (else when they
registered, else when they were first recorded); merged people count with their survivor.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services.desk_role import desk_role, require_organiser
from mornings_desktop.services.erasure import ErasureReport, erase_people, pending_requests
from mornings_desktop.services.person_names import display_name
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Morning, Person, Registration
from mornings_desktop.timeutil import now_utc

RETENTION_KEY = "retention_period"
DEFAULT_PERIOD = "3y"
_PERIOD = re.compile(r"\A\s*(\d{1,3})\s*([ymd])\s*\Z", re.IGNORECASE)


@dataclass(frozen=True)
class DuePerson:
    id: str
    name: str
    last_registration: str

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def parse_period(text: str) -> tuple[int, str]:
    """`3y`, `18m` or `400d` as (count, unit). Anything else is refused in one sentence."""
    match = _PERIOD.match(text or "")
    if not match or int(match.group(1)) == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A period is like 3y, 18m or 400d, not {text}."),
            text=text,
        )
    return int(match.group(1)), match.group(2).lower()


def cutoff(period: str, today: date) -> date:
    count, unit = parse_period(period)
    if unit == "d":
        return date.fromordinal(today.toordinal() - count)
    months = count * 12 if unit == "y" else count
    year, month0 = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(year, month0 + 1, min(today.day, calendar.monthrange(year, month0 + 1)[1]))


def retention_period(ws: Workspace) -> str:
    return ws.meta(RETENTION_KEY) or DEFAULT_PERIOD


def set_retention_period(ws: Workspace, period: str) -> None:
    require_organiser(ws)
    count, unit = parse_period(period)
    with ws.db.write() as session:
        meta.put(session, RETENTION_KEY, f"{count}{unit}")


def due(
    ws: Workspace, older_than: str | None = None, now: datetime | None = None
) -> list[DuePerson]:
    """People (not erased) whose last registration lies beyond the retention period."""
    limit = cutoff(older_than or retention_period(ws), (now or now_utc()).date()).isoformat()
    with ws.db.read() as session:
        people = {
            p.id: (display_name(p.first_name, p.last_name), p.merged_into, p.created_at or "")
            for p in session.execute(
                select(Person).where(Person.created_at.is_not(None), Person.erased.is_not(True))
            ).scalars()
        }
        last: dict[str, str] = {}
        rows = session.execute(
            select(
                Registration.person_id,
                func.max(
                    func.coalesce(Morning.date, func.substr(Registration.registered_at, 1, 10))
                ),
            )
            .outerjoin(Morning, Morning.id == Registration.morning_id)
            .group_by(Registration.person_id)
        ).all()
        for person_id, latest in rows:
            if person_id is not None and latest:
                last[person_id] = str(latest)

    def survivor(pid: str) -> str:
        seen = {pid}
        while (target := people[pid][1] if pid in people else None) and target in people:
            if target in seen:
                break
            seen.add(target)
            pid = target
        return pid

    latest_by_survivor: dict[str, str] = {}
    for pid, person in people.items():
        when = last.get(pid) or person[2][:10]
        key = survivor(pid)
        latest_by_survivor[key] = max(latest_by_survivor.get(key, ""), when)
    out = [
        DuePerson(pid, people[pid][0], when)
        for pid, when in latest_by_survivor.items()
        if when and when < limit and not people[pid][1]
    ]
    return sorted(out, key=lambda d: (d.last_registration, d.id))


def purge(
    ws: Workspace, older_than: str | None = None, now: datetime | None = None
) -> tuple[list[DuePerson], ErasureReport]:
    """Erase everyone beyond the retention period (organiser desks only)."""
    require_organiser(ws)
    listed = due(ws, older_than, now)
    with ws.db.read() as session:
        merged = {
            p.id: p.merged_into
            for p in session.execute(
                select(Person).where(Person.merged_into.is_not(None))
            ).scalars()
        }
    ids = [d.id for d in listed]
    ids += [pid for pid, into in merged.items() if into in set(ids)]
    return listed, erase_people(ws, ids)


def privacy_reminder(ws: Workspace, now: datetime | None = None) -> tuple[int, int]:
    """For the window's reminder on an organiser desk: (people due for purge, erasure requests)."""
    if desk_role(ws) != "organiser":
        return 0, 0
    return len(due(ws, now=now)), len(pending_requests(ws))
