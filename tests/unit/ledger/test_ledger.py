"""The ledger on fixed examples: numbering and clock of local operations, and `ingest` of remote
ones (known op ids skipped, unknown types kept, runs of check-ins, the clock moved past them)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from mornings_desktop.ledger import fold, hlc, ledger
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store import meta
from mornings_desktop.store.database import Database

# A minute ahead of this machine's clock: the clock follows it (a stamp more than 5 minutes ahead
# would not drag it, see test_validate.py).
REMOTE = hlc.encode(hlc.wall_ms_now() + 60_000, 7)


def _ops(db: Database) -> list[tuple[object, ...]]:
    with db.read() as s:
        return [
            tuple(r)
            for r in s.execute(
                text(
                    "SELECT op_id, desk_id, desk_seq, type, applied, pushed FROM operations"
                    " ORDER BY desk_id, desk_seq"
                )
            )
        ]


def _clock(db: Database) -> str | None:
    with db.read() as s:
        return meta.get(s, meta.HLC)


def _morning(op_id: str, desk: str, seq: int, reading: str, title: str = "M") -> Op:
    return Op(
        op_id, desk, seq, reading, "morning.created", {"id": "m1", "fields": {"title": title}}
    )


def _checkin(op_id: str, seq: int, checkin_id: str, reg: str = "r1") -> Op:
    payload = {
        "id": checkin_id,
        "registration_id": reg,
        "morning_id": "m1",
        "at": f"2026-12-10T08:{seq:02d}:00Z",
        "method": "camera",
    }
    return Op(op_id, "desk-r", seq, hlc.encode(1_000 + seq, 0), "checkin.created", payload)


def test_record_numbers_and_stamps_local_operations(db: Database) -> None:
    with db.write() as s:
        first = ledger.record(s, "desk-a", "morning.created", {"id": "m1", "fields": {}})
        second = ledger.record(s, "desk-a", "morning.updated", {"id": "m1", "fields": {}})
        other = ledger.record(s, "desk-b", "morning.updated", {"id": "m1", "fields": {}})
        assert ledger.next_seq(s, "desk-a") == 3
        assert ledger.next_seq(s, "desk-z") == 1
    assert (first.desk_seq, second.desk_seq, other.desk_seq) == (1, 2, 1)
    assert first.hlc < second.hlc < other.hlc
    assert _clock(db) == other.hlc  # written with each record
    assert [r[2:] for r in _ops(db)] == [
        (1, "morning.created", 1, 0),
        (2, "morning.updated", 1, 0),
        (1, "morning.updated", 1, 0),
    ]


def test_a_deferred_cursor_writes_the_clock_once_on_save(db: Database) -> None:
    with db.write() as s:
        cursor = ledger.DeskCursor.load(s, "desk-a", defer_clock=True)
        assert (cursor.last_hlc, cursor.next_seq) == (None, 1)
        cursor.save(s)  # nothing recorded: nothing written
        assert meta.get(s, meta.HLC) is None
        a = ledger.record(s, "desk-a", "morning.created", {"id": "m1", "fields": {}}, cursor)
        b = ledger.record(s, "desk-a", "morning.updated", {"id": "m1", "fields": {}}, cursor)
        assert meta.get(s, meta.HLC) is None
        assert (cursor.last_hlc, cursor.next_seq) == (b.hlc, 3)
        cursor.save(s)
        assert meta.get(s, meta.HLC) == b.hlc
    assert (a.desk_seq, b.desk_seq) == (1, 2)
    with db.write() as s:
        again = ledger.DeskCursor.load(s, "desk-a")
        assert (again.last_hlc, again.next_seq) == (b.hlc, 3)


def test_a_local_operation_of_an_unknown_type_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="no handler"), db.write() as s:
        ledger.record(s, "desk-a", "badge.from_the_future", {})
    assert _ops(db) == []


def test_ingest_skips_known_op_ids_and_moves_the_clock(db: Database) -> None:
    remote = _morning("op-1", "desk-r", 1, REMOTE, "Remote")
    with db.write() as s:
        assert ledger.ingest(s, []) == []
        assert ledger.ingest(s, [remote, remote]) == [remote]
        assert ledger.ingest(s, [remote]) == []
    assert _ops(db) == [("op-1", "desk-r", 1, "morning.created", 1, 1)]
    assert _clock(db) == REMOTE
    with db.write() as s:
        local = ledger.record(s, "desk-a", "morning.updated", {"id": "m1", "fields": {}})
        older = _morning("op-0", "desk-q", 1, hlc.encode(1, 0))
        assert ledger.ingest(s, [older], pushed=False) == [older]
    assert local.hlc > REMOTE  # a later local edit orders after what it has seen
    assert _clock(db) == local.hlc  # an older remote reading does not move the clock back
    assert ("op-0", "desk-q", 1, "morning.created", 1, 0) in _ops(db)


def test_ingest_keeps_unknown_types_and_applies_them_after_an_upgrade(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    future = [
        Op("op-f1", "desk-r", 1, hlc.encode(5, 0), "x.future", {"n": 1}),
        Op("op-f2", "desk-r", 2, hlc.encode(6, 0), "x.future", {"n": 2}),
        Op("op-f3", "desk-r", 3, hlc.encode(4, 0), "x.future", {"n": 3}),
    ]
    with db.write() as s:
        assert ledger.ingest(s, future) == future
        assert ledger.reapply_pending(s) == 0
    assert [r[4] for r in _ops(db)] == [0, 0, 0]
    seen: list[int] = []
    fold.load_handlers()
    monkeypatch.setitem(fold._HANDLERS, "x.future", lambda _s, op: seen.append(op.payload["n"]))
    with db.write() as s:
        assert ledger.reapply_pending(s) == 3
        assert ledger.reapply_pending(s) == 0
    assert seen == [3, 1, 2]  # in clock order
    assert [r[4] for r in _ops(db)] == [1, 1, 1]


def test_a_run_of_checkins_is_folded_like_one_at_a_time(db: Database) -> None:
    reg = Op(
        "op-r",
        "desk-r",
        99,
        hlc.encode(1, 0),
        "registration.created",
        {"id": "r1", "fields": {"morning_id": "m1"}},
    )
    run = [_checkin(f"op-c{i}", i, f"c{i}") for i in (3, 1, 2)]
    unknown = Op("op-x", "desk-r", 50, hlc.encode(2, 0), "x.future", {})
    with db.write() as s:
        assert ledger.ingest(s, [reg, *run, unknown, _checkin("op-c9", 9, "c9", "r2")]) == [
            reg,
            *run,
            unknown,
            _checkin("op-c9", 9, "c9", "r2"),
        ]
    with db.read() as s:
        presence = s.execute(
            text("SELECT checked_in_at, checkin_method, checkin_count FROM registrations")
        ).all()
        checkins = s.execute(text("SELECT id, desk_id, op_id FROM checkins ORDER BY id")).all()
    assert [tuple(p) for p in presence] == [("2026-12-10T08:01:00Z", "camera", 3)]
    assert [tuple(c) for c in checkins] == [
        ("c1", "desk-r", "op-c1"),
        ("c2", "desk-r", "op-c2"),
        ("c3", "desk-r", "op-c3"),
        ("c9", "desk-r", "op-c9"),
    ]
    assert [r[4] for r in _ops(db)] == [1, 1, 1, 1, 0, 1]


def test_known_op_ids_are_found_across_chunks(db: Database) -> None:
    ops = [_morning(f"op-{i:04d}", "desk-r", i + 1, hlc.encode(10 + i, 0)) for i in range(1203)]
    with db.write() as s:
        assert len(ledger.ingest(s, ops[:1100])) == 1100
        fresh = ledger.ingest(s, list(reversed(ops)))
    assert [op.op_id for op in fresh] == [op.op_id for op in reversed(ops[1100:])]


def test_op_from_row_gives_the_operation_back(db: Database) -> None:
    from mornings_desktop.store.schema import Operation

    op = _morning("op-1", "desk-r", 4, REMOTE, "Titre é")
    with db.write() as s:
        ledger.ingest(s, [op])
        row = s.get(Operation, "op-1")
        assert row is not None and ledger.op_from_row(row) == op
