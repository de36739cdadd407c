"""Review of duplicate admissions: a registration admitted at two desks (or twice).

Sync never drops an admission: when two desks admitted the same ticket while apart, both scans
are kept and the registration counts once as present. It is listed here, with both scans (desk
names and times), until an organiser decides:
- **confirm**: both admissions are kept as they are (`checkin.duplicate_confirmed`);
- **annul** one scan: an ordinary `checkin.reverted` (a revert wins), the other one stays.
A later third admission brings the registration back to the list.

The list holds only what needs that decision: a second *arrival* on one ticket. A scan that one
desk recorded again within `REPEAT_S` of its previous admission of the ticket is the same arrival
recorded twice (a desk that knows of an admission refuses the next one, "already admitted"; it
records one again when it did not know: a copy of the same scan, a desk restored from a backup, a
demo run again): it needs no decision, is never listed alone, and stays in the person's history
(`checkin_history.history`) like any admission. The same desk later, or another desk at any
interval, may be a second person on one ticket: listed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.person_names import display_name
from mornings_desktop.services.workspace import Workspace, desk_names
from mornings_desktop.store.schema import CheckIn, CheckInRevert, Morning, Person, Registration
from mornings_desktop.store.schema_sync import DuplicateConfirmation
from mornings_desktop.timeutil import DEFAULT_TZ, from_iso, iso_to_local, now_iso

REPEAT_S = 60  # one desk admitting a ticket again within this: the same arrival, recorded twice


@dataclass(frozen=True)
class Scan:
    checkin_id: str
    desk_id: str
    desk_name: str
    at: str  # UTC instant as recorded
    local_time: str  # venue time, e.g. "08:42:13"
    method: str
    confirmed: bool


@dataclass(frozen=True)
class DuplicateAdmission:
    registration_id: str
    morning_id: str
    name: str
    code: str
    scans: tuple[Scan, ...]


def duplicate_admissions(ws: Workspace, morning_id: str | None = None) -> list[DuplicateAdmission]:
    """Registrations with more than one admission in force, not all of them confirmed yet."""
    query = (
        select(Registration, Person, Morning.timezone)
        .outerjoin(Person, Person.id == Registration.person_id)
        .outerjoin(Morning, Morning.id == Registration.morning_id)
        .where(Registration.checkin_count > 1)
    )
    if morning_id is not None:
        query = query.where(Registration.morning_id == morning_id)
    result: list[DuplicateAdmission] = []
    with ws.db.read() as session:
        names = desk_names(session)
        confirmed = set(session.execute(select(DuplicateConfirmation.checkin_id)).scalars())
        for reg, person, tz in session.execute(query).all():
            rows = session.execute(
                select(CheckIn)
                .outerjoin(CheckInRevert, CheckInRevert.checkin_id == CheckIn.id)
                .where(CheckIn.registration_id == reg.id, CheckInRevert.checkin_id.is_(None))
                .order_by(CheckIn.at, CheckIn.desk_id, CheckIn.id)
            ).scalars()
            scans = tuple(
                Scan(
                    checkin_id=c.id,
                    desk_id=c.desk_id,
                    desk_name=names.get(c.desk_id, c.desk_id[:8]),
                    at=c.at,
                    local_time=iso_to_local(c.at, tz or DEFAULT_TZ).strftime("%H:%M:%S"),
                    method=c.method,
                    confirmed=c.id in confirmed,
                )
                for c in rows
            )
            if arrivals(scans) > 1 and not all(s.confirmed for s in scans):
                result.append(
                    DuplicateAdmission(
                        registration_id=reg.id,
                        morning_id=reg.morning_id or "",
                        name=display_name(
                            person.first_name if person else None,
                            person.last_name if person else None,
                        ),
                        code=reg.code or "",
                        scans=scans,
                    )
                )
    result.sort(key=lambda d: (d.scans[0].at, d.registration_id))
    return result


def arrivals(scans: tuple[Scan, ...]) -> int:
    """How many arrivals these admissions are (in time order): a scan at the same desk within
    `REPEAT_S` of that desk's previous one is that arrival recorded again."""
    count = 0
    last: dict[str, float] = {}  # desk id → its latest admission (POSIX seconds)
    for scan in scans:
        moment = from_iso(scan.at).timestamp()
        before = last.get(scan.desk_id)
        if before is None or moment - before > REPEAT_S:
            count += 1
        last[scan.desk_id] = moment
    return count


def _pending(ws: Workspace, registration_id: str) -> DuplicateAdmission:
    for item in duplicate_admissions(ws):
        if item.registration_id == registration_id:
            return item
    raise NotFound(
        QT_TRANSLATE_NOOP("errors", "Registration {ref} has no duplicate admission to review."),
        ref=registration_id,
    )


def confirm(ws: Workspace, registration_id: str) -> Op:
    """Keep every admission in force of this registration; it leaves the Review list."""
    item = _pending(ws, registration_id)
    return ws.record(
        "checkin.duplicate_confirmed",
        {"registration_id": registration_id, "checkin_ids": [s.checkin_id for s in item.scans]},
    )


def annul(ws: Workspace, registration_id: str, checkin_id: str, reason: str = "duplicate") -> Op:
    """Undo one of the scans (a `checkin.reverted`); the registration stays present by the other."""
    item = _pending(ws, registration_id)
    if checkin_id not in {s.checkin_id for s in item.scans}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Scan {ref} is not one of this registration's admissions."),
            ref=checkin_id,
        )
    return ws.record(
        "checkin.reverted",
        {
            "checkin_id": checkin_id,
            "registration_id": registration_id,
            "reason": " ".join(reason.split())[:200],
            "at": now_iso(),
        },
    )
