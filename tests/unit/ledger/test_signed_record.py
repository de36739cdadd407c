"""Every operation this desk records is signed (DESIGN §6, issue 12 step 1): `{sig, body}` with
`digest = sha256(body)`, the incarnation and the previous digest, and the person at the desk."""

from __future__ import annotations

import base64
import getpass
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mornings_desktop.cli import main
from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate, Signed, verify_certificate
from mornings_desktop.trust.signed_op import digest, verify_op


def _rows(path: Path) -> list[sqlite3.Row]:
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return list(conn.execute("SELECT * FROM operations ORDER BY desk_id, desk_seq"))


def _lookup(path: Path):  # type: ignore[no-untyped-def]
    """Certificates of the database, each checked against the organisation's public key."""
    with closing(sqlite3.connect(path)) as conn:
        org_public = conn.execute("SELECT value FROM meta WHERE key = 'org_public_key'").fetchone()[
            0
        ]
        rows = list(conn.execute("SELECT body, sig FROM certificates"))
    certs: list[Certificate] = []
    for body, sig in rows:
        verdict = verify_certificate(
            Signed(body.encode(), base64.b64decode(sig)), keys.public_from_text(org_public)
        )
        assert verdict.ok and verdict.value is not None
        certs.append(verdict.value)
    return lambda org_id, desk_id: [c for c in certs if (c.org_id, c.desk_id) == (org_id, desk_id)]


def test_recorded_operations_are_signed_and_chained(ws: Workspace) -> None:
    ws.record("morning.created", {"id": "m1", "fields": {"title": "Café"}})
    ws.record("morning.updated", {"id": "m1", "fields": {"title": "Thé"}})
    rows = [r for r in _rows(ws.path) if r["desk_id"] == ws.desk_id]
    assert len(rows) >= 3  # desk.announced first
    lookup = _lookup(ws.path)
    previous = ""
    for row in rows:
        body = row["body"].encode("utf-8")
        assert row["digest"] == digest(body)
        verdict = verify_op(base64.b64decode(row["sig"]), body, lookup)
        assert verdict.ok, verdict.reason
        assert verdict.value is not None
        fields = verdict.value.fields
        assert (fields.op_id, fields.desk_seq, fields.type) == (
            row["op_id"],
            row["desk_seq"],
            row["type"],
        )
        assert fields.prev == previous == row["prev"]
        assert fields.inc == row["inc"] and fields.org_id == ws.org_id
        assert fields.operator == row["operator"] == signing.default_operator()
        previous = row["digest"]


def test_operator_is_the_person_the_window_or_cli_names(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(db_path, "Accueil 1", operator="Amina  El Idrissi")
    ws.record("morning.created", {"id": "m1", "fields": {"title": "x"}})
    ws.close()
    assert _rows(db_path)[-1]["operator"] == "Amina El Idrissi"
    assert main(["--db", str(db_path), "--operator", "Youssef", "demo", "--attendees", "2"]) == 0
    capsys.readouterr()
    assert _rows(db_path)[-1]["operator"] == "Youssef"
    assert signing.default_operator() == getpass.getuser()


def test_private_keys_stay_out_of_the_database(ws: Workspace) -> None:
    ws.record("morning.created", {"id": "m1", "fields": {"title": "x"}})
    org_key = signing.org_key(ws.org_id)
    assert org_key is not None
    with ws.db.read() as session:
        desk_key = signing.signer_for(session, ws.desk_id).key
    ws.close()
    raw = b"".join(p.read_bytes() for p in ws.path.parent.glob(ws.path.name + "*"))
    for key in (org_key, desk_key):
        assert keys.private_text(key).encode() not in raw
        assert key.private_bytes_raw() not in raw
    assert keys.public_text(org_key).encode() in raw  # the public part is kept


def test_a_copy_of_the_database_is_another_incarnation(ws: Workspace, tmp_path: Path) -> None:
    ws.record("morning.created", {"id": "m1", "fields": {"title": "x"}})
    ws.close()
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(ws.path.read_bytes())
    other = Workspace.open(copy, "Accueil 1")
    other.record("morning.updated", {"id": "m1", "fields": {"title": "y"}})
    other.close()
    first = _rows(ws.path)[-1]
    last = next(r for r in _rows(copy) if r["type"] == "morning.updated")
    assert first["inc"] != last["inc"] and first["desk_id"] == last["desk_id"]
    # A new incarnation starts its own numbering and chain (DESIGN §6): it never reuses a
    # desk_seq that the first database may already have given to another operation.
    assert (last["desk_seq"], last["prev"]) == (1, "")
    assert first["desk_seq"] > 1
