"""`sync accept` of operations the hub never received (DESIGN.md §6 "Incarnations and
revocation", "Quarantine"): a revoked desk's later admissions reach desks that already know of the
revocation on a USB stick — the organiser's desk, or a door desk — which refuse them on import.
The refused room keeps them signed, the desks hand them to the hub (which sets them aside), and
the organiser can list them and take back the genuine ones one by one; the others stay refused
everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle
from mornings_desktop.sync.quarantine import listing
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_lifecycle import Site
from tests.sync.test_revocation_desk import folded
from tests.sync.test_revocation_field import _checkin_digest, _last_seq, _run

admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def _refused(ws: Workspace) -> set[str]:
    with ws.db.read() as session:
        return {k.op_id for k in listing(session) if k.room == "refused"}


def _set_aside(hub: str) -> set[str]:
    with psycopg.connect(hub) as conn:
        rows = conn.execute("SELECT op ->> 'digest' FROM mornings.revoked_ops").fetchall()
    return {str(r[0]) for r in rows}


def test_refused_on_import_after_the_revocation_the_organiser_still_accepts_them(
    site: Site, tmp_path: Path
) -> None:
    door = site.join("Door")
    hall = site.join("Hall")
    site.sync(door)
    site.admit(door, 0)
    site.admit(door, 1)
    site.sync(door)
    revoked = _run(site, "hub", "revoke-desk", "Door", "--url", site.hub, "--json")
    assert revoked.returncode == 0, revoked.stderr
    assert json.loads(revoked.stdout)["set_aside"] == 0
    for ws in (site.office, hall):
        site.sync(ws)  # both know of the revocation before any stick comes

    # The revoked laptop goes on admitting offline: a stick to the office, a later one to the
    # hall. Both refuse what is past the mark; the hub never received any of it.
    seq = _last_seq(door)
    site.admit(door, 3)
    genuine = _checkin_digest(door, door.desk_id, seq)
    to_office = tmp_path / "to-office.mornings-bundle"
    bundle.export_bundle(door, to_office)
    seq = _last_seq(door)
    site.admit(door, 4)
    other = _checkin_digest(door, door.desk_id, seq)
    to_hall = tmp_path / "to-hall.mornings-bundle"
    bundle.export_bundle(door, to_hall)
    assert bundle.import_bundle(site.office, to_office).quarantined >= 1
    assert bundle.import_bundle(hall, to_hall).quarantined >= 2
    assert genuine in _refused(site.office)
    assert {genuine, other} <= _refused(hall)
    assert site.admitted(site.office) == site.admitted(hall) == {0, 1}

    # The hall's next round hands what it refused to the hub, which sets it aside.
    site.sync(hall)
    assert {genuine, other} <= _set_aside(site.hub)

    # The organiser lists them and takes back the genuine admission only.
    listed = _run(site, "sync", "accept", "--url", site.hub, "--json")
    assert listed.returncode == 0, listed.stderr
    assert {genuine, other} <= {h["digest"] for h in json.loads(listed.stdout)}
    took = _run(site, "sync", "accept", genuine, "--url", site.hub, "--json")
    assert took.returncode == 0, took.stderr
    assert json.loads(took.stdout)["accepted"] == [genuine]

    third = site.join("Third")  # never saw a stick
    for ws in (site.office, hall, third, site.office, hall):
        site.sync(ws)
    for ws in (site.office, hall, third):
        assert site.admitted(ws) == {0, 1, 3}, ws.desk_name
    assert genuine not in _refused(site.office) | _refused(hall)
    assert other in _refused(hall)
    assert other in _set_aside(site.hub)
    assert folded(site.office) == folded(hall) == folded(third)


def test_the_organiser_accepts_what_only_its_own_desk_refused(site: Site, tmp_path: Path) -> None:
    """The stick came to the organiser's desk alone, which refused it and never synced since:
    `sync accept` hands the refused operations to the hub first, then lists and accepts them."""
    door = site.join("Door")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    assert _run(site, "hub", "revoke-desk", "Door", "--url", site.hub).returncode == 0
    site.sync(site.office)
    seq = _last_seq(door)
    site.admit(door, 2)
    genuine = _checkin_digest(door, door.desk_id, seq)
    stick = tmp_path / "door.mornings-bundle"
    bundle.export_bundle(door, stick)
    bundle.import_bundle(site.office, stick)
    assert genuine in _refused(site.office)

    listed = _run(site, "sync", "accept", "--url", site.hub, "--json")
    assert listed.returncode == 0, listed.stderr
    assert genuine in {h["digest"] for h in json.loads(listed.stdout)}
    took = _run(site, "sync", "accept", genuine, "--url", site.hub, "--json")
    assert took.returncode == 0, took.stderr
    site.sync(site.office)
    assert site.admitted(site.office) == {0, 2}
    hall = site.join("Hall")
    site.sync(hall)
    assert site.admitted(hall) == {0, 2}

    # A digest nobody holds: one sentence, nothing accepted.
    wrong = _run(site, "sync", "accept", "0" * 64, "--url", site.hub)
    assert wrong.returncode == 2
    assert "Traceback" not in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1


def test_handing_refused_operations_never_keeps_a_desk_from_its_round(
    site: Site, tmp_path: Path
) -> None:
    """A stolen laptop's stick handed to a door desk: when the hub takes no more from that desk
    this hour (its quota), the round still pulls; the refused operations follow later."""
    door = site.join("Door")
    hall = site.join("Hall")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    assert _run(site, "hub", "revoke-desk", "Door", "--url", site.hub).returncode == 0
    site.sync(hall)
    seq = _last_seq(door)
    site.admit(door, 1)
    late = _checkin_digest(door, door.desk_id, seq)
    stick = tmp_path / "door.mornings-bundle"
    bundle.export_bundle(door, stick)
    bundle.import_bundle(hall, stick)
    assert late in _refused(hall)
    with psycopg.connect(site.hub) as conn:
        conn.execute("UPDATE mornings.logins SET hourly_quota = 0 WHERE desk_name = 'Hall'")
        conn.commit()
    site.admit(site.office, 5)
    site.sync(site.office)

    site.sync(hall)  # the hub refuses the hand-over (quota); the round pulls all the same
    assert site.admitted(hall) == {0, 5}
    assert late not in _set_aside(site.hub)

    with psycopg.connect(site.hub) as conn:
        conn.execute("UPDATE mornings.logins SET hourly_quota = NULL WHERE desk_name = 'Hall'")
        conn.commit()
    site.sync(hall)
    assert late in _set_aside(site.hub)
