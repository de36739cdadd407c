"""Registrations and check-ins. Check-ins are a grow-only set of facts; a revert always wins.

Presence on a registration (`checked_in_at`, desk, method, count) is recomputed from the set each
time the set or the registration changes, so it is the same whatever order the facts arrived in:
the arrival is the earliest check-in that is not reverted; a count above one is a duplicate
admission (two desks admitted the same ticket) that an organiser reviews.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import entity_fields, handler, set_fields
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema import (
    CheckIn,
    CheckInRevert,
    Registration,
    RevokedCode,
    table_of,
)

REGISTRATION_FIELDS = (
    "morning_id",
    "person_id",
    "category",
    "code",
    "external_ref",
    "source",
    "status",
    "registered_at",
    "walk_in",
    "note",
)
_reg = table_of(Registration)
_chk = table_of(CheckIn)
_rev = table_of(CheckInRevert)
_ADMISSIONS = (
    select(_chk.c.at, _chk.c.desk_id, _chk.c.method, _chk.c.id)
    .outerjoin(_rev, _rev.c.checkin_id == _chk.c.id)
    .where(_chk.c.registration_id == bindparam("registration_id"), _rev.c.checkin_id.is_(None))
    .order_by(_chk.c.at, _chk.c.desk_id, _chk.c.id)
)


def refresh_presence(
    session: Session, registration_id: str, row: dict[str, Any] | None = None
) -> None:
    """Recompute the derived presence columns of one registration from the check-in set.

    `row` is the registration as stored, when the caller has it: an unchanged presence is then
    not written again (most registrations have no check-in when they are created)."""
    rows = session.execute(_ADMISSIONS, {"registration_id": registration_id}).all()
    first = rows[0] if rows else None
    values = {
        "checked_in_at": first.at if first else None,
        "checkin_desk_id": first.desk_id if first else None,
        "checkin_method": first.method if first else None,
        "checkin_count": len(rows),
    }
    if row is not None and all(row.get(k) == v for k, v in values.items()):
        return
    session.execute(update(_reg).where(_reg.c.id == registration_id).values(**values))


@handler("registration.created")
@handler("registration.updated")
def apply_registration(session: Session, op: Op) -> None:
    registration_id, fields = entity_fields(op)
    row = set_fields(session, _reg, registration_id, fields, op.stamp, REGISTRATION_FIELDS)
    refresh_presence(session, registration_id, row)


@handler("registration.cancelled")
def apply_cancel(session: Session, op: Op) -> None:
    registration_id = str(op.payload["id"])
    set_fields(session, _reg, registration_id, {"status": "cancelled"}, op.stamp, ("status",))
    refresh_presence(session, registration_id)


@handler("registration.reinstated")
def apply_reinstate(session: Session, op: Op) -> None:
    registration_id = str(op.payload["id"])
    set_fields(session, _reg, registration_id, {"status": "registered"}, op.stamp, ("status",))
    refresh_presence(session, registration_id)


@handler("registration.code_reissued")
def apply_reissue(session: Session, op: Op) -> None:
    """`{"id", "code", "old_code"}`: the new code wins by stamp; the old one is revoked for good."""
    registration_id = str(op.payload["id"])
    set_fields(session, _reg, registration_id, {"code": op.payload["code"]}, op.stamp, ("code",))
    old = op.payload.get("old_code")
    if isinstance(old, str) and old:
        exists = session.get(RevokedCode, old)
        if exists is None:
            session.add(RevokedCode(code=old, registration_id=registration_id))
            session.flush()
    refresh_presence(session, registration_id)


@handler("checkin.created")
def apply_checkin(session: Session, op: Op) -> None:
    """`{"id", "registration_id", "morning_id", "at", "method"}`: one admission, kept for good."""
    p = op.payload
    checkin_id = str(p["id"])
    if session.execute(select(_chk.c.id).where(_chk.c.id == checkin_id)).first() is None:
        session.execute(
            _chk.insert().values(
                id=checkin_id,
                registration_id=str(p["registration_id"]),
                morning_id=str(p["morning_id"]),
                desk_id=op.desk_id,
                at=str(p["at"]),
                method=str(p.get("method", "scanner")),
                op_id=op.op_id,
            )
        )
    refresh_presence(session, str(p["registration_id"]))


@handler("checkin.reverted")
def apply_revert(session: Session, op: Op) -> None:
    """`{"checkin_id", "registration_id", "reason", "at"}`: the admission no longer counts."""
    p = op.payload
    checkin_id = str(p["checkin_id"])
    values = {
        "reason": p.get("reason"),
        "at": str(p["at"]),
        "desk_id": op.desk_id,
        "op_id": op.op_id,
    }
    existing = session.execute(select(_rev).where(_rev.c.checkin_id == checkin_id)).first()
    if existing is None:
        session.execute(_rev.insert().values(checkin_id=checkin_id, **values))
    elif (values["at"], op.op_id) < (existing.at, existing.op_id):
        # Two desks undid the same admission: keep the earliest undo, whatever arrived first.
        session.execute(update(_rev).where(_rev.c.checkin_id == checkin_id).values(**values))
    targets = {str(p["registration_id"])}
    admitted = session.execute(
        select(_chk.c.registration_id).where(_chk.c.id == checkin_id)
    ).scalar_one_or_none()
    if admitted is not None:
        targets.add(admitted)  # trust the admission itself over the payload's copy
    for registration_id in sorted(targets):
        refresh_presence(session, registration_id)
