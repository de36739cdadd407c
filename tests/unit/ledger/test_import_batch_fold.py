"""`import.batch` folds like the person/registration operations it stands for: in any order, with
duplicates, mixed with edits, erasures, merges and check-ins, the tables come out the same; and an
erasure redacts the person inside a batch whichever arrived first."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop.ledger import hlc
from mornings_desktop.ledger.operation import Op
from tests.unit.ledger.test_fold_properties import (
    DESKS,
    KINDS,
    MORNINGS,
    PEOPLE,
    REGS,
    fold_file,
    names,
    payload_for,
    template,  # noqa: F401  (the fixture)
)


def batch_payload(draw: st.DrawFn) -> dict[str, object]:
    people = [
        {
            "id": pid,
            "fields": draw(
                st.fixed_dictionaries(
                    {"created_at": st.just("2026-12-01T08:00:00.000000Z")},
                    optional={
                        "first_name": names,
                        "last_name": names,
                        "email": st.sampled_from(["a@x.ma", "c@x.ma", None]),
                        "phone": st.sampled_from(["0661123456", None]),
                    },
                )
            ),
        }
        for pid in draw(st.lists(st.sampled_from(PEOPLE), max_size=3, unique=True))
    ]
    regs = [
        {
            "id": rid,
            "fields": {
                "morning_id": draw(st.sampled_from(MORNINGS)),
                "person_id": draw(st.sampled_from(PEOPLE)),
                "category": draw(st.sampled_from(["member", "guest", "press"])),
                "code": draw(st.sampled_from(["AAAA", "CCCC"])),
                "status": "registered",
                "registered_at": "2026-12-01T08:00:00.000000Z",
            },
        }
        for rid in draw(st.lists(st.sampled_from(REGS), max_size=3, unique=True))
    ]
    return {"people": people, "registrations": regs}


@st.composite
def op_sets(draw: st.DrawFn) -> list[Op]:
    kinds = [*KINDS, "import.batch", "import.batch", "import.batch"]
    seqs = dict.fromkeys(DESKS, 0)
    clocks = {desk: 1_700_000_000_000 + draw(st.integers(-3, 3)) * 1000 for desk in DESKS}
    ops: list[Op] = []
    used_checkins: set[str] = set()
    for i in range(draw(st.integers(1, 20))):
        desk = draw(st.sampled_from(DESKS))
        kind = draw(st.sampled_from(kinds))
        payload = batch_payload(draw) if kind == "import.batch" else payload_for(kind, draw)
        if kind == "checkin.created":
            if payload["id"] in used_checkins:
                continue
            used_checkins.add(str(payload["id"]))
        seqs[desk] += 1
        clocks[desk] += draw(st.integers(1, 2000))
        ops.append(Op(f"op-{i:03d}", desk, seqs[desk], hlc.encode(clocks[desk], 0), kind, payload))
    return ops


@settings(max_examples=40)
@given(ops=op_sets(), data=st.data())
def test_batches_fold_in_any_order(
    template: Path,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
    ops: list[Op],
    data: st.DataObject,
) -> None:
    folder = tmp_path_factory.mktemp("batch")
    reference = fold_file(template, folder, "a.sqlite3", ops)
    shuffled = data.draw(st.permutations(ops))
    duplicates = data.draw(st.lists(st.sampled_from(ops), max_size=len(ops)))
    other = fold_file(template, folder, "b.sqlite3", [*shuffled, *duplicates])
    for name, rows in reference.items():
        assert other[name] == rows, f"table {name} differs"


def test_erasure_redacts_a_batch_whichever_comes_first(
    template: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    batch = Op(
        "op-b", "desk-a", 1, hlc.encode(1_700_000_000_000, 0), "import.batch",
        {"people": [{"id": "p1", "fields": {"first_name": "Salma", "email": "s@x.ma",
                                             "created_at": "2026-12-01T08:00:00Z"}},
                    {"id": "p2", "fields": {"first_name": "Omar", "created_at": "2026-12-01"}}],
         "registrations": []},
    )  # fmt: skip
    erase = Op("op-e", "desk-b", 1, hlc.encode(1_700_000_000_000, 0), "person.erased", {"id": "p1"})
    for order in ([batch, erase], [erase, batch]):
        tables = fold_file(template, tmp_path, f"{order[0].op_id}.sqlite3", order)
        payloads = " ".join(str(row) for row in tables["operations"])
        assert "Salma" not in payloads and "s@x.ma" not in payloads and "Omar" in payloads
        person = [row for row in tables["people"] if row[0] == "p1"]
        assert person and "Salma" not in str(person)
