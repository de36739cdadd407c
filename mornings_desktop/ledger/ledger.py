"""The ledger appends operations and applies them, inside the caller's write transaction.

`record` is for this desk's own changes: it numbers them 1, 2, 3… per desk without gaps (the write
transaction holds SQLite's write lock, so two processes cannot take the same number) and stamps them
with the hybrid logical clock. `ingest` is for operations that come from elsewhere (the hub, a
bundle): it skips those already known and moves the clock forward past them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from mornings_desktop.ledger import hlc
from mornings_desktop.ledger.fold import apply, core_connection
from mornings_desktop.ledger.operation import JsonDict, Op, dumps
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation, table_of
from mornings_desktop.timeutil import now_iso

_INSERT_OP = insert(table_of(Operation))


def _insert(session: Session, op: Op, *, pushed: bool, applied: bool = True) -> None:
    # A Core INSERT: the ORM's unit of work per operation was a third of the demo's time.
    core_connection(session).execute(
        _INSERT_OP,
        {
            "op_id": op.op_id,
            "desk_id": op.desk_id,
            "desk_seq": op.desk_seq,
            "hlc": op.hlc,
            "type": op.type,
            "payload": dumps(op.payload),
            "applied": applied,
            "received_at": now_iso(),
            "pushed": pushed,
        },
    )


def _mark_unapplied(session: Session, op_id: str) -> None:
    session.execute(update(Operation).where(Operation.op_id == op_id).values(applied=False))


def next_seq(session: Session, desk_id: str) -> int:
    current = session.execute(
        select(func.max(Operation.desk_seq)).where(Operation.desk_id == desk_id)
    ).scalar()
    return int(current or 0) + 1


@dataclass
class DeskCursor:
    """Clock and sequence of one desk inside one write transaction (read once, then kept)."""

    last_hlc: str | None
    next_seq: int
    # With `defer_clock`, `record` does not write the clock to `meta` after each operation; the
    # owner of the cursor calls `save` once before COMMIT (Workspace.transaction does).
    defer_clock: bool = False
    _unsaved: bool = False

    @classmethod
    def load(cls, session: Session, desk_id: str, *, defer_clock: bool = False) -> DeskCursor:
        return cls(meta.get(session, meta.HLC), next_seq(session, desk_id), defer_clock)

    def save(self, session: Session) -> None:
        """Write the clock reached by deferred records (inside the same write transaction)."""
        if self._unsaved and self.last_hlc is not None:
            meta.put(session, meta.HLC, self.last_hlc)
        self._unsaved = False


def record(
    session: Session,
    desk_id: str,
    op_type: str,
    payload: JsonDict,
    cursor: DeskCursor | None = None,
) -> Op:
    """Append one local operation and apply it. Must run inside a write transaction.

    Pass the same `cursor` for several records in one transaction to save two queries each.
    """
    cursor = cursor or DeskCursor.load(session, desk_id)
    reading = hlc.tick(cursor.last_hlc)
    if cursor.defer_clock:
        cursor._unsaved = True
    else:
        meta.put(session, meta.HLC, reading)
    op = Op(
        op_id=str(uuid.uuid4()),
        desk_id=desk_id,
        desk_seq=cursor.next_seq,
        hlc=reading,
        type=op_type,
        payload=payload,
    )
    cursor.last_hlc = reading
    cursor.next_seq += 1
    _insert(session, op, pushed=False)
    if not apply(session, op):
        raise ValueError(f"no handler for local operation type {op_type!r}")
    return op


def ingest(session: Session, ops: Iterable[Op], *, pushed: bool = True) -> list[Op]:
    """Append and apply operations made elsewhere; returns those that were new here.

    Known op_ids are skipped (duplicates are normal in sync). Unknown types are stored with
    `applied = False` and folded in after an upgrade.
    """
    fresh: list[Op] = []
    last = meta.get(session, meta.HLC)
    newest = last
    for op in ops:
        if session.get(Operation, op.op_id) is not None:
            continue
        _insert(session, op, pushed=pushed)
        if not apply(session, op):
            _mark_unapplied(session, op.op_id)
        newest = hlc.observe(newest, op.hlc)
        fresh.append(op)
    if newest is not None and newest != last:
        meta.put(session, meta.HLC, newest)
    session.flush()
    return fresh


def reapply_pending(session: Session) -> int:
    """Fold in kept operations whose type this version now understands. Returns how many."""
    rows = session.execute(
        select(Operation).where(Operation.applied.is_(False)).order_by(Operation.hlc)
    ).scalars()
    count = 0
    for row in list(rows):
        op = op_from_row(row)
        if apply(session, op):
            row.applied = True
            count += 1
    session.flush()
    return count


def op_from_row(row: Operation) -> Op:
    return Op.from_json(
        {
            "op_id": row.op_id,
            "desk_id": row.desk_id,
            "desk_seq": row.desk_seq,
            "hlc": row.hlc,
            "type": row.type,
            "payload": row.payload,
        }
    )
