"""Review of duplicate admissions: an organiser keeps both scans (`checkin.duplicate_confirmed`).

Annulling one of them is an ordinary `checkin.reverted`. Confirmations are a grow-only set of
check-in ids, so any order of arrival gives the same table; a later third admission is not
confirmed by an earlier review and brings the registration back to the Review list.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import handler
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema import table_of
from mornings_desktop.store.schema_sync import DuplicateConfirmation

_conf = table_of(DuplicateConfirmation)


@handler("checkin.duplicate_confirmed")
def apply_duplicate_confirmed(session: Session, op: Op) -> None:
    """`{"registration_id", "checkin_ids": [...]}`: these admissions were reviewed and kept."""
    registration_id = str(op.payload["registration_id"])
    ids = op.payload.get("checkin_ids", [])
    if not isinstance(ids, list):
        raise ValueError("checkin.duplicate_confirmed: 'checkin_ids' must be a list")
    for checkin_id in sorted({str(i) for i in ids}):
        known = session.execute(
            select(_conf.c.op_id).where(_conf.c.checkin_id == checkin_id)
        ).scalar_one_or_none()
        if known is not None and op.op_id < known:
            # Two organisers confirmed the same scan: keep the smallest op id, whatever came first.
            session.execute(
                update(_conf)
                .where(_conf.c.checkin_id == checkin_id)
                .values(registration_id=registration_id, desk_id=op.desk_id, op_id=op.op_id)
            )
        elif known is None:
            session.execute(
                _conf.insert().values(
                    checkin_id=checkin_id,
                    registration_id=registration_id,
                    desk_id=op.desk_id,
                    op_id=op.op_id,
                )
            )
