"""Agenda operations fold the same in any order, with duplicates: sessions, speaker links,
speakers (merges), published versions (grow-only, numbered by hlc) and acknowledgements."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop.ledger import hlc
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store import migrate
from mornings_desktop.store.database import Database
from tests.unit.ledger.test_fold_properties import fold_file

DESKS = ["desk-a", "desk-b"]
SESSIONS = ["s1", "s2"]
SPEAKERS = ["k1", "k2"]
VERSIONS = ["v1", "v2", "v3"]
KINDS = [
    "session.created", "session.updated", "session_speaker.created", "session_speaker.updated",
    "speaker.created", "speaker.updated", "agenda.published", "agenda_warning.acknowledged",
]  # fmt: skip


def payload_for(kind: str, draw: st.DrawFn) -> dict[str, object]:
    if kind.startswith("session_speaker."):
        s, k = draw(st.sampled_from(SESSIONS)), draw(st.sampled_from(SPEAKERS))
        fields = draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "role": st.sampled_from(["speaker", "moderator"]),
                    "removed": st.booleans(),
                },
            )
        )
        return {"id": f"{s}:{k}", "fields": {"session_id": s, "speaker_id": k, **fields}}
    if kind.startswith("session."):
        return {
            "id": draw(st.sampled_from(SESSIONS)),
            "fields": draw(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "morning_id": st.just("m1"),
                        "title": st.sampled_from(["Accueil", "Table ronde", ""]),
                        "starts_at": st.sampled_from(
                            ["2026-12-10T08:00:00.000000Z", "2026-12-10T09:00:00.000000Z"]
                        ),
                        "duration_min": st.integers(5, 60),
                        "deleted": st.booleans(),
                    },
                )
            ),
        }
    if kind.startswith("speaker."):
        return {
            "id": draw(st.sampled_from(SPEAKERS)),
            "fields": draw(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "name": st.sampled_from(["Leïla", "يوسف"]),
                        "merged_into": st.sampled_from([None, "k1"]),
                    },
                )
            ),
        }
    if kind == "agenda.published":
        return {
            "id": draw(st.sampled_from(VERSIONS)),
            "morning_id": "m1",
            "published_at": "2026-12-01T10:00:00.000000Z",
            "snapshot": '{"sessions": []}',
        }
    return {
        "id": "m1|outside_hours|s1",
        "fields": {
            "morning_id": "m1",
            "key": "outside_hours|s1",
            "acknowledged": draw(st.booleans()),
        },
    }


@st.composite
def op_sets(draw: st.DrawFn) -> list[Op]:
    seqs = dict.fromkeys(DESKS, 0)
    clocks = dict.fromkeys(DESKS, 1_700_000_000_000)
    ops: list[Op] = []
    published: set[str] = set()
    for i in range(draw(st.integers(1, 20))):
        desk = draw(st.sampled_from(DESKS))
        kind = draw(st.sampled_from(KINDS))
        payload = payload_for(kind, draw)
        if kind == "agenda.published":
            if payload["id"] in published:  # a version id is made once, by its publication
                continue
            published.add(str(payload["id"]))
        seqs[desk] += 1
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


@settings(max_examples=20)
@given(ops=op_sets(), data=st.data())
def test_agenda_ops_fold_the_same_in_any_order(
    template: Path, tmp_path_factory: pytest.TempPathFactory, ops: list[Op], data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("fold")
    reference = fold_file(template, folder, "a.sqlite3", ops)
    shuffled = data.draw(st.permutations(ops))
    duplicates = data.draw(st.lists(st.sampled_from(ops), max_size=len(ops)))
    other = fold_file(template, folder, "b.sqlite3", [*shuffled, *duplicates])
    for name in (
        "agenda_sessions",
        "session_speakers",
        "speakers",
        "agenda_versions",
        "agenda_acknowledgements",
    ):
        assert other[name] == reference[name], f"table {name} differs"
    assert len(reference["agenda_versions"]) == len(
        {o.payload["id"] for o in ops if o.type == "agenda.published"}
    )
