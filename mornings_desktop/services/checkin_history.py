"""A person's admissions and their undoing: the history a desk shows, and reverts.

An admission is never deleted: `revert` records `checkin.reverted` with a reason, a later
operation that always wins (reverting twice is harmless: the earliest undo stays). `history` lists
every admission of a registration, oldest first, with its revert if any, in the Morning's time
zone; `undo_last` reverts the latest admission of one desk at one Morning that still counts.
The scan path itself is `checkin.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound
from mornings_desktop.services.workspace import Workspace, desk_names
from mornings_desktop.store.schema import CheckIn, CheckInRevert, Desk, Morning, Registration
from mornings_desktop.timeutil import iso_to_local, now_iso


@dataclass(frozen=True)
class CheckInRow:
    """One admission in a person's history."""

    id: str
    registration_id: str
    at: str  # venue-local ISO
    desk: str
    method: str
    reverted: bool
    revert_reason: str


def revert(ws: Workspace, checkin_id: str, reason: str) -> CheckInRow:
    """Undo one admission with a reason (a later operation that always wins).

    Raises NotFound for an unknown check-in; reverting twice is harmless (the earliest undo stays).
    """
    with ws.db.read() as session:
        chk = session.get(CheckIn, checkin_id)
        if chk is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No check-in {ref}."), ref=checkin_id)
        registration_id = chk.registration_id
    ws.record(
        "checkin.reverted",
        {
            "checkin_id": checkin_id,
            "registration_id": registration_id,
            "reason": " ".join((reason or "").split())[:200],
            "at": now_iso(),
        },
    )
    rows = history(ws, registration_id)
    return next(r for r in rows if r.id == checkin_id)


def undo_last(
    ws: Workspace, morning_id: str, *, desk_id: str | None = None, reason: str = "undo"
) -> CheckInRow | None:
    """Revert the latest admission still counting that this desk (or `desk_id`) made."""
    latest = _latest(ws, morning_id, desk_id or ws.desk_id)
    return None if latest is None else revert(ws, latest, reason)


def latest_admission(
    ws: Workspace, morning_id: str, *, desk_id: str | None = None
) -> CheckInRow | None:
    """The admission `undo_last` would revert now (nothing written): the desk asks before an
    undo goes further back than the arrival it just undid."""
    latest = _latest(ws, morning_id, desk_id or ws.desk_id)
    if latest is None:
        return None
    with ws.db.read() as session:
        chk = session.get(CheckIn, latest)
        registration_id = chk.registration_id if chk is not None else ""
    return next((r for r in history(ws, registration_id) if r.id == latest), None)


def _latest(ws: Workspace, morning_id: str, desk_id: str) -> str | None:
    """The id of the desk's latest admission at the Morning that still counts.

    Reads the check-ins in full (a few ms on ten years of Mornings, once per undo): an index of
    their Morning cost every admission a WAL page (0018_door_indexes)."""
    with ws.db.read() as session:
        row = session.execute(
            select(CheckIn.id)
            .outerjoin(CheckInRevert, CheckInRevert.checkin_id == CheckIn.id)
            .where(
                CheckIn.morning_id == morning_id,
                CheckIn.desk_id == desk_id,
                CheckInRevert.checkin_id.is_(None),
            )
            .order_by(CheckIn.at.desc(), CheckIn.id.desc())
            .limit(1)
        ).first()
    return None if row is None else str(row.id)


def history(ws: Workspace, registration_id: str) -> list[CheckInRow]:
    """Every admission of a registration, oldest first, with its revert if any."""
    with ws.db.read() as session:
        names = desk_names(session)
        reg = session.get(Registration, registration_id)
        tz = None
        if reg is not None and reg.morning_id:
            morning = session.get(Morning, reg.morning_id)
            tz = morning.timezone if morning else None
        rows = session.execute(
            select(CheckIn, CheckInRevert)
            .outerjoin(CheckInRevert, CheckInRevert.checkin_id == CheckIn.id)
            .where(CheckIn.registration_id == registration_id)
            .order_by(CheckIn.at, CheckIn.id)
        ).all()
        return [
            CheckInRow(
                id=chk.id,
                registration_id=chk.registration_id,
                at=iso_to_local(chk.at, tz).isoformat(timespec="seconds"),
                desk=names.get(chk.desk_id, chk.desk_id[:8]),
                method=chk.method,
                reverted=rev is not None,
                revert_reason=(rev.reason or "") if rev is not None else "",
            )
            for chk, rev in rows
        ]


def desk_of(ws: Workspace, desk_id: str) -> str:
    with ws.db.read() as session:
        desk = session.get(Desk, desk_id)
        return desk.name if desk else desk_id[:8]
