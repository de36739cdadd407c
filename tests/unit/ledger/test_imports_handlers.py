"""`import.batch` folded: the people it brings are found by name, e-mail and phone at once (their
identity keys written with the rows, as a single creation writes them)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text

from mornings_desktop.ledger import hlc
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database
from tests.unit.ledger.test_fold_properties import dump
from tests.unit.ledger.test_merge_rules import LATE, presence


def test_imported_people_have_the_keys_of_people_created_one_by_one(
    fold_ops: Callable[..., Database],
) -> None:
    fields = {
        "first_name": "Amina",
        "last_name": "Alaoui",
        "email": "A@Example.ma",
        "phone": "06 00 00 00 01",
    }
    batch = Op(
        "op-1",
        "desk-a",
        1,
        hlc.encode(1_700_000_000_001, 0),
        "import.batch",
        {"people": [{"id": "p1", "fields": fields}]},
    )
    single = Op("op-1", "desk-a", 1, batch.hlc, "person.created", {"id": "p1", "fields": fields})
    imported, created = fold_ops([batch]), fold_ops([single])
    sql = "SELECT name_key, email_key, phone_key FROM people"
    with imported.read() as s:
        keys = s.execute(text(sql)).one()
    with created.read() as s:
        assert tuple(keys) == tuple(s.execute(text(sql)).one())
    assert all(keys)
    assert dump(imported)["people"] == dump(created)["people"]


def test_an_admission_that_arrived_before_the_batch_registering_it_counts(
    fold_ops: Callable[..., Database],
) -> None:
    """Another desk's check-in pulled before the import batch that brings its registration: the
    batch's new registration gets its arrival (the presence of what was inserted is refreshed)."""
    imported = Op(
        "op-b",
        "desk-i",
        5,
        hlc.encode(1_700_000_000_005, 0),
        "import.batch",
        {"registrations": [{"id": "r1", "fields": {"morning_id": "m1", "category": "member"}}]},
    )
    db = fold_ops([LATE, imported])
    assert presence(db) == ("2026-12-10T08:20:00.000000Z", "desk-a", "scanner", 1)
    assert presence(fold_ops([imported])) == (None, None, None, 0)
