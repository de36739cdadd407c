"""Relays (DESIGN.md §6): a desk that only exchanges bundles with a door desk gets that door's
admissions to the hub and to every other desk; any desk login delivers any signed operation."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import psycopg

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, hub_admin, hub_desks
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_lifecycle import Site

# The fixtures of the lifecycle tests: an organiser, a hub, the site.
admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def _hub_count(hub: str, desk_id: str, op_type: str = "checkin.created") -> int:
    with psycopg.connect(hub) as conn:
        row = conn.execute(
            "SELECT count(*) FROM mornings.ops WHERE desk_id = %s AND type = %s",
            (desk_id, op_type),
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_a_door_without_network_reaches_the_hub_through_the_office(
    site: Site, tmp_path: Path
) -> None:
    door = site.join("Door")
    site.sync(door)  # joined, then the network goes away
    site.admit(door, 0)
    site.admit(door, 1)
    exported = bundle.export_bundle(door, tmp_path / "door.mornings-bundle")
    assert exported.count >= 2

    imported = bundle.import_bundle(site.office, tmp_path / "door.mornings-bundle")
    assert imported.applied >= 2 and imported.quarantined == 0
    relayed = site.sync(site.office)
    assert relayed.refused == 0 and relayed.waiting == 0
    assert _hub_count(site.hub, door.desk_id) == 2

    third = site.join("Third")
    site.sync(third)
    assert site.admitted(third) == {0, 1}

    # The door comes back online: its operations are there already, nothing is stored twice.
    back = site.sync(door)
    assert (back.pushed, back.refused, back.waiting) == (0, 0, 0)
    assert _hub_count(site.hub, door.desk_id) == 2
    assert site.admitted(door) == {0, 1}


def test_a_revoked_desk_stays_refused_when_another_desk_relays_it(
    site: Site, tmp_path: Path
) -> None:
    door = site.join("Door")
    site.sync(door)
    hub_desks.revoke_desk(site.hub, "Door")
    site.admit(door, 0)  # after the revocation, on the stolen laptop
    bundle.export_bundle(door, tmp_path / "stolen.mornings-bundle")
    bundle.import_bundle(site.office, tmp_path / "stolen.mornings-bundle")
    site.sync(site.office)
    assert _hub_count(site.hub, door.desk_id) == 0


def _signed_row(fields: dict[str, object], payload: str) -> dict[str, object]:
    body = json.dumps({**fields, "payload": payload}, sort_keys=True, separators=(",", ":"))
    return {**fields, "payload": payload, "body": body, "sig": "c2ln"}


def test_a_forged_body_relayed_first_under_a_genuine_op_id_blocks_nothing(
    hub_db: str, admin: Workspace
) -> None:
    assert admin.org_id  # the hub is made
    genuine_login = hub_admin.add_desk(hub_db, "Genuine")
    relay_login = hub_admin.add_desk(hub_db, "Relay")
    fields: dict[str, object] = {
        "op_id": str(uuid.uuid4()),
        "desk_id": str(uuid.uuid4()),
        "desk_seq": 1,
        "hlc": "1764000000000-0000",
        "type": "checkin.created",
    }
    forged = _signed_row(fields, '{"id":"forged"}')
    genuine = _signed_row(fields, '{"id":"genuine"}')

    def push(url: str, row: dict[str, object]) -> str:
        with psycopg.connect(url) as conn:
            found = conn.execute(
                "SELECT status FROM mornings.ingest(%s::jsonb)", (json.dumps([row]),)
            ).fetchone()
            conn.commit()
        assert found is not None
        return str(found[0])

    assert push(relay_login.url, forged) == "stored"
    assert push(genuine_login.url, genuine) == "stored"  # not "present": both bodies are kept
    assert push(relay_login.url, genuine) == "present"  # relayed again: held once
    with psycopg.connect(hub_db) as conn:
        bodies = conn.execute(
            "SELECT body FROM mornings.ops WHERE op_id = %s ORDER BY hub_seq", (fields["op_id"],)
        ).fetchall()
    assert [b[0] for b in bodies] == [forged["body"], genuine["body"]]
