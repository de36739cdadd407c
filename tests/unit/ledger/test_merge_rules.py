"""The domain rules of `apply` (DESIGN.md §3), one small fixed example each, in several orders.

Each test fails when its rule is broken: the property tests (`test_fold_properties.py`) prove that
any order gives the *same* tables, and these prove that the tables are the *right* ones — e.g.
keeping the latest revert instead of the earliest is order-independent too, and only an example
with the expected row catches it.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable

import pytest
from sqlalchemy import text

from mornings_desktop.ledger import fold, hlc, ledger
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database
from tests.unit.ledger.test_fold_properties import dump

BASE_MS = 1_800_000_000_000
_SEQ = itertools.count(1)

Fold = Callable[..., Database]  # the `fold_ops` fixture (conftest.py)


def op(op_id: str, desk: str, t: int, kind: str, payload: dict[str, object]) -> Op:
    """An operation of `desk` stamped `t` seconds after a fixed instant (counter 0)."""
    return Op(op_id, desk, next(_SEQ), hlc.encode(BASE_MS + t * 1000, 0), kind, payload)


def at(clock: str) -> str:
    return f"2026-12-10T{clock}:00.000000Z"


def registration(reg_id: str = "r1", t: int = 0, desk: str = "desk-a") -> Op:
    fields = {"morning_id": "m1", "category": "guest", "registered_at": at("07:00")}
    return op(f"op-{reg_id}", desk, t, "registration.created", {"id": reg_id, "fields": fields})


def checkin(
    op_id: str, checkin_id: str, desk: str, clock: str, method: str = "scanner", reg: str = "r1"
) -> Op:
    payload = {
        "id": checkin_id,
        "registration_id": reg,
        "morning_id": "m1",
        "at": at(clock),
        "method": method,
    }
    return op(op_id, desk, 10, "checkin.created", payload)


def revert(op_id: str, checkin_id: str, desk: str, clock: str, reason: str, reg: str = "r1") -> Op:
    payload = {"checkin_id": checkin_id, "registration_id": reg, "reason": reason, "at": at(clock)}
    return op(op_id, desk, 20, "checkin.reverted", payload)


def person(op_id: str, desk: str, t: int, kind: str, **fields: object) -> Op:
    return op(op_id, desk, t, kind, {"id": "p1", "fields": fields})


def rows(db: Database, sql: str, **params: object) -> list[tuple[object, ...]]:
    with db.read() as session:
        return [tuple(r) for r in session.execute(text(sql), params).all()]


def presence(db: Database, reg_id: str = "r1") -> tuple[object, ...]:
    found = rows(
        db,
        "SELECT checked_in_at, checkin_desk_id, checkin_method, checkin_count"
        " FROM registrations WHERE id = :id",
        id=reg_id,
    )
    assert len(found) == 1, f"registration {reg_id} missing"
    return found[0]


def reverts(db: Database) -> list[tuple[object, ...]]:
    return rows(db, "SELECT checkin_id, reason, at, desk_id, op_id FROM checkin_reverts ORDER BY 1")


def person_row(db: Database) -> dict[str, object]:
    with db.read() as session:
        found = session.execute(text("SELECT * FROM people WHERE id = 'p1'")).mappings().one()
        return dict(found)


def orders(ops: list[Op]) -> list[list[Op]]:
    return [list(p) for p in itertools.permutations(ops)]


# -- check-ins: the earliest admission sets the arrival ----------------------------------------


LATE = checkin("op-c-late", "c-late", "desk-a", "08:20", method="scanner")
EARLY = checkin("op-c-early", "c-early", "desk-b", "08:10", method="camera")


@pytest.mark.parametrize("batched", [False, True], ids=["one-by-one", "one-batch"])
@pytest.mark.parametrize(
    "ops",
    [
        [registration(), LATE, EARLY],
        [registration(), EARLY, LATE],
        [LATE, EARLY, registration()],  # admissions pulled before the registration itself
        [EARLY, registration(), LATE],
    ],
    ids=["late-first", "early-first", "registration-last", "registration-between"],
)
def test_earliest_admission_sets_the_arrival(fold_ops: Fold, ops: list[Op], batched: bool) -> None:
    db = fold_ops(ops, batched=batched)
    # Both admissions are kept (a duplicate to review), the arrival is the earliest one's.
    assert presence(db) == (at("08:10"), "desk-b", "camera", 2)
    assert len(rows(db, "SELECT id FROM checkins ORDER BY id")) == 2


@pytest.mark.parametrize("first", ["desk-a", "desk-b"])
def test_admissions_at_the_same_instant_are_ordered_by_desk_id(fold_ops: Fold, first: str) -> None:
    # Check-in ids sort the other way round, so only the desk id decides.
    by_a = checkin("op-1", "c-2", "desk-a", "08:10", method="typed")
    by_b = checkin("op-2", "c-1", "desk-b", "08:10", method="camera")
    ops = [registration(), by_a, by_b] if first == "desk-a" else [registration(), by_b, by_a]
    assert presence(fold_ops(ops)) == (at("08:10"), "desk-a", "typed", 2)


def test_a_repeated_admission_is_one_fact(fold_ops: Fold) -> None:
    # The same check-in id arriving in two operations (a resent pull re-signed) counts once.
    again = Op("op-again", "desk-a", next(_SEQ), LATE.hlc, LATE.type, dict(LATE.payload))
    db = fold_ops([registration(), LATE, again, LATE])
    assert presence(db) == (at("08:20"), "desk-a", "scanner", 1)


# -- a revert wins -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ops",
    orders([registration(), checkin("op-c1", "c1", "desk-a", "08:10"), revert("op-v1", "c1", "desk-b", "09:00", "x")]),
    ids=lambda ops: ">".join(o.type.split(".")[-1] for o in ops),
)  # fmt: skip
def test_a_revert_wins_whatever_order_the_ops_arrive(fold_ops: Fold, ops: list[Op]) -> None:
    db = fold_ops(ops)
    assert presence(db) == (None, None, None, 0)
    # The admission itself is kept (grow-only): it is only no longer counted.
    assert rows(db, "SELECT id FROM checkins ORDER BY id") == [("c1",)]
    assert reverts(db) == [("c1", "x", at("09:00"), "desk-b", "op-v1")]


READMISSION = [
    registration(),
    checkin("op-c1", "c1", "desk-a", "08:10", method="scanner"),
    revert("op-v1", "c1", "desk-a", "08:30", "wrong person"),
    checkin("op-c2", "c2", "desk-b", "08:40", method="search"),
]


@pytest.mark.parametrize("batched", [False, True], ids=["one-by-one", "one-batch"])
@pytest.mark.parametrize(
    "order", [(0, 1, 2, 3), (3, 2, 1, 0), (2, 3, 0, 1), (1, 3, 0, 2), (2, 0, 3, 1)]
)
def test_a_readmission_after_a_revert_counts(
    fold_ops: Fold, order: tuple[int, ...], batched: bool
) -> None:
    db = fold_ops([READMISSION[i] for i in order], batched=batched)
    assert presence(db) == (at("08:40"), "desk-b", "search", 1)


def test_reverting_the_earliest_admission_moves_the_arrival_to_the_next(fold_ops: Fold) -> None:
    db = fold_ops(
        [registration(), LATE, EARLY, revert("op-v", "c-early", "desk-a", "09:00", "mistake")]
    )
    assert presence(db) == (at("08:20"), "desk-a", "scanner", 1)


@pytest.mark.parametrize("revert_first", [False, True])
def test_a_revert_refreshes_the_registration_of_the_admission_not_of_its_payload(
    fold_ops: Fold, revert_first: bool
) -> None:
    # The revert's copy of the registration id is wrong (an older version, a hand-made bundle):
    # the admission's own registration is the one that stops counting.
    admitted = checkin("op-c1", "c1", "desk-a", "08:10")
    undo = revert("op-v1", "c1", "desk-b", "09:00", "x", reg="r2")
    ops = [registration("r1"), registration("r2", desk="desk-b")]
    ops += [undo, admitted] if revert_first else [admitted, undo]
    db = fold_ops(ops)
    assert presence(db, "r1") == (None, None, None, 0)
    assert presence(db, "r2") == (None, None, None, 0)


# -- two reverts of one admission: the earliest is kept -----------------------------------------


@pytest.mark.parametrize("late_first", [True, False])
def test_two_reverts_keep_the_earliest_not_the_latest(fold_ops: Fold, late_first: bool) -> None:
    late = revert("op-v-late", "c1", "desk-a", "09:30", "late undo")
    early = revert("op-v-early", "c1", "desk-b", "09:10", "early undo")
    ops = [registration(), checkin("op-c1", "c1", "desk-a", "08:10")]
    ops += [late, early] if late_first else [early, late]
    db = fold_ops(ops)
    assert reverts(db) == [("c1", "early undo", at("09:10"), "desk-b", "op-v-early")]
    assert presence(db) == (None, None, None, 0)


@pytest.mark.parametrize("smaller_first", [True, False])
def test_two_reverts_at_the_same_instant_keep_the_smallest_op_id(
    fold_ops: Fold, smaller_first: bool
) -> None:
    small = revert("op-v-a", "c1", "desk-b", "09:10", "by a")
    large = revert("op-v-b", "c1", "desk-a", "09:10", "by b")
    ops = [registration(), checkin("op-c1", "c1", "desk-a", "08:10")]
    ops += [small, large] if smaller_first else [large, small]
    assert reverts(fold_ops(ops)) == [("c1", "by a", at("09:10"), "desk-b", "op-v-a")]


# -- a confirmed duplicate stays confirmed ------------------------------------------------------


def confirmation(op_id: str, desk: str, *checkin_ids: str) -> Op:
    payload = {"registration_id": "r1", "checkin_ids": list(checkin_ids)}
    return op(op_id, desk, 30, "checkin.duplicate_confirmed", payload)


def confirmations(db: Database) -> list[tuple[object, ...]]:
    return rows(
        db,
        "SELECT checkin_id, registration_id, desk_id, op_id FROM checkin_duplicate_confirmations"
        " ORDER BY checkin_id",
    )


@pytest.mark.parametrize("smaller_first", [True, False])
def test_two_confirmations_of_a_duplicate_keep_the_smallest_op_id(
    fold_ops: Fold, smaller_first: bool
) -> None:
    small = confirmation("op-k-1", "desk-b", "c-late", "c-early")
    large = confirmation("op-k-2", "desk-a", "c-early", "c-late", "c-early")
    ops = [registration(), LATE, EARLY, *([small, large] if smaller_first else [large, small])]
    assert confirmations(fold_ops(ops)) == [
        ("c-early", "r1", "desk-b", "op-k-1"),
        ("c-late", "r1", "desk-b", "op-k-1"),
    ]


@pytest.mark.parametrize("partial_first", [True, False])
def test_a_confirmation_of_fewer_scans_unconfirms_nothing(
    fold_ops: Fold, partial_first: bool
) -> None:
    both = confirmation("op-k-2", "desk-a", "c-late", "c-early")
    partial = confirmation("op-k-1", "desk-b", "c-late")
    ops = [registration(), LATE, EARLY, *([partial, both] if partial_first else [both, partial])]
    assert confirmations(fold_ops(ops)) == [
        ("c-early", "r1", "desk-a", "op-k-2"),
        ("c-late", "r1", "desk-b", "op-k-1"),
    ]


def test_a_confirmation_needs_a_list_of_checkin_ids(fold_ops: Fold) -> None:
    bad = op("op-k", "desk-a", 30, "checkin.duplicate_confirmed", {"registration_id": "r1"})
    bad_list = Op(
        "op-k2", "desk-a", next(_SEQ), bad.hlc, bad.type, {**bad.payload, "checkin_ids": "c1"}
    )
    assert confirmations(fold_ops([bad])) == []  # no ids: nothing confirmed
    with pytest.raises(ValueError, match="must be a list"):
        fold_ops([bad_list])


# -- per-field last writer wins, by (hlc, desk_id) ----------------------------------------------


@pytest.mark.parametrize(
    "ops",
    orders(
        [
            person("op-p1", "desk-a", 1, "person.created", first_name="Rachid", last_name="Alami"),
            person("op-p3", "desk-b", 3, "person.updated", first_name="Rachida"),
            person("op-p2", "desk-c", 2, "person.updated", first_name="X", last_name="Bennani"),
        ]
    ),
    ids=lambda ops: ">".join(o.op_id[-2:] for o in ops),
)
def test_each_field_keeps_its_last_writer_by_hlc(fold_ops: Fold, ops: list[Op]) -> None:
    row = person_row(fold_ops(ops))
    assert (row["first_name"], row["last_name"]) == ("Rachida", "Bennani")
    stamps = json.loads(str(row["stamps"]))
    assert stamps["first_name"] == hlc.stamp(hlc.encode(BASE_MS + 3000, 0), "desk-b")
    assert stamps["last_name"] == hlc.stamp(hlc.encode(BASE_MS + 2000, 0), "desk-c")


@pytest.mark.parametrize("b_first", [True, False])
def test_an_hlc_tie_goes_to_the_greater_desk_id(fold_ops: Fold, b_first: bool) -> None:
    by_a = person("op-a", "desk-a", 5, "person.updated", organisation="A corp", job_title="CEO")
    by_b = person("op-b", "desk-b", 5, "person.updated", organisation="B corp")
    row = person_row(fold_ops([by_b, by_a] if b_first else [by_a, by_b]))
    assert (row["organisation"], row["job_title"]) == ("B corp", "CEO")


def test_an_edit_that_arrives_before_the_creation_is_kept(fold_ops: Fold) -> None:
    edit = person("op-e", "desk-b", 9, "person.updated", phone="0661123456")
    create = person("op-c", "desk-a", 1, "person.created", first_name="Nadia", phone="0522000000")
    row = person_row(fold_ops([edit, create]))
    assert (row["first_name"], row["phone"]) == ("Nadia", "0661123456")
    assert row["phone_key"] is not None and row["phone_key"].endswith("661123456")


@pytest.mark.parametrize("cancel_first", [True, False])
@pytest.mark.parametrize(("cancel_t", "expected"), [(8, "cancelled"), (6, "registered")])
def test_cancel_and_reinstate_are_ordered_by_stamp(
    fold_ops: Fold, cancel_first: bool, cancel_t: int, expected: str
) -> None:
    cancel = op("op-x", "desk-a", cancel_t, "registration.cancelled", {"id": "r1"})
    reinstate = op("op-y", "desk-b", 7, "registration.reinstated", {"id": "r1"})
    ops = [registration(), *([cancel, reinstate] if cancel_first else [reinstate, cancel])]
    assert rows(fold_ops(ops), "SELECT status FROM registrations") == [(expected,)]


def test_fields_a_version_does_not_know_are_ignored(fold_ops: Fold) -> None:
    future = person("op-f", "desk-a", 1, "person.created", first_name="Amal", shoe_size=42)
    assert person_row(fold_ops([future]))["first_name"] == "Amal"


# -- erasure: the tombstone beats any later edit ------------------------------------------------

ERASURE = [
    person("op-e1", "desk-a", 1, "person.created", first_name="Youssef", email="y@x.ma"),
    op("op-e2", "desk-b", 2, "person.erased", {"id": "p1"}),
    person("op-e3", "desk-c", 3, "person.updated", first_name="Youssef", phone="0661123456"),
]


@pytest.mark.parametrize(
    "ops", orders(ERASURE), ids=lambda ops: ">".join(o.op_id[-2:] for o in ops)
)
def test_erasure_beats_later_edits_in_any_order(fold_ops: Fold, ops: list[Op]) -> None:
    db = fold_ops(ops)
    row = person_row(db)
    personal = ("first_name", "last_name", "organisation", "job_title", "email", "phone")
    assert {k: row[k] for k in personal} == dict.fromkeys(personal)
    assert (row["erased"], row["email_key"], row["phone_key"]) == (1, None, None)
    assert all(v == fold.TOMBSTONE for v in json.loads(str(row["stamps"])).values())
    # The personal values leave the log too; the operations keep their shape.
    for (payload,) in rows(db, "SELECT payload FROM operations WHERE type LIKE 'person.%'"):
        assert "Youssef" not in str(payload) and "0661123456" not in str(payload)
    logged = rows(db, "SELECT payload FROM operations WHERE op_id = 'op-e3'")
    assert json.loads(str(logged[0][0]))["fields"] == {"first_name": None, "phone": None}


# -- idempotence and order independence on one fixed set ----------------------------------------

MIXED = [
    registration("r1"),
    registration("r2", t=1, desk="desk-b"),
    *ERASURE,
    LATE,
    EARLY,
    checkin("op-c3", "c3", "desk-c", "08:15", reg="r2"),
    revert("op-v-late", "c-early", "desk-a", "09:30", "late"),
    revert("op-v-early", "c-early", "desk-b", "09:10", "early"),
    confirmation("op-k", "desk-c", "c-late", "c-early"),
    op("op-cancel", "desk-c", 40, "registration.cancelled", {"id": "r2"}),
    op("op-x", "desk-c", 41, "badge.from_the_future", {"n": 1}),
]


def test_applying_every_operation_again_changes_nothing(fold_ops: Fold) -> None:
    once = fold_ops(MIXED)
    twice = fold_ops(MIXED)
    with twice.write() as session:
        for o in MIXED:
            fold.apply(session, o)  # the handlers themselves, past the ledger's op_id check
    with twice.write() as session:
        assert ledger.ingest(session, list(reversed(MIXED))) == []
    assert dump(twice) == dump(once)


@pytest.mark.parametrize("batched", [False, True], ids=["one-by-one", "one-batch"])
@pytest.mark.parametrize("arrangement", ["reversed", "by-type", "interleaved"])
def test_a_fixed_set_folds_the_same_in_other_orders(
    fold_ops: Fold, arrangement: str, batched: bool
) -> None:
    reference = dump(fold_ops(MIXED))
    if arrangement == "reversed":
        other = list(reversed(MIXED))
    elif arrangement == "by-type":
        other = sorted(MIXED, key=lambda o: (o.type, o.op_id))
    else:
        other = MIXED[1::2] + MIXED[::2]
    assert dump(fold_ops(other, batched=batched)) == reference
    # And the reference is the right one, not just a stable one.
    db = fold_ops(other, batched=batched)
    assert presence(db, "r1") == (at("08:20"), "desk-a", "scanner", 1)
    assert presence(db, "r2")[3] == 1
    assert reverts(db) == [("c-early", "early", at("09:10"), "desk-b", "op-v-early")]
