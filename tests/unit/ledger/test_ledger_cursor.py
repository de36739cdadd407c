"""The ledger's cursor after a caller's own read (the door's admissions) and `ingest`'s choice of
the operations it does not hold yet, signed (by digest) or not (by op id), in any order."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import text

from mornings_desktop.ledger import fold, hlc, ledger, signed_store, signing
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database
from mornings_desktop.trust import keys

SIGNER = signing.Signer(org_id="org", desk_id="desk-d", inc="inc-1", key=keys.new_key())


@pytest.mark.parametrize(
    ("last", "seq", "prev"),
    [
        (None, 1, ""),  # the desk's first operation in this incarnation
        ((5, None), 6, signing.NO_PREV_DIGEST),  # the last one was kept unsigned
        ((5, "abc"), 6, "abc"),
    ],
)
def test_a_cursor_after_the_desks_last_operation(
    last: tuple[int, str | None] | None, seq: int, prev: str
) -> None:
    with closing(sqlite3.connect(":memory:")) as conn:
        cursor = ledger.DeskCursor.after(conn, SIGNER, "0000000000005-0000", "Amina", last)
        assert (cursor.next_seq, cursor.prev, cursor.operator) == (seq, prev, "Amina")
        assert cursor.defer_clock is True  # the caller writes the clock once, before COMMIT
        assert cursor.last_hlc == "0000000000005-0000"
        assert cursor.conn is conn and cursor.signer is SIGNER


def _morning(op_id: str, seq: int, title: str) -> Op:
    reading = hlc.encode(1_000 + seq, 0)
    return Op(
        op_id, "desk-r", seq, reading, "morning.created", {"id": op_id, "fields": {"title": title}}
    )


def _signed(db: Database, op: Op) -> Op:
    with db.engine.connect() as c:
        conn = c.connection.dbapi_connection
        assert isinstance(conn, sqlite3.Connection)
        envelope = signed_store.sign_local(
            conn,
            keys.new_key(),
            op,
            org_id="org",
            inc="inc-r",
            prev=signing.NO_PREV_DIGEST,
            operator="x",
        )
    return dataclasses.replace(op, envelope=envelope)


def _held(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(text("SELECT op_id FROM operations ORDER BY op_id")).scalars())


def test_an_operation_held_already_does_not_stop_the_ones_after_it(db: Database) -> None:
    first, second, third = (_morning(f"op-{n}", n, f"M{n}") for n in (1, 2, 3))
    with db.write() as s:
        assert ledger.ingest(s, [first]) == [first]
    with db.write() as s:
        assert [o.op_id for o in ledger.ingest(s, [first, second, first, third])] == [
            "op-2",
            "op-3",
        ]
    assert _held(db) == ["op-1", "op-2", "op-3"]


def test_a_signed_operation_held_already_does_not_stop_the_ones_after_it(db: Database) -> None:
    first, second, third = (_signed(db, _morning(f"op-{n}", n, f"M{n}")) for n in (1, 2, 3))
    with db.write() as s:
        assert [o.op_id for o in ledger.ingest(s, [first])] == ["op-1"]
    with db.write() as s:
        fresh = ledger.ingest(s, [first, second, second, third])
    assert [o.op_id for o in fresh] == ["op-2", "op-3"]
    assert _held(db) == ["op-1", "op-2", "op-3"]


def test_a_stored_operation_read_back_with_its_personal_block_or_without(db: Database) -> None:
    from mornings_desktop.store.schema import Operation

    fields = {"first_name": "Amina", "last_name": "Alaoui", "email": "a@example.ma"}
    op = Op(
        "op-p", "desk-r", 1, hlc.encode(1_001, 0), "person.created", {"id": "p1", "fields": fields}
    )
    signed = _signed(db, op)
    with db.write() as s:
        ledger.ingest(s, [signed])
    with db.write() as s:
        row = s.get(Operation, "op-p")
        assert row is not None
        conn = fold.sqlite_connection(s)
        assert ledger.op_from_row(row, conn).payload == op.payload  # the block merged back
        public = ledger.op_from_row(row).payload
        assert public["id"] == "p1" and "a@example.ma" not in str(public)


@pytest.mark.parametrize(("role", "refused"), [("door", True), ("organiser", False), (None, False)])
def test_append_refuses_what_the_signers_role_may_not_record(
    db: Database, role: str | None, refused: bool
) -> None:
    """A door desk may not create a Morning (every other desk would refuse it); an organiser may,
    and so may a joined desk whose certificate has not come yet (its role then is None)."""
    from mornings_desktop.errors import ValidationError

    signer = dataclasses.replace(SIGNER, role=role)
    payload = {"id": "m1", "fields": {"title": "Matinale"}}
    with db.engine.connect() as c:
        conn = c.connection.dbapi_connection
        assert isinstance(conn, sqlite3.Connection)
        cursor = ledger.DeskCursor.after(conn, signer, None, "Amina", None)
        if refused:
            with pytest.raises(ValidationError, match="This is a door desk"):
                ledger.append(conn, cursor, "desk-d", "morning.created", payload)
        else:
            op = ledger.append(conn, cursor, "desk-d", "morning.created", payload)
            assert (op.desk_seq, op.type) == (1, "morning.created")
