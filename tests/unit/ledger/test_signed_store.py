"""`signed_store` on fixed operations: the signed form of a local operation, the blocks present
once people are erased here (one at a time and many at once), full payloads read back, and an
erasure reaching the operations kept in the quarantine."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from mornings_desktop.ledger import hlc, signed_store, signing
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database
from mornings_desktop.trust import keys

KEY = keys.new_key()


@pytest.fixture
def conn(template: Path, tmp_path: Path) -> Iterator[sqlite3.Connection]:
    shutil.copy(template, tmp_path / "s.sqlite3")
    db = Database(tmp_path / "s.sqlite3")
    db.dispose()
    connection = sqlite3.connect(tmp_path / "s.sqlite3", isolation_level=None)
    yield connection
    connection.close()


def _person(n: int, person: str, **fields: str) -> Op:
    payload = {"id": person, "fields": fields}
    return Op(f"op-{n}", "desk-r", n, hlc.encode(1_000 + n, 0), "person.created", payload)


def _signed(conn: sqlite3.Connection, op: Op, prev: str = signing.NO_PREV_DIGEST) -> Op:
    env = signed_store.sign_local(conn, KEY, op, org_id="org", inc="inc", prev=prev, operator="x")
    return dataclasses.replace(op, envelope=env)


def _erase(conn: sqlite3.Connection, *people: str) -> None:
    conn.executemany(
        "INSERT INTO privacy_erasures (person_id, state, at, desk_id, stamp) VALUES (?, 'erased', 'a', 'd', 's')",
        [(p,) for p in people],
    )


def test_the_first_operation_of_a_desk_names_no_previous_one(conn: sqlite3.Connection) -> None:
    first = _signed(conn, _person(1, "p1", first_name="A"), prev="f" * 64)
    assert first.envelope is not None and first.envelope.prev == ""
    second = _signed(conn, _person(2, "p2", first_name="B"), prev="f" * 64)
    assert second.envelope is not None and second.envelope.prev == "f" * 64


def test_a_registrations_note_is_signed_under_its_person_known_here(
    conn: sqlite3.Connection,
) -> None:
    from mornings_desktop.ledger import fold
    from mornings_desktop.store.schema import Registration, table_of

    db = Database(Path(conn.execute("PRAGMA database_list").fetchone()[2]))
    with db.write() as session:
        for reg, person in (("r1", "p1"), ("r2", None)):
            fold.set_fields(
                session, table_of(Registration), reg, {"person_id": person}, "s", ("person_id",)
            )
    db.dispose()
    note = {"note": "VIP"}
    for reg, subject in (("r1", "p1"), ("r2", "r2"), ("r3", "r3")):
        payload = {"id": reg, "fields": note}
        op = Op("op-" + reg, "desk-r", 1, hlc.encode(1_000, 0), "registration.updated", payload)
        env = _signed(conn, op).envelope
        assert env is not None and set(env.personal) == {subject}


def test_the_blocks_of_people_erased_here_are_not_present(conn: sqlite3.Connection) -> None:
    amina = _signed(conn, _person(1, "p1", first_name="Amina", email="a@example.ma"))
    omar = _signed(conn, _person(2, "p2", first_name="Omar"))
    plain = _person(3, "p3", first_name="Unsigned")
    assert signed_store.present_blocks(conn, amina) is amina  # nobody erased yet
    assert signed_store.present_blocks_many(conn, [amina, omar, plain]) == [amina, omar, plain]
    _erase(conn, "p1")
    gone = signed_store.present_blocks(conn, amina)
    assert gone.payload == {"id": "p1", "fields": {}}
    assert gone.envelope is not None and gone.envelope.personal == {}
    assert gone.envelope.digest == amina.envelope.digest  # type: ignore[union-attr]
    many = signed_store.present_blocks_many(conn, [amina, omar, plain])
    assert many[0].payload == {"id": "p1", "fields": {}}
    assert many[1] is omar and many[2] is plain  # untouched: the same objects
    assert signed_store.present_blocks(conn, plain) is plain


def test_erasures_are_read_for_more_subjects_than_a_chunk(conn: sqlite3.Connection) -> None:
    people = [f"p{n:04d}" for n in range(1_203)]
    _erase(conn, *people[::2])
    assert signed_store.erased_subjects(conn, people) == set(people[::2])
    assert signed_store.erased_subjects(conn, [*people[:3], *people[:3]]) == {"p0000", "p0002"}
    ops = [_signed(conn, _person(n + 1, p, first_name="X")) for n, p in enumerate(people[:1_203])]
    present = signed_store.present_blocks_many(conn, ops)
    assert [bool(o.envelope and o.envelope.personal) for o in present] == [
        n % 2 == 1 for n in range(1_203)
    ]


def test_a_stored_payload_is_read_back_with_its_present_blocks(conn: sqlite3.Connection) -> None:
    amina = _signed(conn, _person(1, "p1", first_name="Amina", category="member"))
    env = amina.envelope
    assert env is not None
    signed_store.store_blocks(conn, env)
    full = signed_store.full_payload(conn, "person.created", env.public, env.digest)
    assert full == amina.payload
    assert signed_store.full_payload(conn, "person.created", env.public, None) == json.loads(
        env.public
    )
    morning = '{"id":"m1","fields":{"title":"T"}}'
    assert signed_store.full_payload(conn, "morning.created", morning, env.digest) == json.loads(
        morning
    )
    signed_store.erase_subject(conn, "p1")
    assert signed_store.full_payload(conn, "person.created", env.public, env.digest) == {
        "id": "p1",
        "fields": {"category": "member"},
    }


def test_an_erasure_reaches_the_operations_kept_aside(conn: sqlite3.Connection) -> None:
    kept = {"op_id": "q1", "personal": {"p1": {"fields": {}}, "p2": {"name": "Ségolène"}}}
    rows = [
        ("q2", '{"not json "p1"'),  # unreadable (read first): left as it is, the rest scrubbed
        ("q3", json.dumps(["p1"])),  # names p1, holds no blocks
        ("q4", json.dumps({"personal": ["p1"]})),
        ("q1", json.dumps(kept)),
    ]
    conn.executemany(
        "INSERT INTO sync_quarantine (op_id, source, reason, op_json, at) VALUES (?, 'pull', 'r', ?, 'a')",
        rows,
    )
    signed_store.erase_subject(conn, "p1")
    after = dict(conn.execute("SELECT op_id, op_json FROM sync_quarantine"))
    assert json.loads(after["q1"]) == {"op_id": "q1", "personal": {"p2": {"name": "Ségolène"}}}
    assert "Ségolène" in after["q1"]  # kept readable, as written
    assert [after[k] for k in ("q2", "q3", "q4")] == [r[1] for r in rows[:3]]
