"""`ledger.ingest` of a whole batch (one op_id lookup; check-ins, registrations and people folded
in one go per type, after the other operations) leaves exactly the tables that ingesting the same
operations one at a time leaves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop.ledger import hlc, ledger
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store import meta, migrate
from mornings_desktop.store.database import Database
from tests.unit.ledger.test_fold_properties import dump, op_sets

REGS = ["r1", "r2", "r3"]
CHECKINS = [f"c{i}" for i in range(8)]
DESKS = ["desk-a", "desk-b"]


@st.composite
def checkin_heavy(draw: st.DrawFn) -> list[Op]:
    """Mostly check-ins (so runs of them form), some reverts, registrations and unknown types."""
    kinds = st.sampled_from(
        ["checkin.created"] * 6
        + ["checkin.reverted", "registration.created", "registration.cancelled", "x.future"]
    )
    ops: list[Op] = []
    for i in range(draw(st.integers(1, 40))):
        kind = draw(kinds)
        reg = draw(st.sampled_from(REGS))
        if kind == "checkin.created":
            payload: dict[str, object] = {
                "id": draw(st.sampled_from(CHECKINS)),
                "registration_id": reg,
                "morning_id": "m1",
                "at": f"2026-12-10T08:{draw(st.integers(10, 20)):02d}:00Z",
                "method": draw(st.sampled_from(["scanner", "camera"])),
            }
        elif kind == "checkin.reverted":
            payload = {
                "checkin_id": draw(st.sampled_from(CHECKINS)),
                "registration_id": reg,
                "reason": "x",
                "at": f"2026-12-10T09:{draw(st.integers(0, 9)):02d}:00Z",
            }
        elif kind == "registration.created":
            payload = {"id": reg, "fields": {"morning_id": "m1", "category": "guest"}}
        elif kind == "registration.cancelled":
            payload = {"id": reg}
        else:
            payload = {"n": i}
        desk = draw(st.sampled_from(DESKS))
        ops.append(
            Op(f"op-{i:03d}", desk, i + 1, hlc.encode(1_700_000_000_000 + i, 0), kind, payload)
        )
    # Resends: some operations again, inside the same batch.
    return ops + draw(st.lists(st.sampled_from(ops), max_size=5))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(path)
    migrate.upgrade(db)
    db.dispose()
    return path


def _fold(template: Path, folder: Path, name: str, batches: list[list[Op]]) -> dict[str, object]:
    path = folder / name
    shutil.copy(template, path)
    db = Database(path)
    try:
        fresh = []
        with db.write() as session:
            for batch in batches:
                fresh += [op.op_id for op in ledger.ingest(session, batch)]
            clock = meta.get(session, meta.HLC)
        return {"tables": dump(db), "fresh": fresh, "clock": clock}
    finally:
        db.dispose()
        path.unlink()


@settings(max_examples=60, deadline=None)
@given(ops=checkin_heavy())
def test_one_batch_equals_one_at_a_time(template: Path, tmp_path_factory, ops: list[Op]) -> None:
    folder = tmp_path_factory.mktemp("batch")
    whole = _fold(template, folder, "whole.sqlite3", [ops])
    single = _fold(template, folder, "single.sqlite3", [[op] for op in ops])
    assert whole == single
    assert whole["fresh"] == list(dict.fromkeys(op.op_id for op in ops))


@settings(max_examples=200, deadline=None)
@given(ops=op_sets(), data=st.data())
def test_every_kind_in_one_batch_equals_one_at_a_time(
    template: Path, tmp_path_factory: pytest.TempPathFactory, ops: list[Op], data: st.DataObject
) -> None:
    """The whole mix (people, registrations, check-ins, erasures, merges, reverts, unknown types),
    several operations on one row inside the batch, in any order, with resends: grouped per type
    in one batch, the same tables, clock and fresh list as one operation per batch."""
    order = [*data.draw(st.permutations(ops)), *data.draw(st.lists(st.sampled_from(ops)))]
    folder = tmp_path_factory.mktemp("mix")
    whole = _fold(template, folder, "whole.sqlite3", [order])
    single = _fold(template, folder, "single.sqlite3", [[op] for op in order])
    assert whole == single
    assert whole["fresh"] == list(dict.fromkeys(op.op_id for op in order))


@pytest.mark.parametrize("kind", ["registration", "person"])
def test_several_edits_of_one_row_in_a_batch_keep_the_newest_per_field(
    template: Path, tmp_path: Path, kind: str
) -> None:
    """Arrival order is not stamp order: per field, the newest stamp wins inside one batch too;
    a field only an older edit names keeps that edit's value."""
    field, other = ("category", "status") if kind == "registration" else ("first_name", "email")
    values = {1: "old", 3: "newest", 2: "middle"}
    ops = [
        Op(f"op-{t}", "desk-a", t, hlc.encode(t, 0), f"{kind}.updated",
           {"id": "x1", "fields": {field: v, **({other: "only-old"} if t == 1 else {})}})
        for t, v in values.items()
    ]  # fmt: skip
    out = _fold(template, tmp_path, "x.sqlite3", [ops])
    table = "registrations" if kind == "registration" else "people"
    (row,) = out["tables"][table]  # type: ignore[index]
    assert "newest" in row and "only-old" in row and "old" not in row and "middle" not in row


def test_a_run_of_checkins_sets_presence_once_per_registration(
    template: Path, tmp_path: Path
) -> None:
    """The earliest admission that is not reverted is the arrival; the count sees them all."""
    reg = Op(
        "op-r",
        "desk-a",
        1,
        hlc.encode(1, 0),
        "registration.created",
        {"id": "r1", "fields": {"morning_id": "m1"}},
    )
    run = [
        Op(f"op-{i}", "desk-b", i, hlc.encode(10 + i, 0), "checkin.created",
           {"id": f"c{i}", "registration_id": "r1", "morning_id": "m1", "at": at, "method": "camera"})
        for i, at in enumerate(["2026-12-10T08:05:00Z", "2026-12-10T08:01:00Z", "2026-12-10T08:03:00Z"])
    ]  # fmt: skip
    out = _fold(template, tmp_path, "x.sqlite3", [[reg, *run, run[0]]])
    (row,) = [r for r in out["tables"]["registrations"]]  # type: ignore[index]
    assert "2026-12-10T08:01:00Z" in row and "desk-b" in row and 3 in row
    assert out["fresh"] == ["op-r", "op-0", "op-1", "op-2"]
    assert out["clock"] == hlc.encode(12, 0)
    assert len(out["tables"]["checkins"]) == 3  # type: ignore[index]
