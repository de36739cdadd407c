"""`fold.set_fields`' plain SQL (`_Plain`): Booleans stored and read back as SQLAlchemy would,
the scalar defaults it fills in, the defaults it refuses, and the session's sqlite3 connection
inside a savepoint."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Boolean, Column, MetaData, String, Table, Text, func, select

from mornings_desktop.ledger import fold
from mornings_desktop.store.database import Database
from mornings_desktop.store.schema import FlagDef, Speaker, table_of

FLAG_FIELDS = ("label_fr", "retired", "on_badge", "position")


def _flag(db: Database, fields: dict[str, Any], stamp: str = "s1") -> dict[str, Any] | None:
    with db.write() as s:
        return fold.set_fields(s, table_of(FlagDef), "vip", fields, stamp, FLAG_FIELDS)


@pytest.mark.parametrize(
    ("given", "stored"),
    [(True, 1), (False, 0), (1, 1), (0, 0), (None, None)],
)
def test_a_boolean_is_stored_as_0_or_1_and_read_back_as_a_bool(
    db: Database, given: object, stored: object
) -> None:
    row = _flag(db, {"retired": given, "label_fr": "VIP"})
    assert row is not None
    assert row["retired"] is (None if stored is None else bool(stored))
    assert row["on_badge"] is None  # never given: NULL, not False
    with db.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT retired, on_badge FROM flag_list").one()
    assert tuple(raw) == (stored, None)
    # An update reads the row back the same way.
    again = _flag(db, {"on_badge": given}, "s2")
    assert again is not None and again["on_badge"] is (None if stored is None else bool(stored))
    assert again["retired"] is row["retired"]


@pytest.mark.parametrize("value", [2, -1, "yes", "1", 1.0, 0.0, [1]])
def test_anything_else_in_a_boolean_is_refused_and_nothing_written(
    db: Database, value: object
) -> None:
    with pytest.raises(TypeError, match="retired: not a boolean value"):
        _flag(db, {"retired": value, "label_fr": "VIP"})
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(table_of(FlagDef))).scalar() == 0
    assert _flag(db, {"label_fr": "VIP"}) is not None
    with pytest.raises(TypeError, match="on_badge: not a boolean value"):
        _flag(db, {"on_badge": value}, "s2")


def test_as_bool_keeps_what_it_accepts() -> None:
    for value in (None, True, False, 0, 1):
        assert fold._as_bool("x", value) is value


def test_a_table_without_booleans_binds_its_values_as_given(db: Database) -> None:
    from mornings_desktop.store.schema import Morning

    plain = fold._Plain.of(table_of(Morning))
    assert not plain.booleans
    assert plain.bind({"a": "2", "b": 3, "c": None}) == ("2", 3, None)
    flags = fold._Plain.of(table_of(FlagDef))
    assert flags.booleans == {"retired", "on_badge"}
    assert flags.bind({"retired": True, "label_fr": 2}) == (True, 2)


def test_scalar_defaults_are_filled_in_on_insert_only(db: Database) -> None:
    table = table_of(Speaker)
    fields = ("name", "deleted")
    with db.write() as s:
        row = fold.set_fields(s, table, "sp1", {"name": "A"}, "s1", fields)
        assert row is not None and row["deleted"] is False
        later = fold.set_fields(s, table, "sp1", {"deleted": True}, "s2", fields)
        assert later is not None and later["deleted"] is True
        # An update that does not name the column leaves it as it is (no default written again).
        last = fold.set_fields(s, table, "sp1", {"name": "B"}, "s3", fields)
        assert last is not None and last["deleted"] is True and last["name"] == "B"


def test_only_scalar_defaults_are_supported() -> None:
    meta = MetaData()
    by_sql = Table(
        "t_sql",
        meta,
        Column("id", String, primary_key=True),
        Column("at", Text, default=func.now()),
    )
    with pytest.raises(TypeError, match=r"t_sql\.at: only scalar defaults"):
        fold._Plain(by_sql)
    by_python = Table(
        "t_py", meta, Column("id", String, primary_key=True), Column("x", Text, default=lambda: "")
    )
    with pytest.raises(TypeError, match=r"t_py\.x: only scalar defaults"):
        fold._Plain(by_python)
    plain = fold._Plain(
        Table(
            "t_ok",
            meta,
            Column("id", String, primary_key=True),
            Column("flag", Boolean, default=False),
            Column("stamps", Text, default="{}"),
            Column("free", Text),
        )
    )
    assert plain.defaults == {"flag": False, "stamps": "{}"}
    assert plain.booleans == {"flag"}


def test_an_unknown_column_is_named(db: Database) -> None:
    plain = fold._Plain.of(table_of(FlagDef))
    with pytest.raises(KeyError, match="flag_list: no column nope, other"):
        plain.insert(("label_fr", "nope", "other"))
    with pytest.raises(KeyError, match="flag_list: no column nope"):
        plain.update(("nope",))


def test_a_savepoint_rolled_back_takes_back_what_the_plain_sql_wrote(db: Database) -> None:
    """The connection is asked again inside `begin_nested()`: that is what emits the SAVEPOINT,
    so rolling it back takes back rows written through the raw connection."""
    table = table_of(Speaker)
    with db.write() as s:
        fold.set_fields(s, table, "kept", {"name": "K"}, "s1", ("name",))
        nested = s.begin_nested()
        fold.set_fields(s, table, "gone", {"name": "G"}, "s1", ("name",))
        nested.rollback()
        fold.set_fields(s, table, "after", {"name": "A"}, "s1", ("name",))
    with db.read() as s:
        names = s.execute(select(table.c.id).order_by(table.c.id)).scalars().all()
    assert names == ["after", "kept"]
