"""The field scenario of a revoked desk (DESIGN.md §6 "Incarnations and revocation"), against a
real hub: a door desk admits people, is revoked with `--until` in the past, keeps admitting
offline and hands a bundle to another desk. Every desk and the hub keep the admissions made
before the mark, refuse the later ones (refused room, with a reason), and agree; an operation the
organiser takes back with `sync accept` then shows up everywhere."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import psycopg
from sqlalchemy import select

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import bundle, client
from mornings_desktop.sync.quarantine import listing
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.conftest import REPO, cli, cli_env
from tests.sync.test_desk_lifecycle import Site
from tests.sync.test_revocation_desk import folded

admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def _hub_digests(hub: str, desk_id: str) -> set[str]:
    with psycopg.connect(hub) as conn:
        rows = conn.execute("SELECT digest FROM mornings.ops WHERE desk_id = %s", (desk_id,))
        return {str(r[0]) for r in rows}


def _desk_digests(ws: Workspace, desk_id: str) -> set[str]:
    with ws.db.read() as session:
        found = session.execute(select(Operation.digest).where(Operation.desk_id == desk_id))
        return {str(d) for d in found.scalars()}


def _checkin_digest(ws: Workspace, desk_id: str, seq_after: int) -> str:
    """The digest of the first check-in `desk_id` made after its operation number `seq_after`."""
    with ws.db.read() as session:
        row = session.execute(
            select(Operation.digest)
            .where(
                Operation.desk_id == desk_id,
                Operation.type == "checkin.created",
                Operation.desk_seq > seq_after,
            )
            .order_by(Operation.desk_seq)
            .limit(1)
        ).scalar_one()
    return str(row)


def _last_seq(ws: Workspace) -> int:
    with ws.db.read() as session:
        found = session.execute(
            select(Operation.desk_seq)
            .where(Operation.desk_id == ws.desk_id)
            .order_by(Operation.desk_seq.desc())
            .limit(1)
        ).scalar_one()
    return int(found)


def _run(site: Site, *args: str) -> subprocess.CompletedProcess[str]:
    env = cli_env({"MORNINGS_TEST_KEYRING": str(site.tmp / "keyring.json")})
    office_db = str(site.tmp / "Office.sqlite3")
    return subprocess.run(
        cli("--db", office_db, *args), cwd=REPO, env=env, capture_output=True, text=True
    )


def _revoked_reasons(ws: Workspace) -> list[str]:
    with ws.db.read() as session:
        return [k.reason for k in listing(session) if k.room == "refused"]


def test_a_revoked_door_is_refused_everywhere_after_its_mark_and_held_ones_come_back(
    site: Site, tmp_path: Path
) -> None:
    door = site.join("Door")
    hall = site.join("Hall")
    site.sync(door)
    site.admit(door, 0)
    site.admit(door, 1)
    site.sync(door)
    with psycopg.connect(site.hub) as conn:
        row = conn.execute("SELECT now()").fetchone()
    assert row is not None
    mark_time = row[0]
    mark_seq = _last_seq(door)
    site.admit(door, 2)  # reaches the hub after the mark: set aside by the revocation
    site.sync(door)
    site.sync(hall)  # the hall pulled it before it learnt of the revocation
    assert site.admitted(hall) == {0, 1, 2}

    revoked = _run(site, "hub", "revoke-desk", "Door", "--until", mark_time.isoformat(),
                   "--url", site.hub, "--json")  # fmt: skip
    assert revoked.returncode == 0, revoked.stderr
    assert json.loads(revoked.stdout)["set_aside"] == 1

    # The stolen laptop goes on admitting offline and hands everything to the hall on a stick.
    before = _last_seq(door)
    site.admit(door, 3)
    late_digest = _checkin_digest(door, door.desk_id, before)
    stick = tmp_path / "door.mornings-bundle"
    bundle.export_bundle(door, stick)
    imported = bundle.import_bundle(hall, stick)
    assert imported.applied >= 1  # the hall does not know of the revocation yet

    # Its next round relays the stick to the hub, then learns of the revocation and rebuilds.
    assert site.sync(hall).refused == 0
    assert site.admitted(hall) == {0, 1}
    reasons = _revoked_reasons(hall)
    assert len([r for r in reasons if "revoked" in r]) == 2, reasons
    assert all("Door" in r for r in reasons if "revoked" in r), reasons

    # The office learns of it from the hub, then refuses the same stick on import.
    site.sync(site.office)
    again = bundle.import_bundle(site.office, stick)
    assert again.quarantined >= 1
    assert site.admitted(site.office) == {0, 1}
    assert any("revoked" in r for r in _revoked_reasons(site.office))

    # A third desk pulling through the hub keeps the earlier ones only.
    third = site.join("Third")
    site.sync(third)
    assert site.admitted(third) == {0, 1}

    on_hub = _hub_digests(site.hub, door.desk_id)
    for ws in (hall, site.office, third):
        site.sync(ws)
        assert _desk_digests(ws, door.desk_id) == on_hub, ws.desk_name
    assert max(_seq_of(site.hub, d) for d in on_hub) == mark_seq

    # Held on the hub: the one received after the mark, and the one relayed from the stick.
    listed = _run(site, "sync", "accept", "--url", site.hub, "--json")
    assert listed.returncode == 0, listed.stderr
    held = {h["digest"] for h in json.loads(listed.stdout)}
    assert late_digest in held and len(held) >= 2

    took = _run(site, "sync", "accept", late_digest, "--url", site.hub, "--json")
    assert took.returncode == 0, took.stderr
    for ws in (hall, site.office, third):
        result = site.sync(ws)
        assert result.refused == 0
        assert site.admitted(ws) == {0, 1, 3}, ws.desk_name
    on_hub = _hub_digests(site.hub, door.desk_id)
    assert late_digest in on_hub
    for ws in (hall, site.office, third):
        assert _desk_digests(ws, door.desk_id) == on_hub, ws.desk_name
    assert client.status(third).held_waiting == 0
    # The rebuilt desks and the one that never held the refused operations: the same tables.
    for ws in (hall, site.office, third):
        site.sync(ws)
    assert folded(hall) == folded(site.office) == folded(third)


def _seq_of(hub: str, digest: str) -> int:
    with psycopg.connect(hub) as conn:
        row = conn.execute("SELECT desk_seq FROM mornings.ops WHERE digest = %s", (digest,))
        found = row.fetchone()
    assert found is not None
    return int(found[0])
