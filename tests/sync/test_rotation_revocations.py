"""Revocations across a rotation of the organisation key (DESIGN §6 "Keys", "Incarnations and
revocation"), by bundles (and one case against a real hub): the rotation, signed by the recovery key, names the revocations in
force on the organiser's desk, so desks keep enforcing those the old organisation key signed —
desks of before the rotation and desks that join after it alike — while a revocation no rotation
lists, signed by the old key (perhaps the stolen one) or any other, is ignored."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from mornings_desktop.ledger import signing
from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, hub_desks, join, join_offline, recovery
from mornings_desktop.trust import keys
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_lifecycle import Site
from tests.sync.test_revocation_desk import Door, _learn
from tests.sync.test_revocation_field import _run

MakeDesk = Callable[..., Workspace]
PHRASE = "recovery phrase"
file_keyring = lifecycle.file_keyring  # the organiser's keyring (autouse), as in the lifecycle


@pytest.fixture(autouse=True)
def template_key_kept() -> Iterator[None]:
    """The rotation replaces the template organisation's key this process keeps: put it back."""
    kept = dict(signing._cache)
    yield
    signing._cache.clear()
    signing._cache.update(kept)


def _export(ws: Workspace, path: Path) -> Path:
    bundle.export_bundle(ws, path)
    return path


def _admit_one_more(door: Door) -> None:
    """The revoked laptop carries on: one more person registered and admitted there."""
    ws = door.ws
    reg = registrations.register_person(ws, door.morning, {"first_name": "P9", "email": "p9@x.ma"})
    code = registrations.get_registration(ws, reg).code
    door.codes.append(code)
    assert checkin.scan(ws, door.morning, code).result == "admitted"


class Rotated:
    """A door revoked with the organisation key, then the key rotated with the recovery key; the
    revoked door takes the rotation (its certificate was re-issued, like every desk's) and admits
    one more person, in a bundle (`later`)."""

    def __init__(self, make_desk: MakeDesk, tmp: Path) -> None:
        self.tmp = tmp
        self.door = Door(make_desk, tmp)
        self.office = make_desk("Office")
        self.recovery_file = tmp / "recovery.key"
        recovery.export_recovery_key(self.office, self.recovery_file, PHRASE)
        bundle.import_bundle(self.office, self.door.stick)
        self.old_key = signing.org_key(self.office.org_id)
        assert self.old_key is not None
        self.revocation = self.door.revocation(self.old_key)
        _learn(self.office, self.revocation)
        assert self.door.admitted(self.office) == {0}

        # A desk of before the rotation: the office's bundle gives it the revocation (and the
        # recovery key, in the signed settings); the door's stick then keeps only one admission.
        self.hall = make_desk("Hall")
        before = _export(self.office, tmp / "office-before.mornings-bundle")
        bundle.import_bundle(self.hall, before)
        bundle.import_bundle(self.hall, self.door.stick)
        assert self.door.admitted(self.hall) == {0}
        bundle.import_bundle(self.door.ws, before)  # the door learns the recovery key too
        # A desk never revoked, also of before the rotation.
        (tmp / "good").mkdir()
        self.good = Door(lambda _name, **kw: make_desk("Good", **kw), tmp / "good")
        bundle.import_bundle(self.good.ws, before)
        bundle.import_bundle(self.office, self.good.stick)  # the office knows its certificate
        # Whoever stole the old organisation key revokes that good desk; only the hall hears.
        bundle.import_bundle(self.hall, self.good.stick)
        _learn(self.hall, self.good.revocation(self.old_key))
        assert self.good.admitted(self.hall) == {0}

        recovery.rotate(self.office, self.recovery_file, PHRASE)
        new_key = signing.org_key(self.office.org_id)
        assert new_key is not None
        assert keys.public_text(new_key) != keys.public_text(self.old_key)
        self.after = _export(self.office, tmp / "office-after.mornings-bundle")
        bundle.import_bundle(self.door.ws, self.after)
        assert self.door.ws.meta(signing.ORG_PUBLIC_KEY) == keys.public_text(new_key)
        _admit_one_more(self.door)
        self.later = _export(self.door.ws, tmp / "door-later.mornings-bundle")


@pytest.fixture
def rotated(make_desk: MakeDesk, tmp_path: Path) -> Rotated:
    return Rotated(make_desk, tmp_path)


def test_desks_of_before_the_rotation_still_refuse_the_revoked_desks_later_work(
    rotated: Rotated,
) -> None:
    door = rotated.door
    # The organiser's desk, where the rotation was made.
    imported = bundle.import_bundle(rotated.office, rotated.later)
    assert door.admitted(rotated.office) == {0}, "the revoked door's later admission came in"
    assert imported.quarantined >= 1
    # A desk that held the revocation before the rotation, taking the rotation then the stick.
    bundle.import_bundle(rotated.hall, rotated.after)
    bundle.import_bundle(rotated.hall, rotated.later)
    assert door.admitted(rotated.hall) == {0}


def test_a_desk_joined_after_the_rotation_refuses_the_revoked_desks_work(
    rotated: Rotated, make_desk: MakeDesk
) -> None:
    door = rotated.door
    (porte,) = join_offline.issue_files(
        rotated.office, "Porte B", "door", rotated.tmp / "porte-b.join"
    )
    late = make_desk("Porte B", fresh_org=True)
    join.join_with_file(late, porte.file)
    assert late.meta(signing.ORG_PUBLIC_KEY) == rotated.office.meta(signing.ORG_PUBLIC_KEY)
    # The door's stick first (it carries the rotation and the revocation the door held), ...
    bundle.import_bundle(late, rotated.later)
    assert door.admitted(late) == {0}
    # ... then the organiser's: the same.
    bundle.import_bundle(late, rotated.after)
    assert door.admitted(late) == {0}

    # Another joiner takes the organiser's bundle first, then the door's stick.
    (porte_c,) = join_offline.issue_files(
        rotated.office, "Porte C", "door", rotated.tmp / "porte-c.join"
    )
    later_still = make_desk("Porte C", fresh_org=True)
    join.join_with_file(later_still, porte_c.file)
    bundle.import_bundle(later_still, rotated.after)
    bundle.import_bundle(later_still, rotated.later)
    assert door.admitted(later_still) == {0}


def test_a_revocation_no_rotation_lists_is_ignored_after_the_rotation(rotated: Rotated) -> None:
    """Signed by the old organisation key (whoever stole it: before the rotation, or after it and
    back-dated), or by any other key: not enforced, so a good desk is not stopped by it."""
    hall, good = rotated.hall, rotated.good
    # The thief's revocation, held since before the rotation, is no longer in force (the
    # rotation does not list it): the good desk's admission it had taken out comes back.
    bundle.import_bundle(hall, rotated.after)
    assert good.admitted(hall) == {0, 1}
    assert rotated.door.admitted(hall) == {0}
    bundle.import_bundle(good.ws, rotated.after)
    good_stick = _export(good.ws, rotated.tmp / "good.mornings-bundle")
    bundle.import_bundle(hall, good_stick)
    assert good.admitted(hall) == {0, 1}
    for signer in (rotated.old_key, keys.new_key()):
        assert _learn(hall, good.revocation(signer)).removed == []
        assert good.admitted(hall) == {0, 1}


# -- against a real hub ---------------------------------------------------------------------------

admin = lifecycle.admin
site = lifecycle.site


def test_a_desk_joined_after_the_rotation_gets_the_revocation_before_the_rotation(
    site: Site,
) -> None:
    """The organiser rotates and has not synced yet: a desk joined meanwhile pulls the old key's
    revocation from the hub before the rotation is there; once the rotation reaches the hub, its
    next round takes both, and the revoked door's later admission (by stick) is refused."""
    recovery_file = site.tmp / "recovery.key"
    recovery.export_recovery_key(site.office, recovery_file, PHRASE)
    door = site.join("Door")  # its join file names the recovery key
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    with psycopg.connect(site.hub) as conn:
        row = conn.execute("SELECT now()").fetchone()
    assert row is not None
    signed = hub_desks.revoke_desk(site.hub, "Door", row[0], org_id=site.office.org_id)
    assert signed.signed == 1  # by the organisation key
    site.sync(site.office)

    recovery.rotate(site.office, recovery_file, PHRASE)
    late = site.join("Late")  # certified with the new key; the hub has no rotation yet
    site.sync(late)  # the revocation comes; the work certified by the old key waits
    site.sync(site.office)  # the rotation reaches the hub
    site.sync(late)
    assert site.admitted(late) == {0}

    # The door takes the rotation from the organiser's bundle, admits someone, and its stick
    # reaches the late desk.
    office_stick = _export(site.office, site.tmp / "office.mornings-bundle")
    bundle.import_bundle(door, office_stick)
    site.admit(door, 1)
    bundle.import_bundle(late, _export(door, site.tmp / "door.mornings-bundle"))
    assert site.admitted(late) == {0}


def test_sync_accept_after_the_rotation_revises_the_old_keys_revocation(site: Site) -> None:
    """`mornings sync accept` on the organiser's desk after a rotation: the revocation in force
    (signed by the old key, listed by the rotation) is revised with the new key, naming the
    operation taken back, so every desk admits it again."""
    recovery_file = site.tmp / "recovery.key"
    recovery.export_recovery_key(site.office, recovery_file, PHRASE)
    door = site.join("Door")
    hall = site.join("Hall")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    with psycopg.connect(site.hub) as conn:
        row = conn.execute("SELECT now()").fetchone()
    assert row is not None
    site.admit(door, 1)
    site.sync(door)
    revoked = hub_desks.revoke_desk(site.hub, "Door", row[0], org_id=site.office.org_id)
    assert (revoked.signed, revoked.set_aside) == (1, 1)
    for ws in (site.office, hall):
        site.sync(ws)
        assert site.admitted(ws) == {0}, ws.desk_name

    recovery.rotate(site.office, recovery_file, PHRASE)
    site.sync(site.office)
    (held,) = [h.digest for h in hub_desks.held(site.hub)]
    took = _run(site, "sync", "accept", held, "--url", site.hub, "--json")
    assert took.returncode == 0, took.stderr
    assert json.loads(took.stdout)["accepted"] == [held]
    for ws in (site.office, hall):
        site.sync(ws)
        assert site.admitted(ws) == {0, 1}, ws.desk_name
