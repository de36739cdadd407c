"""An organiser's database from before signing (schema 0009) is signed on its first start
(DESIGN §6 "Migration", issue 12 item 11): its own operations by its desk key, other desks' by a
migration key the organisation key certifies and nobody keeps; personal values move to blocks.
A desk that receives the result verifies and applies every operation."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from alembic import command

from mornings_desktop.ledger import signing
from mornings_desktop.services import people
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta, migrate
from mornings_desktop.store.database import Database
from mornings_desktop.sync import bundle
from tests.unit.privacy.test_signed_erasure import _verify_all

LOCAL, REMOTE = str(uuid.uuid4()), str(uuid.uuid4())
PERSON, REG, MORNING = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
OPS = [  # (desk, seq, type, payload)
    (LOCAL, 1, "desk.announced", {"id": LOCAL, "name": "Bureau"}),
    (LOCAL, 2, "morning.created", {"id": MORNING, "fields": {"title": "Matinale", "date": "2026-10-08"}}),
    (REMOTE, 1, "desk.announced", {"id": REMOTE, "name": "Porte"}),
    (REMOTE, 2, "person.created", {"id": PERSON, "fields": {"first_name": "Yasmine", "last_name": "Berradaqi", "email": "y.berradaqi@exemple.ma", "created_at": "2026-10-01T08:00:00Z"}}),
    (LOCAL, 3, "registration.created", {"id": REG, "fields": {"morning_id": MORNING, "person_id": PERSON, "status": "registered", "note": "fauteuil roulant"}}),
]  # fmt: skip


def _legacy_database(path: Path) -> str:
    """A database as version 0009 left it: operations without signature, no organisation key."""
    org = f"org-{uuid.uuid4().hex}"  # keys are cached per process: one organisation per test
    db = Database(path)
    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0009_privacy")
    db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("org_id", org), ("ticket_key", "ab" * 32), ("default_desk", LOCAL)],
        )
        conn.executemany(
            "INSERT INTO desks (id, name, is_local, created_at) VALUES (?, ?, ?, ?)",
            [(LOCAL, "Bureau", 1, "2026-10-01T08:00:00Z"), (REMOTE, "Porte", 0, "2026-10-01")],
        )
        for n, (desk, seq, op_type, payload) in enumerate(OPS):
            conn.execute(
                "INSERT INTO operations (op_id, desk_id, desk_seq, hlc, type, payload, applied,"
                " received_at, pushed) VALUES (?, ?, ?, ?, ?, ?, 1, '2026-10-01', 0)",
                (str(uuid.uuid4()), desk, seq, f"175930560{n:04d}-0000", op_type,
                 json.dumps(payload, sort_keys=True)),
            )  # fmt: skip
        conn.commit()
    return org


def test_an_organiser_database_is_signed_on_first_start(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    org = _legacy_database(old)
    fresh = tmp_path / "fresh.sqlite3"
    Workspace.open(fresh, "Accueil").close()  # a desk to receive the result, made beforehand
    ws = Workspace.open(old)
    try:
        assert signing.org_key(org) is not None  # the organisation key was made, outside the file
        made = bundle.export_bundle(ws, tmp_path / "all.bundle")
    finally:
        ws.close()
    assert _verify_all(old) == len(OPS)
    with closing(sqlite3.connect(old)) as conn:
        names = dict(conn.execute("SELECT desk_id, name FROM certificates").fetchall())
        payloads = " ".join(r[0] for r in conn.execute("SELECT payload || body FROM operations"))
        blocks = " ".join(r[0] for r in conn.execute("SELECT block FROM op_personal"))
        operators = {r[0] for r in conn.execute("SELECT operator FROM operations")}
    assert names == {LOCAL: "Bureau", REMOTE: "Porte (migrated)"}
    assert "Berradaqi" not in payloads and "fauteuil" not in payloads
    assert "Berradaqi" in blocks and "fauteuil" in blocks
    assert operators == {"migration"}
    # a desk of the organisation (same keys here) verifies and applies all of it
    other = Workspace.open(fresh, "Accueil")
    try:
        with other.db.write() as session:  # it joined the organisation (its public key only)
            meta.put(session, "org_id", org)
            meta.put(session, "ticket_key", "ab" * 32)
            with closing(sqlite3.connect(old)) as conn:
                public = conn.execute(
                    "SELECT value FROM meta WHERE key = 'org_public_key'"
                ).fetchone()[0]
            meta.put(session, signing.ORG_PUBLIC_KEY, public)
        other.refresh_identity()
        result = bundle.import_bundle(other, Path(made.path))
        assert result.quarantined == 0 and result.applied == len(OPS)
        assert people.get_person(other, PERSON).last_name == "Berradaqi"
    finally:
        other.close()
    with closing(sqlite3.connect(fresh)) as conn:
        note = conn.execute("SELECT note FROM registrations WHERE id = ?", (REG,)).fetchone()
    assert note == ("fauteuil roulant",)


def test_a_door_desk_database_signs_nothing_and_joins_again(tmp_path: Path) -> None:
    old = tmp_path / "door.sqlite3"
    org = _legacy_database(old)
    with closing(sqlite3.connect(old)) as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('desk_role', 'door')")
        conn.commit()
    Workspace.open(old).close()
    with closing(sqlite3.connect(old)) as conn:
        unsigned = conn.execute("SELECT count(*) FROM operations WHERE body IS NULL").fetchone()
    assert unsigned == (len(OPS),)
    assert signing.org_key(org) is None
