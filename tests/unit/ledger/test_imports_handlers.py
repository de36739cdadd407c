"""`import.batch` folded: the people it brings are found by name, e-mail and phone at once (their
identity keys written with the rows, as a single creation writes them)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text

from mornings_desktop.ledger import hlc
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database
from tests.unit.ledger.test_fold_properties import dump


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
