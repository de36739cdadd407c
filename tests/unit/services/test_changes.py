"""The typed change summary: every operation type maps to kinds, and Mornings are told apart."""

from __future__ import annotations

import uuid

import pytest

from mornings_desktop.ledger import fold
from mornings_desktop.ledger.operation import JsonDict, Op
from mornings_desktop.services.changes import KINDS_BY_TYPE, Changes, Kind
from mornings_desktop.services.workspace import Workspace

M1, M2 = "morning-1", "morning-2"


def _op(op_type: str, payload: JsonDict | None = None) -> Op:
    return Op(str(uuid.uuid4()), "desk", 1, "0000000000001-0000", op_type, payload or {})


def test_every_handler_type_has_kinds() -> None:
    """Fails when an operation type is added to the ledger without saying what it changes."""
    missing = fold.known_types() - set(KINDS_BY_TYPE)
    assert not missing, f"add these to services/changes.py KINDS_BY_TYPE: {sorted(missing)}"
    assert set(KINDS_BY_TYPE) <= fold.known_types(), "a mapping for a type no handler applies"


@pytest.mark.parametrize("op_type", sorted(fold.known_types()))
def test_each_type_makes_a_non_empty_summary(op_type: str) -> None:
    changes = Changes.of([_op(op_type)])
    assert changes and changes.kinds == KINDS_BY_TYPE[op_type]


@pytest.mark.parametrize(
    ("op_type", "flag"),
    [
        ("morning.created", "mornings"),
        ("morning.updated", "mornings"),
        ("person.created", "people"),
        ("person.updated", "people"),
        ("person.merged", "people"),
        ("person.merged", "registrations"),
        ("person.unmerged", "registrations"),
        ("person.erased", "people"),
        ("registration.created", "registrations"),
        ("registration.updated", "registrations"),
        ("registration.cancelled", "registrations"),
        ("registration.reinstated", "registrations"),
        ("registration.code_reissued", "registrations"),
        ("import.batch", "people"),
        ("import.batch", "registrations"),
        ("checkin.created", "checkins"),
        ("checkin.reverted", "checkins"),
        ("checkin.duplicate_confirmed", "checkins"),
        ("session.created", "agenda"),
        ("session.updated", "agenda"),
        ("speaker.created", "agenda"),
        ("speaker.updated", "agenda"),
        ("session_speaker.created", "agenda"),
        ("session_speaker.updated", "agenda"),
        ("agenda.published", "agenda"),
        ("agenda_warning.acknowledged", "agenda"),
        ("category.created", "categories"),
        ("category.updated", "categories"),
        ("flag.created", "flags"),
        ("flag.updated", "flags"),
        ("badge.printed", "badges"),
        ("desk.announced", "desks"),
    ],
)
def test_type_sets_its_flag(op_type: str, flag: str) -> None:
    changes = Changes.of([_op(op_type)])
    assert getattr(changes, flag) is True
    others = {k.value for k in Kind} - {k.value for k in changes.kinds}
    assert not any(getattr(changes, other) for other in others)


def test_mornings_are_told_apart() -> None:
    admitted = Changes.of([_op("checkin.created", {"morning_id": M1, "registration_id": "r"})])
    assert admitted.checkins and admitted.touches(M1) and not admitted.touches(M2)
    created = Changes.of([_op("registration.created", {"id": "r", "fields": {"morning_id": M2}})])
    assert created.touches(M2) and not created.touches(M1)
    morning = Changes.of([_op("morning.updated", {"id": M1, "fields": {"title": "x"}})])
    assert morning.touches(M1) and not morning.touches(M2)
    batch = Changes.of(
        [_op("import.batch", {"registrations": [{"id": "r", "fields": {"morning_id": M1}}]})]
    )
    assert batch.touches(M1) and not batch.touches(M2)
    both = Changes.of(
        [
            _op("checkin.created", {"morning_id": M1}),
            _op("agenda.published", {"id": "v", "morning_id": M2}),
        ]
    )
    assert both.touches(M1) and both.touches(M2) and both.checkins and both.agenda


def test_a_change_of_unknown_morning_touches_every_morning() -> None:
    renamed = Changes.of([_op("checkin.created", {"morning_id": M1}), _op("person.updated")])
    assert renamed.morning_ids is None and renamed.touches(M2) and renamed.touches(None)
    cancelled = Changes.of([_op("registration.cancelled", {"id": "r"})])
    assert cancelled.touches(M1)


def test_unknown_types_change_nothing() -> None:
    changes = Changes.of([_op("future.thing", {"morning_id": M1})])
    assert not changes and not changes.touches(M1) and changes.kinds == frozenset()


def test_workspace_tells_subscribers_after_commit(ws: Workspace) -> None:
    heard: list[Changes] = []
    unsubscribe = ws.subscribe_changes(heard.append)
    morning = str(uuid.uuid4())
    with ws.transaction() as tx:
        tx.record("morning.created", {"id": morning, "fields": {"title": "M"}})
        tx.record("desk.announced", {"id": str(uuid.uuid4()), "name": "x"})
    unsubscribe()
    ws.record("desk.announced", {"id": str(uuid.uuid4()), "name": "y"})
    assert len(heard) == 1
    assert heard[0].mornings and heard[0].desks and heard[0].morning_ids is None


def test_the_registrations_named_by_check_ins_and_registration_edits() -> None:
    def op(op_type: str, payload: dict[str, object]) -> Op:
        return Op(op_id="o", desk_id="d", desk_seq=1, hlc="h", type=op_type, payload=payload)

    named = Changes.of(
        [
            op("checkin.created", {"id": "c1", "registration_id": "r1", "morning_id": "m"}),
            op("registration.updated", {"id": "r2", "fields": {"note": "VIP"}}),
            op("badge.printed", {"registration_id": "r3"}),
        ]
    )
    assert named.registration_ids == frozenset({"r1", "r2"})
    anyone = Changes.of([op("person.updated", {"id": "p1", "fields": {"last_name": "X"}})])
    assert anyone.registration_ids is None
