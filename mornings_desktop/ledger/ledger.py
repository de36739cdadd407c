"""The ledger appends operations and applies them, inside the caller's write transaction.

`record` is for this desk's own changes: it numbers them 1, 2, 3… per desk without gaps (the write
transaction holds SQLite's write lock, so two processes cannot take the same number) and stamps them
with the hybrid logical clock. `ingest` is for operations that come from elsewhere (the hub, a
bundle): it skips those already known and moves the clock forward past them.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import not_, select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.ledger import hlc, signed_store, signing, validate
from mornings_desktop.ledger.fold import (
    apply,
    batch_handler_for,
    known_types,
    sqlite_connection,
)
from mornings_desktop.ledger.operation import JsonDict, Op, dumps
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation
from mornings_desktop.timeutil import now_iso
from mornings_desktop.trust import roles

# Plain SQL on the session's sqlite3 connection (`fold.sqlite_connection`): every scan and every
# pulled operation runs these, and sqlite3 keeps them prepared.
_INSERT_OP_SQL = (
    "INSERT INTO operations (op_id, desk_id, desk_seq, hlc, type, payload, applied, received_at,"
    " pushed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_SIGNED_SQL = (
    "INSERT INTO operations (op_id, desk_id, desk_seq, hlc, type, payload, applied, received_at,"
    " pushed, body, sig, digest, inc, prev, operator)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# `desk_seq` numbers a desk's operations per incarnation (DESIGN §6): a restored or copied
# database starts again from 1 under its new `inc`, never reusing a number another desk holds.
_NEXT_SEQ_SQL = "SELECT max(desk_seq) FROM operations WHERE desk_id = ? AND inc IS ?"
_LAST_SQL = (
    "SELECT desk_seq, digest FROM operations WHERE desk_id = ? AND inc IS ?"
    " ORDER BY desk_seq DESC LIMIT 1"
)
# Parameters: desk_id, inc (what `DeskCursor.after` needs from a caller's own statement).
LAST_OP_SQL = _LAST_SQL
_META_GET_SQL = "SELECT value FROM meta WHERE key = ?"
_META_PUT_SQL = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
_KNOWN_CHUNK = 500  # op_ids per `IN (…)` query
_UNSIGNED: tuple[None, ...] = (None,) * 6  # an operation received without its signed form


def _row(
    op: Op, *, pushed: bool, applied: bool, received_at: str, text: str | None = None
) -> tuple[object, ...]:
    return (
        op.op_id,
        op.desk_id,
        op.desk_seq,
        op.hlc,
        op.type,
        dumps(op.payload) if text is None else text,
        applied,
        received_at,
        pushed,
    )


def _meta_get(conn: sqlite3.Connection, key: str) -> str | None:
    found = conn.execute(_META_GET_SQL, (key,)).fetchone()
    return None if found is None else str(found[0])


def _meta_put(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(_META_PUT_SQL, (key, value))


def next_seq(session: Session, desk_id: str) -> int:
    """The next `desk_seq` of `desk_id` in this database's incarnation."""
    inc = signing.incarnation(session)
    current = sqlite_connection(session).execute(_NEXT_SEQ_SQL, (desk_id, inc)).fetchone()[0]
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
    # The transaction's sqlite3 connection, fetched once (the cursor lives inside one transaction).
    conn: sqlite3.Connection | None = None
    # Who signs (desk key, incarnation), the digest of the desk's last body, the person at the desk.
    signer: signing.Signer | None = None
    prev: str = ""
    operator: str = ""
    # What signs, when not the signer's own key object (the door's: `trust.sodium_key.SodiumKey`).
    sign_key: Any = None

    @classmethod
    def load(
        cls,
        session: Session,
        desk_id: str,
        *,
        defer_clock: bool = False,
        operator: str | None = None,
    ) -> DeskCursor:
        signer = signing.signer_for(session, desk_id)
        conn = sqlite_connection(session)
        last = conn.execute(_LAST_SQL, (desk_id, signer.inc)).fetchone()
        seq, prev = (0, "") if last is None else (int(last[0]), last[1] or signing.NO_PREV_DIGEST)
        return cls(
            _meta_get(conn, meta.HLC),
            seq + 1,
            defer_clock,
            conn=conn,
            signer=signer,
            prev=prev,
            operator=signing.clean_operator(operator) or signing.default_operator(),
        )

    @classmethod
    def after(
        cls,
        conn: sqlite3.Connection,
        signer: signing.Signer,
        last_hlc: str | None,
        operator: str,
        last: tuple[int, str | None] | None,
    ) -> DeskCursor:
        """A deferred-clock cursor on a plain connection inside its write transaction, for a
        signer and clock the caller holds and the desk's last operation it read itself
        (`LAST_OP_SQL`: its `desk_seq` and `digest`, None when the desk has none in this
        incarnation), in the same statement as the clock (the door's admissions:
        `services.admission`)."""
        seq, prev = (0, "") if last is None else (int(last[0]), last[1] or signing.NO_PREV_DIGEST)
        return cls(last_hlc, seq + 1, True, conn=conn, signer=signer, prev=prev, operator=operator)

    def save(self, session: Session) -> None:
        """Write the clock reached by deferred records (inside the same write transaction)."""
        self.save_to(sqlite_connection(session))

    def save_to(self, conn: sqlite3.Connection) -> None:
        """`save` on the transaction's own sqlite3 connection."""
        if self._unsaved and self.last_hlc is not None:
            _meta_put(conn, meta.HLC, self.last_hlc)
        self._unsaved = False


def record(
    session: Session,
    desk_id: str,
    op_type: str,
    payload: JsonDict,
    cursor: DeskCursor | None = None,
    *,
    operator: str | None = None,
) -> Op:
    """Append one local operation, signed by the desk's key, and apply it. Must run inside a
    write transaction. `operator` is the person at the desk (default: the computer's user).

    Pass the same `cursor` for several records in one transaction to save two queries each.
    """
    cursor = cursor or DeskCursor.load(session, desk_id, operator=operator)
    conn = cursor.conn if cursor.conn is not None else sqlite_connection(session)
    op = append(conn, cursor, desk_id, op_type, payload)
    if not apply(session, op):
        raise ValueError(f"no handler for local operation type {op_type!r}")
    return op


def append(
    conn: sqlite3.Connection, cursor: DeskCursor, desk_id: str, op_type: str, payload: JsonDict
) -> Op:
    """Sign and append one local operation on `conn`, inside its write transaction, without
    applying it (`record` applies it; the door's admission applies its check-in itself)."""
    reading = hlc.tick(cursor.last_hlc)
    payload = signing.nfc(payload)  # canonical JSON keeps strings in NFC
    op = Op(
        op_id=str(uuid.uuid4()),
        desk_id=desk_id,
        desk_seq=cursor.next_seq,
        hlc=reading,
        type=op_type,
        payload=payload,
    )
    validate.check_op(op)  # a desk never makes what it would refuse from another
    signer = cursor.signer
    assert signer is not None
    # Nor what its role may not record: every other desk would refuse it, and this desk alone
    # would show it (before the personal split: a door's reason or note is still in the payload).
    if (
        signer.role is not None
        and roles.may_record(signer.role, desk_id, op_type, payload) is not True
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This is a door desk: this change is made on an organiser desk."
            )
        )
    envelope = signed_store.sign_local(
        conn,
        signer.key if cursor.sign_key is None else cursor.sign_key,
        op,
        org_id=signer.org_id,
        inc=signer.inc,
        prev=cursor.prev,
        operator=cursor.operator,
    )
    if cursor.defer_clock:
        cursor._unsaved = True
    else:
        _meta_put(conn, meta.HLC, reading)
    cursor.last_hlc = reading
    cursor.next_seq += 1
    row = _row(op, pushed=False, applied=True, received_at=now_iso(), text=envelope.public)
    conn.execute(_INSERT_SIGNED_SQL, row + envelope.columns())
    cursor.prev = envelope.digest
    # An edit of someone already erased here keeps nothing about them, as from another desk.
    op = signed_store.present_blocks(
        conn, Op(op.op_id, op.desk_id, op.desk_seq, op.hlc, op.type, op.payload, envelope)
    )
    assert op.envelope is not None
    signed_store.store_blocks(conn, op.envelope)
    return op


def ingest(
    session: Session,
    ops: Iterable[Op],
    *,
    pushed: bool = True,
) -> list[Op]:
    """Append and apply operations made elsewhere; returns those that were new here.

    Known op_ids are skipped (duplicates are normal in sync). Unknown types are stored with
    `applied = False` and folded in after an upgrade.

    A batch costs one lookup per 500 op_ids; the operations of each type with a batch handler
    (check-ins, registrations, people: most of a pull) are inserted and folded in one go per type,
    after the others; every other operation is inserted then applied one at a time, in the order
    given, exactly as before.

    A signed operation (`op.envelope`, verified on entry) is known by its digest, never by its
    op_id: one whose op_id another body already holds here is kept too, under its digest as the
    row's key (a forged operation under a genuine op_id blocks nothing). Its body and signature
    are kept byte for byte; its personal blocks go to `op_personal`, except those of people
    already erased here.
    """
    ops = list(ops)
    if not ops:
        return []
    conn = sqlite_connection(session)
    fresh, row_ids = _fresh(conn, ops)
    if not fresh:
        return fresh
    known = known_types()
    received_at = now_iso()
    # Operations of a type with a batch handler are kept aside per type and folded together after
    # the others (the fold is order-independent: `fold`'s promise, proved by its property tests);
    # every other operation is inserted then applied one at a time, in the order given.
    groups: dict[str, list[Op]] = {}
    for given in fresh:
        if batch_handler_for(given.type) is not None:
            groups.setdefault(given.type, []).append(given)
            continue
        op = signed_store.present_blocks(conn, given)
        applied = given.type in known
        conn.execute(
            _INSERT_SIGNED_SQL,
            _entry_row(op, row_ids.get(id(given)), pushed, applied, received_at),
        )
        if op.envelope is not None:
            signed_store.store_blocks(conn, op.envelope)
        if applied:
            apply(session, op)
            conn = sqlite_connection(session)  # handlers may have left ORM changes
    for op_type, run in groups.items():
        batch = batch_handler_for(op_type)
        assert batch is not None
        present = signed_store.present_blocks_many(conn, run)
        conn.executemany(
            _INSERT_SIGNED_SQL,
            [
                _entry_row(op, row_ids.get(id(given)), pushed, True, received_at)
                for given, op in zip(run, present, strict=True)
            ],
        )
        signed_store.store_blocks_many(conn, (op.envelope for op in present))
        batch(session, present)
        conn = sqlite_connection(session)
    last = _meta_get(conn, meta.HLC)
    remote = max((op.hlc for op in fresh if hlc.is_reading(op.hlc)), default=None)
    newest = last if remote is None else hlc.observe(last, remote)
    if newest is not None and newest != last:
        _meta_put(conn, meta.HLC, newest)
    session.flush()
    return fresh


def _known(conn: sqlite3.Connection, column: str, values: list[str]) -> set[str]:
    found: set[str] = set()
    for k in range(0, len(values), _KNOWN_CHUNK):
        chunk = values[k : k + _KNOWN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(f"SELECT {column} FROM operations WHERE {column} IN ({marks})", chunk)
        found.update(str(r[0]) for r in rows)
    return found


def _fresh(conn: sqlite3.Connection, ops: list[Op]) -> tuple[list[Op], dict[int, str]]:
    """The operations not held here (signed ones by digest, others by op_id), and the row key of
    each that cannot use its op_id (by `id(op)`)."""
    digests = [op.envelope.digest for op in ops if op.envelope is not None]
    held_digests = _known(conn, "digest", digests) if digests else set()
    taken = _known(conn, "op_id", list({op.op_id for op in ops}))
    fresh: list[Op] = []
    row_ids: dict[int, str] = {}
    for op in ops:
        env = op.envelope
        if env is None:
            if op.op_id in taken:
                continue
        elif env.digest in held_digests:
            continue
        else:
            held_digests.add(env.digest)
            if op.op_id in taken:
                row_ids[id(op)] = env.digest  # another body holds this op_id here
        taken.add(op.op_id)
        fresh.append(op)
    return fresh, row_ids


def _entry_row(
    op: Op, row_id: str | None, pushed: bool, applied: bool, received_at: str
) -> tuple[object, ...]:
    """The `operations` row of an operation from elsewhere (`row_id`: its key when not op_id)."""
    env = op.envelope
    text = None if env is None else env.public
    row = _row(op, pushed=pushed, applied=applied, received_at=received_at, text=text)
    if row_id is not None:
        row = (row_id, *row[1:])
    return row + (_UNSIGNED if env is None else env.columns())


def reapply_pending(session: Session) -> int:
    """Fold in kept operations whose type this version now understands. Returns how many."""
    rows = session.execute(
        # `NOT applied`, as the partial index ix_operations_unapplied is written: read from it
        select(Operation).where(not_(Operation.applied)).order_by(Operation.hlc)
    ).scalars()
    count = 0
    conn = sqlite_connection(session)
    for row in list(rows):
        op = op_from_row(row, conn)
        if apply(session, op):
            row.applied = True
            count += 1
    session.flush()
    return count


def op_from_row(row: Operation, conn: sqlite3.Connection | None = None) -> Op:
    """A stored operation as handlers read it (with `conn`: its present blocks merged back)."""
    payload = (
        row.payload
        if conn is None
        else signed_store.full_payload(conn, row.type, row.payload, row.digest)
    )
    return Op.from_json(
        {
            "op_id": row.op_id,
            "desk_id": row.desk_id,
            "desk_seq": row.desk_seq,
            "hlc": row.hlc,
            "type": row.type,
            "payload": payload,
        }
    )
