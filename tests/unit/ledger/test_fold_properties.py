"""The fold is idempotent and order-independent: any permutation of a set of operations, with
duplicates, gives identical tables; unknown operation types are kept, not lost."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from mornings_desktop.ledger import hlc, ledger
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store import migrate
from mornings_desktop.store.database import Database
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.tables import metadata

DESKS = ["desk-a", "desk-b", "desk-c"]
MORNINGS = ["m1", "m2"]
PEOPLE = ["p1", "p2", "p3"]
REGS = ["r1", "r2", "r3", "r4"]
CHECKINS = ["c1", "c2", "c3", "c4", "c5"]
LOCAL_COLUMNS = {"operations": {"received_at", "pushed"}}

names = st.sampled_from(["Rachid", "Hélène", "محمد", "", None, "O'Neil"])


def payload_for(kind: str, draw: st.DrawFn) -> dict[str, object]:
    if kind.startswith("morning."):
        return {
            "id": draw(st.sampled_from(MORNINGS)),
            "fields": draw(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "title": names,
                        "capacity": st.integers(0, 500),
                        "status": st.sampled_from(["open", "archived"]),
                        "date": st.sampled_from(["2026-12-10", "2027-01-14"]),
                    },
                )
            ),
        }
    if kind in ("person.created", "person.updated"):
        return {
            "id": draw(st.sampled_from(PEOPLE)),
            "fields": draw(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "first_name": names,
                        "last_name": names,
                        "email": st.sampled_from(["a@x.ma", "B@X.MA", None, "bad"]),
                        "phone": st.sampled_from(["0661123456", "+212661123456", None]),
                    },
                )
            ),
        }
    if kind == "person.erased":
        return {"id": draw(st.sampled_from(PEOPLE))}
    if kind == "person.merged":
        return {"id": draw(st.sampled_from(PEOPLE)), "into": draw(st.sampled_from(PEOPLE))}
    if kind == "person.unmerged":
        return {"id": draw(st.sampled_from(PEOPLE))}
    if kind in ("registration.created", "registration.updated"):
        return {
            "id": draw(st.sampled_from(REGS)),
            "fields": draw(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "morning_id": st.sampled_from(MORNINGS),
                        "person_id": st.sampled_from(PEOPLE),
                        "category": st.sampled_from(["member", "guest"]),
                        "registered_at": st.just("2026-12-01T08:00:00.000000Z"),
                        "code": st.sampled_from(["AAAA", "BBBB"]),
                    },
                )
            ),
        }
    if kind in ("registration.cancelled", "registration.reinstated"):
        return {"id": draw(st.sampled_from(REGS))}
    if kind == "checkin.created":
        return {
            "id": draw(st.sampled_from(CHECKINS)),
            "registration_id": draw(st.sampled_from(REGS)),
            "morning_id": "m1",
            "method": "scanner",
            "at": f"2026-12-10T08:{draw(st.integers(10, 59)):02d}:00.000000Z",
        }
    if kind == "checkin.reverted":
        return {
            "checkin_id": draw(st.sampled_from(CHECKINS)),
            "registration_id": draw(st.sampled_from(REGS)),
            "reason": "mistake",
            "at": f"2026-12-10T09:{draw(st.integers(0, 59)):02d}:00.000000Z",
        }
    return {"anything": draw(st.integers())}  # an operation from a newer version


KINDS = [
    "morning.created", "morning.updated", "person.created", "person.updated", "person.erased",
    "person.merged", "person.unmerged", "registration.created", "registration.updated",
    "registration.cancelled", "registration.reinstated", "checkin.created", "checkin.reverted",
    "badge.from_the_future",
]  # fmt: skip


@st.composite
def op_sets(draw: st.DrawFn) -> list[Op]:
    count = draw(st.integers(1, 25))
    seqs = dict.fromkeys(DESKS, 0)
    # Each desk's clock only moves forward; desks may be skewed against each other.
    clocks = {desk: 1_700_000_000_000 + draw(st.integers(-3, 3)) * 1000 for desk in DESKS}
    ops: list[Op] = []
    used_checkins: set[str] = set()
    for i in range(count):
        desk = draw(st.sampled_from(DESKS))
        seqs[desk] += 1
        kind = draw(st.sampled_from(KINDS))
        payload = payload_for(kind, draw)
        if kind == "checkin.created":
            # A check-in id is made once, by the op that creates it.
            if payload["id"] in used_checkins:
                continue
            used_checkins.add(str(payload["id"]))
        clocks[desk] += draw(st.integers(1, 2000))
        ops.append(Op(f"op-{i:03d}", desk, seqs[desk], hlc.encode(clocks[desk], 0), kind, payload))
    return ops


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(path)
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="module")
def two_databases(
    template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[list[Database]]:
    """Two real files, opened once: each example empties them instead of copying a new file, so
    SQLAlchemy's statement cache stays warm and the suite stays fast."""
    folder = tmp_path_factory.mktemp("fold")
    databases = []
    for name in ("a.sqlite3", "b.sqlite3"):
        shutil.copy(template, folder / name)
        databases.append(Database(folder / name))
    yield databases
    for db in databases:
        db.dispose()


def fold_into(db: Database, ops: list[Op]) -> dict[str, list[tuple]]:
    """Fold `ops` into an emptied database and return its tables."""
    with db.write() as session:
        for table in reversed(metadata().sorted_tables):
            session.execute(table.delete())
    with db.write() as session:
        ledger.ingest(session, ops)
    return dump(db)


def fold_file(template: Path, folder: Path, name: str, ops: list[Op]) -> dict[str, list[tuple]]:
    """Fold `ops` into a fresh copy of the migrated template file and return its tables."""
    path = folder / name
    shutil.copy(template, path)
    db = Database(path)
    try:
        with db.write() as session:
            ledger.ingest(session, ops)
        return dump(db)
    finally:
        db.dispose()
        path.unlink()


def dump(db: Database) -> dict[str, list[tuple]]:
    tables: dict[str, list[tuple]] = {}
    with db.read() as session:
        for table in metadata().sorted_tables:
            if table.name == "meta":
                continue
            cols = [c for c in table.columns if c.name not in LOCAL_COLUMNS.get(table.name, set())]
            rows = session.execute(select(*cols)).all()
            tables[table.name] = sorted(tuple(r) for r in rows)
    return tables


@settings(max_examples=250)
@given(ops=op_sets(), data=st.data())
def test_any_permutation_with_duplicates_gives_the_same_tables(
    two_databases: list[Database], ops: list[Op], data: st.DataObject
) -> None:
    first, second = two_databases
    reference = fold_into(first, ops)
    shuffled = data.draw(st.permutations(ops))
    duplicates = data.draw(st.lists(st.sampled_from(ops), max_size=len(ops)))
    # Duplicates arrive in separate batches (as from a hub resend or a second bundle import).
    other = fold_into(second, [*shuffled, *duplicates])
    for name, rows in reference.items():
        assert other[name] == rows, f"table {name} differs"
    assert len(reference["operations"]) == len({op.op_id for op in ops})


def test_unknown_operation_types_are_kept_and_applied_later(template: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    shutil.copy(template, path)
    db = Database(path)
    future = Op("op-x", "desk-z", 1, hlc.encode(1, 0), "badge.from_the_future", {"x": 1})
    with db.write() as session:
        ledger.ingest(session, [future])
    with db.read() as session:
        row = session.get(Operation, "op-x")
        assert row is not None and row.applied is False
        assert session.execute(text("select payload from operations")).scalar() == '{"x":1}'
    db.dispose()
