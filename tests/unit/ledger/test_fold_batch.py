"""`fold_batch.set_fields_many` on fixed groups: the same rows as `fold.set_fields` one change at
a time, whatever the order, with new rows of different column sets in one group."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mornings_desktop.ledger import fold
from mornings_desktop.ledger.fold_batch import Change, set_fields_many
from mornings_desktop.store.database import Database
from mornings_desktop.store.schema import Speaker, table_of

FIELDS = ("name", "organisation", "title", "deleted")


@pytest.fixture
def make_db(template: Path, tmp_path: Path) -> Iterator[Any]:
    made: list[Database] = []

    def make() -> Database:
        path = tmp_path / f"b{len(made)}.sqlite3"
        shutil.copy(template, path)
        made.append(Database(path))
        return made[-1]

    yield make
    for db in made:
        db.dispose()


def _one_at_a_time(db: Database, changes: list[Change]) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    with db.write() as s:
        for c in changes:
            row = fold.set_fields(
                s, table_of(Speaker), c.entity_id, c.fields, c.stamp, FIELDS, c.extra_on_insert
            )
            assert row is not None
            rows[c.entity_id] = row
    return rows


def _grouped(db: Database, changes: list[Change]) -> dict[str, dict[str, Any]]:
    with db.write() as s:
        return set_fields_many(s, table_of(Speaker), changes, FIELDS)


def _stored(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as s:
        conn = fold.sqlite_connection(s)
        return list(conn.execute("SELECT * FROM speakers ORDER BY id"))


CHANGES = [
    Change("s1", {"name": "A", "organisation": "Atlas"}, "t2"),  # new: two columns
    Change("s2", {"name": "B"}, "t1"),  # new: one column
    Change("s3", {"name": "C"}, "t1"),  # new: the same one column
    Change("s4", {"name": "D", "organisation": "Dar"}, "t1"),  # new: two columns again
    Change("s1", {"name": "old"}, "t1"),  # older than s1's name: lost
    Change("s1", {"title": "Dr"}, "t3"),  # newer: merged into s1's INSERT
    Change("s5", {"name": "E"}, "t1", {"deleted": True}),  # extra columns on insert
]


def test_a_group_leaves_the_rows_of_one_change_at_a_time(make_db: Any) -> None:
    single, grouped = make_db(), make_db()
    expected = _one_at_a_time(single, CHANGES)
    assert _grouped(grouped, CHANGES) == {k: expected[k] for k in ("s1", "s2", "s3", "s4", "s5")}
    assert _stored(grouped) == _stored(single)
    assert [r[0] for r in _stored(grouped)] == ["s1", "s2", "s3", "s4", "s5"]
    s1 = expected["s1"]
    assert (s1["name"], s1["organisation"], s1["title"]) == ("A", "Atlas", "Dr")
    assert expected["s5"]["deleted"] is True and expected["s2"]["deleted"] is False


def test_a_change_that_wins_nothing_does_not_stop_the_ones_after_it(make_db: Any) -> None:
    first, grouped = make_db(), make_db()
    start = [Change("s1", {"name": "A"}, "t5"), Change("s2", {"name": "B"}, "t5")]
    _one_at_a_time(first, start)
    _one_at_a_time(grouped, start)
    later = [
        Change("s1", {"name": "older"}, "t1"),  # loses: nothing to write for s1
        Change("s2", {"name": "newer"}, "t9"),
        Change("s1", {"organisation": "Atlas"}, "t2"),
        Change("s6", {"name": "F"}, "t1"),
    ]
    expected = _one_at_a_time(first, later)
    assert _grouped(grouped, later) == {k: expected[k] for k in ("s1", "s2", "s6")}
    assert _stored(grouped) == _stored(first)
    assert expected["s2"]["name"] == "newer" and expected["s1"]["organisation"] == "Atlas"


def test_a_group_that_changes_nothing_returns_the_rows_held(make_db: Any) -> None:
    db = make_db()
    _one_at_a_time(db, [Change("s1", {"name": "A"}, "t5")])
    before = _stored(db)
    rows = _grouped(db, [Change("s1", {"name": "older"}, "t1")])
    assert rows["s1"]["name"] == "A" and _stored(db) == before


def test_more_rows_than_a_chunk(make_db: Any) -> None:
    db = make_db()
    changes = [Change(f"s{n:04d}", {"name": f"N{n}"}, "t1") for n in range(1_201)]
    rows = _grouped(db, changes)
    assert len(rows) == 1_201 and len(_stored(db)) == 1_201
    again = _grouped(db, [Change(c.entity_id, {"title": "T"}, "t2") for c in changes])
    assert all(r["title"] == "T" and r["name"] for r in again.values())
