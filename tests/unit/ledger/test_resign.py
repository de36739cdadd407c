"""`resign.resign_legacy`: a database from before signing, opened after the upgrade on the
organiser's computer, signs every operation it holds without a body — chained per desk, personal
values moved to blocks — once; a door desk's database, or one whose organisation key is
elsewhere, signs nothing (DESIGN §6 "Migration")."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from mornings_desktop.ledger import resign, signing
from mornings_desktop.store import meta
from mornings_desktop.store.database import Database
from mornings_desktop.store.meta_keys import DESK_ROLE
from mornings_desktop.store.schema import Desk
from mornings_desktop.trust import keys
from mornings_desktop.trust.signed_op import digest

ORG = "org-legacy"


pytestmark = pytest.mark.usefixtures("fresh_keys")


def _legacy(session: Session, desk: str, seq: int, payload: dict[str, Any], **signed: str) -> None:
    """An operation as a desk before signing kept it (no body), or a signed one (`signed`)."""
    columns = {"body": None, "sig": None, "digest": None, "inc": None, "prev": None, **signed}
    session.execute(
        text(
            "INSERT INTO operations (op_id, desk_id, desk_seq, hlc, type, payload, applied,"
            " received_at, pushed, body, sig, digest, inc, prev)"
            " VALUES (:op_id, :desk, :seq, :hlc, 'person.created', :payload, 1, 'x', 0,"
            " :body, :sig, :digest, :inc, :prev)"
        ),
        {
            "op_id": f"{desk}-{seq}",
            "desk": desk,
            "seq": seq,
            "hlc": f"{1_700_000_000_000 + seq:013d}-0000",
            "payload": json.dumps(payload),
            **columns,
        },
    )


def _person(n: int) -> dict[str, Any]:
    return {"id": f"p{n}", "fields": {"first_name": f"Nom{n}", "category": "member"}}


def _rows(db: Database) -> dict[str, dict[str, Any]]:
    with db.read() as s:
        rows = s.execute(text("SELECT * FROM operations ORDER BY desk_id, desk_seq")).mappings()
        return {r["op_id"]: dict(r) for r in rows}


def _origin(db: Database, *, door: bool = False) -> None:
    with db.write() as s:
        meta.put(s, meta.ORG_ID, ORG)
        if door:
            meta.put(s, DESK_ROLE, "door")
        s.add(Desk(id="here", name="Accueil", is_local=True, created_at="x"))
        s.add(Desk(id="there", name="L" * 300, is_local=False, created_at="x"))
        for seq in (1, 2, 3):
            _legacy(s, "here", seq, _person(seq))
        for seq in (1, 2, 4):  # 3 never reached this desk
            _legacy(s, "there", seq, _person(10 + seq))
        _legacy(s, "gone", 1, _person(20))  # a desk this database never named
        _legacy(s, "late", 2, _person(30))  # its first operation never reached this desk


def _resign(db: Database, progress: list[int] | None = None) -> int:
    with db.write() as s:
        return resign.resign_legacy(s, None if progress is None else progress.append)


def test_the_origin_signs_every_old_operation_chained_per_desk(db: Database) -> None:
    _origin(db)
    assert _resign(db) == 8
    rows = _rows(db)
    assert all(r["body"] and r["sig"] for r in rows.values())
    for r in rows.values():
        assert r["digest"] == digest(r["body"].encode())
        body = json.loads(r["body"])
        assert (body["desk_id"], body["desk_seq"], body["op_id"]) == (
            r["desk_id"],
            r["desk_seq"],
            r["op_id"],
        )
        assert body["operator"] == "migration" and "Nom" not in r["body"]  # personal: a block
        assert r["prev"] == body["prev"]
    # The chain: each operation names the one before it; after a gap, "no previous digest".
    assert rows["here-1"]["prev"] == "" and rows["there-1"]["prev"] == ""
    assert rows["here-2"]["prev"] == rows["here-1"]["digest"]
    assert rows["here-3"]["prev"] == rows["here-2"]["digest"]
    assert rows["there-2"]["prev"] == rows["there-1"]["digest"]
    assert rows["there-4"]["prev"] == rows["late-2"]["prev"] == signing.NO_PREV_DIGEST
    # This desk signs with its own key; the others with a migration key certified for them.
    with db.read() as s:
        own = signing.signer_for(s, "here")
        certs = {
            r[0]: (r[1], r[2])
            for r in s.execute(text("SELECT desk_id, name, role FROM certificates"))
        }
    assert rows["here-1"]["inc"] == own.inc
    assert rows["there-1"]["inc"] == rows["gone-1"]["inc"] == resign.MIGRATION_INC
    assert certs["there"] == ("L" * 200, "organiser")  # a name is at most 200 characters
    assert certs["gone"] == ("gone (migrated)", "organiser")
    # The personal values in blocks, the public payload in the log.
    assert json.loads(rows["here-1"]["payload"]) == {"id": "p1", "fields": {"category": "member"}}
    with db.read() as s:
        blocks = s.execute(text("SELECT count(*) FROM op_personal")).scalar()
        done = meta.get(s, resign.DONE)
        public = meta.get(s, signing.ORG_PUBLIC_KEY)
    assert blocks == 8 and done
    org_key = signing.org_key(ORG)
    assert org_key is not None and public == keys.public_text(org_key)
    assert _resign(db) == 0  # once


def test_a_desk_whose_earlier_operations_are_signed_chains_after_them(db: Database) -> None:
    _origin(db)
    with db.write() as s:
        s.execute(text("DELETE FROM operations WHERE desk_id != 'there'"))
        s.execute(
            text(
                "UPDATE operations SET body = 'b', sig = 's', digest = :d, inc = 'i', prev = ''"
                " WHERE op_id = 'there-1'"
            ),
            {"d": "a" * 64},
        )
    assert _resign(db) == 2
    rows = _rows(db)
    assert rows["there-2"]["prev"] == "a" * 64  # found in the log, not signed in this run
    assert rows["there-4"]["prev"] == signing.NO_PREV_DIGEST


def test_progress_every_thousand(db: Database) -> None:
    with db.write() as s:
        meta.put(s, meta.ORG_ID, ORG)
        for seq in range(1, 2_002):
            _legacy(s, "there", seq, {"id": f"m{seq}", "fields": {}})
    seen: list[int] = []
    assert _resign(db, seen) == 2_001
    assert seen == [1_000, 2_000]


def test_nothing_is_signed_when_done_or_without_an_organisation(db: Database) -> None:
    _origin(db)
    with db.write() as s:
        meta.put(s, resign.DONE, "2026-11-01T00:00:00Z")
    assert _resign(db) == 0
    with db.write() as s:
        s.execute(
            text("DELETE FROM meta WHERE key IN (:a, :b)"), {"a": resign.DONE, "b": meta.ORG_ID}
        )
    assert _resign(db) == 0
    assert not any(r["body"] for r in _rows(db).values())


def test_a_door_desks_database_signs_nothing_and_makes_no_organisation_key(db: Database) -> None:
    _origin(db, door=True)
    assert _resign(db) == 0
    assert not any(r["body"] for r in _rows(db).values())
    with db.read() as s:
        assert meta.get(s, signing.ORG_PUBLIC_KEY) is None
        assert meta.get(s, resign.DONE) is None  # asked again after the desk joins
    assert signing.org_key(ORG) is None


def test_an_organisation_whose_key_is_elsewhere_signs_nothing(db: Database) -> None:
    _origin(db)
    with db.write() as s:
        meta.put(s, signing.ORG_PUBLIC_KEY, keys.public_text(keys.new_key()))
    assert _resign(db) == 0
    assert not any(r["body"] for r in _rows(db).values())
