"""`badge.printed`: one badge left a printer. A grow-only fact, kept once per print id."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import handler
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema import table_of
from mornings_desktop.store.schema_badges import BadgePrint

_prints = table_of(BadgePrint)


@handler("badge.printed")
def apply_badge_printed(session: Session, op: Op) -> None:
    """`{"id", "registration_id", "at", "template", "reprint"}`; the same id twice is one print."""
    p = op.payload
    print_id = str(p.get("id") or op.op_id)
    if session.execute(select(_prints.c.id).where(_prints.c.id == print_id)).first() is not None:
        return
    session.execute(
        _prints.insert().values(
            id=print_id,
            registration_id=str(p["registration_id"]),
            at=str(p["at"]),
            template=str(p.get("template") or ""),
            reprint=bool(p.get("reprint", False)),
            desk_id=op.desk_id,
            op_id=op.op_id,
        )
    )
