"""`fold` on fixed examples: one handler per type, the payload shape of an entity operation, and
the connections that see the session's pending ORM changes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from mornings_desktop.ledger import fold
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database
from mornings_desktop.store.schema import Desk


def test_one_handler_per_operation_type(monkeypatch: pytest.MonkeyPatch) -> None:
    fold.load_handlers()
    monkeypatch.setattr(fold, "_HANDLERS", dict(fold._HANDLERS))
    monkeypatch.setattr(fold, "_BATCH_HANDLERS", dict(fold._BATCH_HANDLERS))

    def first(session: object, op: Op) -> None: ...

    def second(session: object, op: Op) -> None: ...

    assert fold.handler("x.new")(first) is first
    assert fold.handler("x.new")(first) is first  # the same function again: fine
    with pytest.raises(RuntimeError, match="two handlers"):
        fold.handler("x.new")(second)
    with pytest.raises(RuntimeError, match="two handlers"):
        fold.handler("person.created")(second)

    def batch(session: object, ops: object) -> None: ...

    assert fold.batch_handler("x.batch")(batch) is batch
    assert fold.batch_handler_for("x.batch") is batch
    assert "x.batch" in fold.known_types()
    with pytest.raises(RuntimeError, match="two batch handlers"):
        fold.batch_handler("x.batch")(lambda s, o: None)
    assert fold.batch_handler_for("person.erased") is None
    assert fold.batch_handler_for("checkin.created") is not None


@pytest.mark.parametrize(
    "payload",
    [
        {"id": 1, "fields": {}},
        {"id": "p1", "fields": []},
        {"fields": {}},
        {"id": "p1", "fields": "x"},
    ],
)
def test_an_entity_operation_needs_a_string_id_and_fields(payload: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="string 'id'"):
        fold.entity_fields(Op("o", "d", 1, "h", "person.updated", payload))
    assert fold.entity_fields(Op("o", "d", 1, "h", "t", {"id": "p1"})) == ("p1", {})


def test_apply_tells_whether_it_knew_the_type(db: Database) -> None:
    with db.write() as s:
        assert fold.apply(s, Op("o", "d", 1, "h", "x.unknown", {})) is False
        assert fold.apply(s, Op("o", "d", 1, "h", "desk.announced", {"id": "d", "name": "N"}))


@pytest.mark.parametrize("get", [fold.sqlite_connection, fold.core_connection])
def test_connections_see_pending_orm_changes(db: Database, get: object) -> None:
    def name(session: object) -> object:
        conn = get(session)  # type: ignore[operator]
        sql = "SELECT name FROM desks WHERE id = 'd1'"
        row = (
            conn.exec_driver_sql(sql).first()
            if hasattr(conn, "exec_driver_sql")
            else conn.execute(sql).fetchone()
        )
        return None if row is None else row[0]

    with db.write() as s:
        s.add(Desk(id="d1", name="new", is_local=False, created_at="x"))
        assert name(s) == "new"  # pending insert flushed
    with db.write() as s:
        s.execute(text("SELECT 1"))  # the transaction has begun
        desk = s.get(Desk, "d1")
        assert desk is not None
        desk.name = "dirty"
        assert name(s) == "dirty"  # pending update flushed
        s.delete(desk)
        assert name(s) is None  # pending delete flushed


def test_set_fields_returns_the_row_as_stored_with_sorted_stamps(db: Database) -> None:
    from sqlalchemy import Table

    from mornings_desktop.store.schema import Morning, table_of

    mornings: Table = table_of(Morning)
    allowed = ("title", "date", "venue")
    with db.write() as s:
        row = fold.set_fields(s, mornings, "m1", {"title": "T", "date": "D"}, "s2", allowed)
        assert row is not None and (row["id"], row["title"], row["date"]) == ("m1", "T", "D")
        assert row["stamps"] == '{"date": "s2", "title": "s2"}'
        older = fold.set_fields(s, mornings, "m1", {"venue": "V", "title": "old"}, "s1", allowed)
        assert older is not None and (older["title"], older["venue"]) == ("T", "V")
        assert older["stamps"] == '{"date": "s2", "title": "s2", "venue": "s1"}'
        same = fold.set_fields(s, mornings, "m1", {"title": "T"}, "s0", allowed)
        assert same == older
