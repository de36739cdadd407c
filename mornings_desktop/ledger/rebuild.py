"""Rebuild the folded tables from the log (DESIGN §6: "a desk that learns of a revocation rebuilds
its tables from the log without the refused operations").

The fold is order-independent and idempotent (`fold.py`), so emptying every table the handlers
write and applying again each operation the log keeps gives exactly the tables a desk that never
held the removed operations has. Tables that are not folded from operations stay as they are:
the log itself, `meta`, the desks of this database, certificates and revocations, the personal
blocks (kept beside the log), the quarantine and the local mail outbox.

`remove_and_rebuild` runs inside the caller's write transaction: the removal and the rebuild
commit together, or not at all.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Table
from sqlalchemy.orm import Session

from mornings_desktop.ledger import signed_store
from mornings_desktop.ledger.fold import (
    apply,
    batch_handler_for,
    known_types,
    load_handlers,
    sqlite_connection,
)
from mornings_desktop.ledger.operation import Op

# Tables that are not folded from operations (a rebuild leaves them alone).
LOCAL_TABLES = frozenset(
    {
        "alembic_version",
        "meta",
        "operations",
        "desks",
        "certificates",
        "revocations",
        "op_personal",
        "sync_quarantine",
        "mail_outbox",
    }
)
_CHUNK = 500
_ROWS_SQL = (
    "SELECT op_id, desk_id, desk_seq, hlc, type, payload, digest FROM operations "
    "WHERE type IN ({types}) ORDER BY rowid"
)


def folded_tables() -> list[Table]:
    """The tables the handlers write, children before parents (the order to empty them)."""
    from mornings_desktop.store.tables import metadata

    tables = [t for t in metadata().sorted_tables if t.name not in LOCAL_TABLES]
    return list(reversed(tables))


def remove_and_rebuild(session: Session, digests: Collection[str]) -> int:
    """Take the operations `digests` out of the log, then fold the log again; returns how many
    operations were folded."""
    conn = sqlite_connection(session)
    wanted = list(digests)
    for k in range(0, len(wanted), _CHUNK):
        chunk = wanted[k : k + _CHUNK]
        conn.execute(
            f"DELETE FROM operations WHERE digest IN ({', '.join('?' * len(chunk))})", chunk
        )
    return rebuild(session)


def rebuild(session: Session) -> int:
    """Empty the folded tables and apply every operation of the log again, in the order this desk
    received them (runs of one type through its batch handler, as `ledger.ingest` does)."""
    load_handlers()
    conn = sqlite_connection(session)
    for table in folded_tables():
        conn.execute(f'DELETE FROM "{table.name}"')
    session.expunge_all()  # objects read before are gone: handlers must not find them again
    known = sorted(known_types())
    marks = ", ".join("?" * len(known))
    rows = conn.execute(_ROWS_SQL.format(types=marks or "NULL"), known).fetchall()
    ops = [
        Op.from_json(
            {
                "op_id": op_id,
                "desk_id": desk_id,
                "desk_seq": desk_seq,
                "hlc": stamp,
                "type": op_type,
                "payload": signed_store.full_payload(conn, op_type, payload, digest),
            }
        )
        for op_id, desk_id, desk_seq, stamp, op_type, payload, digest in rows
    ]
    i = 0
    while i < len(ops):
        j = i + 1
        while j < len(ops) and ops[j].type == ops[i].type:
            j += 1
        batch = batch_handler_for(ops[i].type) if j - i > 1 else None
        if batch is not None:
            batch(session, ops[i:j])
        else:
            for op in ops[i:j]:
                apply(session, op)
        i = j
    if known:
        conn = sqlite_connection(session)
        conn.execute(f"UPDATE operations SET applied = 1 WHERE type IN ({marks})", known)
    session.flush()
    return len(ops)
