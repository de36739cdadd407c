"""Desks announce their name once, so reports and the review screen can say which desk did what."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import handler
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema import Desk


@handler("desk.announced")
def apply_desk(session: Session, op: Op) -> None:
    desk_id = str(op.payload["id"])
    desk = session.get(Desk, desk_id)
    if desk is None:
        session.add(
            Desk(id=desk_id, name=str(op.payload["name"]), is_local=False, created_at=op.hlc)
        )
        session.flush()
    # A desk's name is fixed at announcement; a later rename would be a new operation type.
