"""A revocation signed by the recovery key (DESIGN.md §6 "Keys": the recovery key "can sign a
rotation … or a revocation", for when the organisation key is lost): desks that know the recovery
key enforce it like an organisation-signed one; a revocation signed by any other key (a stranger's,
a desk's own) is ignored."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import psycopg
from sqlalchemy import select

from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema_trust import RevocationRow
from mornings_desktop.sync import bundle, org_records, recovery
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import (
    Revocation,
    Signed,
    issue_revocation,
    verify_revocation,
)
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_lifecycle import Site
from tests.sync.test_revocation_desk import Door, _learn, folded
from tests.sync.test_revocation_field import _checkin_digest, _last_seq, _run

MakeDesk = Callable[..., Workspace]
PHRASE = "recovery phrase"


def _revocations(ws: Workspace) -> int:
    with ws.db.read() as session:
        return len(session.execute(select(RevocationRow)).all())


def test_a_recovery_signed_revocation_is_enforced_and_forged_ones_are_ignored(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    door = Door(make_desk, tmp_path)
    office = make_desk("Office")
    recovery_file = tmp_path / "recovery.key"
    recovery.export_recovery_key(office, recovery_file, PHRASE)
    recovery_key = keys.load_recovery_key(recovery_file, PHRASE)
    bundle.import_bundle(office, door.stick)
    assert door.admitted(office) == {0, 1}

    # Signed by a stranger, or by the revoked desk's own key (it holds it): ignored.
    door_key = signing.desk_key(door.ws.org_id, door.ws.desk_id)
    assert door_key is not None
    for forged in (keys.new_key(), door_key):
        assert _learn(office, door.revocation(forged)).removed == []
    assert _revocations(office) == 0
    assert door.admitted(office) == {0, 1}

    changed = _learn(office, door.revocation(recovery_key))
    assert [op.type for op in changed.removed] == ["checkin.created"]
    assert door.admitted(office) == {0}

    # A desk that learns the recovery key from the office's bundle (its signed settings) and
    # the revocation in the same bundle enforces it too, and ends with the office's tables.
    hall = make_desk("Hall")
    with hall.db.read() as session:
        assert meta.get(session, org_records.RECOVERY_PUBLIC_KEY) is None
    bundle.import_bundle(hall, door.stick)
    assert door.admitted(hall) == {0, 1}
    carried = tmp_path / "office.mornings-bundle"
    bundle.export_bundle(office, carried)
    bundle.import_bundle(hall, carried)
    assert door.admitted(hall) == {0}
    assert folded(hall) == folded(office)


def test_a_desk_that_does_not_know_the_recovery_key_ignores_a_revocation_signed_by_it(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """The recovery key a desk trusts is the one its join file or the organisation's settings
    named: a key that merely calls itself a recovery key signs nothing a desk accepts."""
    door = Door(make_desk, tmp_path)
    hall = make_desk("Hall")
    bundle.import_bundle(hall, door.stick)
    other = keys.new_key()  # a recovery key of nobody's settings
    assert _learn(hall, door.revocation(other)).removed == []
    assert door.admitted(hall) == {0, 1}


# -- against a real hub, from the command line ---------------------------------------------------

admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def _roster_revoked(hub: str, name: str) -> bool:
    with psycopg.connect(hub) as conn:
        row = conn.execute(
            "SELECT r.revoked_at IS NOT NULL FROM mornings.logins l "
            "LEFT JOIN mornings.desk_roster r ON r.login = l.login WHERE l.desk_name = %s",
            (name,),
        ).fetchone()
    return bool(row and row[0])


def test_hub_revoke_desk_with_the_recovery_key_is_enforced_by_every_desk(
    site: Site, tmp_path: Path
) -> None:
    recovery_file = tmp_path / "recovery.key"
    recovery.export_recovery_key(site.office, recovery_file, PHRASE)
    recovery_public = keys.load_recovery_key(recovery_file, PHRASE).public_key()
    phrase_file = tmp_path / "phrase.txt"
    phrase_file.write_text(PHRASE + "\n")
    door = site.join("Door")  # join files made after the export name the recovery key
    hall = site.join("Hall")
    site.sync(door)
    site.admit(door, 0)
    site.admit(door, 1)
    site.admit(hall, 4)
    site.sync(door)
    site.sync(hall)
    with psycopg.connect(site.hub) as conn:
        row = conn.execute("SELECT now()").fetchone()
    assert row is not None
    mark_time = row[0]
    site.admit(door, 2)
    late = _checkin_digest(door, door.desk_id, _last_seq(door) - 1)
    site.sync(door)
    site.sync(hall)
    assert site.admitted(hall) == {0, 1, 2, 4}

    # A recovery file of another organisation (or an old one): refused in one sentence, and
    # nothing changes on the hub.
    stranger = tmp_path / "stranger.key"
    keys.save_recovery_key(stranger, keys.new_key(), PHRASE)
    refused = _run(site, "hub", "revoke-desk", "Door", "--url", site.hub,
                   "--recovery-key", str(stranger), "--recovery-passphrase-file", str(phrase_file))  # fmt: skip
    assert refused.returncode == 2, refused.stderr
    assert "recovery key is not the one" in refused.stderr
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert not _roster_revoked(site.hub, "Door")

    revoked = _run(site, "hub", "revoke-desk", "Door", "--until", mark_time.isoformat(),
                   "--url", site.hub, "--recovery-key", str(recovery_file),
                   "--recovery-passphrase-file", str(phrase_file), "--json")  # fmt: skip
    assert revoked.returncode == 0, revoked.stderr
    assert json.loads(revoked.stdout)["signed"] == 1
    # Signed by the recovery key, not by the organisation key.
    with psycopg.connect(site.hub) as conn:
        body, sig = conn.execute("SELECT body, sig FROM mornings.revocations").fetchone()  # type: ignore[misc]
    record = Signed.from_json({"body": body, "sig": sig})
    assert record is not None
    assert verify_revocation(record, recovery_public).ok
    org_key = signing.org_key(site.office.org_id)
    assert org_key is not None
    assert not verify_revocation(record, org_key.public_key()).ok

    for ws in (hall, site.office):
        site.sync(ws)
        assert site.admitted(ws) == {0, 1, 4}, ws.desk_name

    # Taken back one by one, signed by the recovery key too: every desk admits it again.
    took = _run(site, "sync", "accept", late, "--url", site.hub, "--recovery-key",
                str(recovery_file), "--recovery-passphrase-file", str(phrase_file), "--json")  # fmt: skip
    assert took.returncode == 0, took.stderr
    assert json.loads(took.stdout)["accepted"] == [late]
    for ws in (hall, site.office):
        site.sync(ws)
        assert site.admitted(ws) == {0, 1, 2, 4}, ws.desk_name

    # A revocation of the hall signed by the door's own key, slipped into the hub's table (a
    # subverted hub): no desk takes it.
    door_key = signing.desk_key(door.org_id, door.desk_id)
    assert door_key is not None
    forged = issue_revocation(
        door_key, Revocation(hall.org_id, hall.desk_id, {}, "2026-12-01T00:00:00Z")
    )
    with psycopg.connect(site.hub) as conn:
        conn.execute(
            "INSERT INTO mornings.revocations (digest, desk_id, body, sig, issued) "
            "VALUES (%s, %s, %s, %s, %s)",
            (forged.digest, hall.desk_id, *forged.to_json().values(), "2026-12-01T00:00:00Z"),
        )
        conn.commit()
    site.sync(site.office)
    assert site.admitted(site.office) == {0, 1, 2, 4}
    assert _revocations(site.office) == 2  # the recovery-signed one and the revised one
