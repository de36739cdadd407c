"""People folded on fixed examples: a group of two (the batch handler's own path), an erased
person's keys, and an edit arriving after the erasure that leaves no trace in the log."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from mornings_desktop.ledger import hlc
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database
from tests.unit.ledger.test_fold_properties import dump

MakeDb = Callable[..., Database]


def _op(n: int, op_type: str, payload: dict[str, Any]) -> Op:
    return Op(f"op-{n:03d}", "desk-a", n, hlc.encode(1_700_000_000_000 + n, 0), op_type, payload)


def _people(db: Database) -> dict[str, tuple[Any, ...]]:
    with db.read() as s:
        rows = s.execute(text("SELECT id, first_name, last_name, name_key, erased FROM people"))
        return {str(r[0]): tuple(r[1:]) for r in rows}


def _two_people() -> list[Op]:
    return [
        _op(1, "person.created", {"id": "p1", "fields": {"first_name": "Amina", "last_name": "Alaoui"}}),
        _op(2, "person.created", {"id": "p2", "fields": {"first_name": "Omar", "last_name": "Bennani"}}),
    ]  # fmt: skip


def test_a_group_of_two_people_folds_both(fold_ops: MakeDb) -> None:
    ops = _two_people()
    grouped, single = fold_ops(ops, batched=True), fold_ops(ops)
    assert set(_people(grouped)) == {"p1", "p2"}
    assert dump(grouped) == dump(single)
    assert _people(grouped)["p1"][2]  # a name key to find them by


def test_an_erased_person_has_no_name_key_and_a_late_edit_leaves_no_trace(fold_ops: MakeDb) -> None:
    ops = [
        *_two_people(),
        _op(3, "person.erased", {"id": "p1"}),
        _op(
            4,
            "person.updated",
            {"id": "p1", "fields": {"first_name": "Amina", "email": "a@example.ma"}},
        ),
    ]
    db = fold_ops(ops)
    people = _people(db)
    assert people["p1"] == (None, None, None, True)
    assert people["p2"][2] is not None and not people["p2"][3]
    with db.read() as s:
        logged = [
            json.loads(t)
            for (t,) in s.execute(text("SELECT payload FROM operations WHERE type LIKE 'person.%'"))
        ]
    assert "Amina" not in json.dumps(logged) and "a@example.ma" not in json.dumps(logged)
    assert "Omar" in json.dumps(logged)
