"""`org_records.py`'s rules read directly on one desk (no hub): a rotation signed by the recovery
key taken once, never the same or an older one again; the revocations it keeps in force; the
key of a newer rotation among incoming records; settings taken when newer; what cannot be read
(a key, a ticket key, a held record's text) refused without an error."""

from __future__ import annotations

import json
from dataclasses import replace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete

from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Meta
from mornings_desktop.sync import org_records
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import (
    Rotation,
    Signed,
    issue_rotation,
    issue_settings,
    verify_settings,
)

REV = "a" * 64
T0, T1, T2 = "2026-12-01T09:00:00Z", "2026-12-02T09:00:00Z", "2026-12-03T09:00:00Z"


def _recovery(ws: Workspace) -> Ed25519PrivateKey:
    recovery = keys.new_key()
    with ws.db.write() as session:
        meta.put(session, org_records.RECOVERY_PUBLIC_KEY, keys.public_text(recovery))
    return recovery


def _rotation(ws: Workspace, recovery: Ed25519PrivateKey, issued: str,
              revocations: tuple[str, ...] = ()) -> tuple[Signed, str]:  # fmt: skip
    new_key = keys.public_text(keys.new_key())
    record = Rotation(ws.org_id, new_key, (), issued, revocations)
    return issue_rotation(recovery, record), new_key


def test_a_rotation_is_taken_once_and_never_an_older_one(ws: Workspace) -> None:
    recovery = _recovery(ws)
    first, first_key = _rotation(ws, recovery, T1, (REV,))
    older, _ = _rotation(ws, recovery, T0)
    newer, newer_key = _rotation(ws, recovery, T2)
    with ws.db.write() as session:
        assert org_records.listed_revocations(session) == frozenset()
        assert org_records.admit(session, [first.to_json()]) == 1
        assert meta.get(session, signing.ORG_PUBLIC_KEY) == first_key
        assert org_records.listed_revocations(session) == {REV}
        assert not org_records.accept_rotation(session, first)  # the same one again
        assert not org_records.accept_rotation(session, older)  # an older one replayed
        # A bundle's rotation is looked for among its records: only a newer one counts.
        assert org_records.rotated_key(session, [first.to_json(), older.to_json()]) is None
        found = org_records.rotated_key(session, [newer.to_json()])
        assert found is not None and keys.public_text(found) == newer_key
        assert org_records.admit(session, [first.to_json(), newer.to_json()]) == 1
        assert meta.get(session, signing.ORG_PUBLIC_KEY) == newer_key
        assert org_records.listed_revocations(session) == frozenset()


def test_a_held_rotation_that_cannot_be_read_lists_nothing(ws: Workspace) -> None:
    with ws.db.write() as session:
        for body in ("not json", "[1]", json.dumps({"revocations": REV})):
            meta.put(
                session, org_records.ROTATION_RECORD, json.dumps({"body": body, "sig": "c2ln"})
            )
            assert org_records.listed_revocations(session) == frozenset(), body


def _settings(ws: Workspace, issued: str) -> Signed:
    key = signing.org_key(ws.org_id)
    assert key is not None
    made = org_records.make_settings(key, ws.org_id, ws.ticket_key.hex(), "")
    value = verify_settings(made, key.public_key()).value
    assert value is not None
    return issue_settings(key, replace(value, issued=issued))


def test_settings_are_taken_when_newer(ws: Workspace) -> None:
    first, newer = _settings(ws, T1), _settings(ws, T2)
    with ws.db.write() as session:
        meta.put(session, org_records.SETTINGS_RECORD, json.dumps({"body": "x", "sig": "c2ln"}))
        assert org_records.admit(session, [first.to_json()]) == 1  # the held one unreadable
        assert org_records.admit(session, [first.to_json()]) == 0  # the same again
        assert org_records.admit(session, [newer.to_json()]) == 1
        assert org_records.admit(session, [first.to_json()]) == 0  # older


def test_settings_that_cannot_be_checked_are_refused_without_an_error(ws: Workspace) -> None:
    record = _settings(ws, T1).to_json()
    key = signing.org_key(ws.org_id)
    assert key is not None
    public = keys.public_text(key.public_key())
    ticket = ws.ticket_key.hex()
    assert org_records.check_settings(record, public, ws.org_id, ticket) is not None
    assert org_records.check_settings(record, "not a key", ws.org_id, ticket) is None
    assert org_records.check_settings(record, public, ws.org_id, "zz") is None
    for missing in (meta.TICKET_KEY, meta.ORG_ID):
        with ws.db.write() as session:
            kept = meta.get(session, missing)
            session.execute(delete(Meta).where(Meta.key == missing))
            assert org_records.admit(session, [record]) == 0, missing
            meta.put(session, missing, kept or "")
