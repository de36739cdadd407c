"""`rebuild` on a log made by hand: every operation folded again from the first, runs of one type
through their batch handler and never another type's, operations taken out in chunks, and the log's
operations marked applied."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text

from mornings_desktop.ledger import hlc, rebuild
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database
from tests.unit.ledger.test_fold_properties import dump

MakeDb = Callable[..., Database]


def _op(n: int, op_type: str, payload: dict[str, object]) -> Op:
    return Op(f"op-{n:02d}", "desk-a", n, hlc.encode(1_700_000_000_000 + n, 0), op_type, payload)


def _checkin(n: int, checkin_id: str, reg: str) -> Op:
    at = f"2026-12-10T08:{n:02d}:00Z"
    payload = {
        "id": checkin_id,
        "registration_id": reg,
        "morning_id": "m1",
        "at": at,
        "method": "scanner",
    }
    return _op(n, "checkin.created", payload)


def _log() -> list[Op]:
    """A run of two people first and a person last (the same type at both ends), runs of two
    registrations and check-ins, single operations of batch types between other types."""
    return [
        _op(1, "person.created", {"id": "p1", "fields": {"first_name": "Amina"}}),
        _op(2, "person.created", {"id": "p2", "fields": {"first_name": "Omar"}}),
        _op(3, "morning.created", {"id": "m1", "fields": {"title": "Matinale"}}),
        _op(4, "registration.created", {"id": "r1", "fields": {"morning_id": "m1", "person_id": "p1"}}),
        _op(5, "registration.created", {"id": "r2", "fields": {"morning_id": "m1", "person_id": "p2"}}),
        _checkin(6, "c1", "r1"),
        _checkin(7, "c2", "r2"),
        _op(8, "person.updated", {"id": "p1", "fields": {"last_name": "Alaoui"}}),
        _op(9, "registration.created", {"id": "r3", "fields": {"morning_id": "m1", "person_id": "p1"}}),
        _checkin(10, "c3", "r3"),
        _op(11, "person.updated", {"id": "p2", "fields": {"last_name": "Bennani"}}),
        _op(12, "person.updated", {"id": "p2", "fields": {"email": "o@example.ma"}}),
        _op(13, "morning.updated", {"id": "m1", "fields": {"venue": "Casablanca"}}),
        _op(14, "person.created", {"id": "p3", "fields": {"first_name": "Salma"}}),
    ]  # fmt: skip


def _folded_of(tables: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    return {name: rows for name, rows in tables.items() if name != "operations"}


def _folded(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """The tables the log is folded into (the log itself aside: its digests were set here)."""
    return _folded_of(dump(db))


def _rebuilt(db: Database) -> int:
    with db.write() as session:
        return rebuild.rebuild(session)


def test_folding_a_hand_made_log_again_gives_the_same_tables(fold_ops: MakeDb) -> None:
    db = fold_ops(_log())
    before = dump(db)
    assert before["mornings"] and len(before["checkins"]) == 3 and len(before["people"]) == 3
    assert _rebuilt(db) == 14
    assert dump(db) == before
    # Folded again in one batch, then rebuilt: the same tables again.
    other = fold_ops(_log(), batched=True)
    assert dump(other) == before
    assert _rebuilt(other) == 14 and dump(other) == before


def test_the_log_is_marked_applied_once_folded_again(fold_ops: MakeDb) -> None:
    db = fold_ops(_log())
    with db.write() as session:
        session.execute(text("UPDATE operations SET applied = 0"))
    _rebuilt(db)
    with db.read() as session:
        assert (
            session.execute(text("SELECT count(*) FROM operations WHERE NOT applied")).scalar() == 0
        )


def test_operations_taken_out_leave_the_tables_of_a_desk_that_never_held_them(
    fold_ops: MakeDb,
) -> None:
    log = _log()
    taken = {"op-07", "op-10", "op-12"}
    expected = dump(fold_ops([op for op in log if op.op_id not in taken]))
    db = fold_ops(log)
    with db.write() as session:
        session.execute(text("UPDATE operations SET digest = op_id"))  # unsigned: keyed here
    with db.write() as session:
        assert rebuild.remove_and_rebuild(session, sorted(taken)) == 11
    assert _folded(db) == _folded_of(expected)


def test_more_operations_than_a_chunk_are_taken_out(fold_ops: MakeDb) -> None:
    log = [_op(1, "morning.created", {"id": "m1", "fields": {"title": "M"}})]
    log += [_checkin(n, f"c{n}", f"r{n}") for n in range(2, 1_204)]
    db = fold_ops(log, batched=True)
    with db.write() as session:
        session.execute(text("UPDATE operations SET digest = op_id"))
    gone = [op.op_id for op in log[1:1_102]]  # 1,101: three chunks of at most 500
    with db.write() as session:
        assert rebuild.remove_and_rebuild(session, gone) == 1_203 - 1_101
    with db.read() as session:
        left = session.execute(text("SELECT id FROM checkins ORDER BY id")).scalars().all()
    assert sorted(left) == sorted(f"c{n}" for n in range(1_103, 1_204))
