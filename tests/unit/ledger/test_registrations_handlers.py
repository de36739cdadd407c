"""Registrations and people folded on fixed examples: flags as stored, arrivals set when the
registration comes after its check-ins, a group of two people, an erased person's keys and an edit
arriving after the erasure, and the door's own claim of a first arrival."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from mornings_desktop.ledger import fold, hlc, ledger
from mornings_desktop.ledger.handlers import registrations as regs
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database
from tests.unit.ledger.test_fold_properties import dump

MakeDb = Callable[..., Database]


def _op(n: int, op_type: str, payload: dict[str, Any]) -> Op:
    return Op(f"op-{n:03d}", "desk-a", n, hlc.encode(1_700_000_000_000 + n, 0), op_type, payload)


@pytest.mark.parametrize(
    ("flags", "stored"),
    [
        (["vip", "diet", "vip", 5, "Bad Key!", None], "diet vip"),
        ("vip", None),  # not a list: none
        ([], None),
        ([f"f{n:02d}" for n in range(20)], " ".join(f"f{n:02d}" for n in range(16))),
    ],
)
def test_flags_are_stored_as_sorted_known_keys_sixteen_at_most(
    flags: object, stored: object
) -> None:
    assert regs.stored_fields({"note": "x", "flags": flags}) == {"note": "x", "flags": stored}
    assert regs.stored_fields({"note": "x"}) == {"note": "x"}


def _checkin(n: int, reg: str) -> Op:
    payload = {
        "id": f"c{n}",
        "registration_id": reg,
        "morning_id": "m1",
        "at": f"2026-12-10T08:{n:02d}:00Z",
        "method": "camera",
    }
    return _op(n, "checkin.created", payload)


def _registration(n: int, reg: str) -> Op:
    return _op(
        n, "registration.created", {"id": reg, "fields": {"morning_id": "m1", "category": "guest"}}
    )


def test_registrations_coming_after_their_check_ins_get_their_arrivals(fold_ops: MakeDb) -> None:
    checkins = [_checkin(1, "r1"), _checkin(2, "r2"), _checkin(3, "r1")]
    registrations = [_registration(4, "r1"), _registration(5, "r2"), _registration(6, "r3")]
    single = fold_ops(checkins + registrations)
    db = fold_ops([], batched=True)
    for batch in (checkins, registrations):  # two pulls: the registrations in one group
        with db.write() as s:
            ledger.ingest(s, batch)
    assert dump(db) == dump(single)
    with db.read() as s:
        rows = dict(
            (str(r[0]), (r[1], r[2], r[3]))
            for r in s.execute(
                text("SELECT id, checked_in_at, checkin_method, checkin_count FROM registrations")
            )
        )
    assert rows == {
        "r1": ("2026-12-10T08:01:00Z", "camera", 2),
        "r2": ("2026-12-10T08:02:00Z", "camera", 1),
        "r3": (None, None, 0),
    }


def test_the_doors_claim_of_a_first_arrival_is_kept_in_nfc(fold_ops: MakeDb) -> None:
    db = fold_ops([_registration(1, "r1")])
    decomposed = "came\u0301ra"
    with db.write() as s:
        conn = fold.sqlite_connection(s)
        payload = {
            "id": "c1",
            "registration_id": "r1",
            "at": "2026-12-10T08:00:00Z",
            "method": decomposed,
        }
        assert regs.claim_first_arrival(conn, "desk-d", payload)
        assert not regs.claim_first_arrival(conn, "desk-d", {**payload, "id": "c2"})
        method = conn.execute(
            "SELECT checkin_method FROM registrations WHERE id = 'r1'"
        ).fetchone()[0]
    assert method == unicodedata.normalize("NFC", decomposed) != decomposed


def test_arrivals_of_more_registrations_than_a_chunk_in_one_group(fold_ops: MakeDb) -> None:
    registrations = [_registration(n, f"r{n:04d}") for n in range(1, 1_202)]
    checkins = [_checkin(2_000 + n, f"r{n:04d}") for n in range(1, 1_202)]
    db = fold_ops(registrations + checkins, batched=True)
    with db.read() as s:
        counts = s.execute(
            text("SELECT checkin_count, count(*) FROM registrations GROUP BY 1")
        ).all()
        unset = s.execute(
            text("SELECT count(*) FROM registrations WHERE checked_in_at IS NULL")
        ).scalar()
    assert [tuple(c) for c in counts] == [(1, 1_201)] and unset == 0


def test_a_cancelled_registration_reinstated_is_registered_again(fold_ops: MakeDb) -> None:
    """Cancelled, then reinstated: registered again; its arrival is kept throughout."""
    ops = [
        _registration(1, "r1"),
        _checkin(2, "r1"),
        _op(3, "registration.cancelled", {"id": "r1"}),
    ]
    cancelled = fold_ops(ops)
    db = fold_ops([*ops, _op(4, "registration.reinstated", {"id": "r1"})])
    sql = "SELECT status, checked_in_at, checkin_count FROM registrations"
    with cancelled.read() as s:
        assert tuple(s.execute(text(sql)).one()) == ("cancelled", "2026-12-10T08:02:00Z", 1)
    with db.read() as s:
        assert tuple(s.execute(text(sql)).one()) == ("registered", "2026-12-10T08:02:00Z", 1)
