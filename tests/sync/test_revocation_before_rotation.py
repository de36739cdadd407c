"""A revocation signed by a new organisation key that reaches a desk before the rotation introducing
that key waits, and is enforced when the rotation arrives — from a second bundle, or from the same
bundle whatever the order of its lines (DESIGN §6 "Keys", "Incarnations and revocation")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema_trust import RevocationRow
from mornings_desktop.sync import bundle, client, org_records, recovery
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_poison import _write_bundle
from tests.sync.test_revocation_desk import Door

MakeDesk = Callable[..., Workspace]
PHRASE = "recovery phrase"
file_keyring = lifecycle.file_keyring  # the organiser's keyring (autouse)


@pytest.fixture(autouse=True)
def template_key_kept() -> Iterator[None]:
    """The rotation replaces the template organisation's key this process keeps: put it back."""
    kept = dict(signing._cache)
    yield
    signing._cache.clear()
    signing._cache.update(kept)


class Scene:
    """A door that admitted two people; a hall that holds both admissions and the recovery key;
    the office rotates the organisation key, then revokes the door with the new key, keeping
    only the first admission."""

    def __init__(self, make_desk: MakeDesk, tmp: Path) -> None:
        self.tmp = tmp
        self.door = Door(make_desk, tmp)
        self.office = make_desk("Office")
        recovery.export_recovery_key(self.office, tmp / "recovery.key", PHRASE)
        bundle.import_bundle(self.office, self.door.stick)
        before = tmp / "office-before.mornings-bundle"
        bundle.export_bundle(self.office, before)
        self.hall = make_desk("Hall")
        bundle.import_bundle(self.hall, before)  # the recovery key, in the signed settings
        bundle.import_bundle(self.hall, self.door.stick)
        assert self.door.admitted(self.hall) == {0, 1}

        recovery.rotate(self.office, tmp / "recovery.key", PHRASE)
        new_key = signing.org_key(self.office.org_id)
        assert new_key is not None
        self.revocation = self.door.revocation(new_key)
        with self.office.db.read() as session:
            [self.rotation] = org_records.records(session, with_settings=False)

    def held(self, ws: Workspace) -> int:
        with ws.db.read() as session:
            return session.query(RevocationRow).count()


@pytest.fixture
def scene(make_desk: MakeDesk, tmp_path: Path) -> Scene:
    return Scene(make_desk, tmp_path)


def test_a_revocation_before_its_rotation_waits_for_the_second_bundle(scene: Scene) -> None:
    # A file that carries the revocation but not the rotation (written by a desk the hall
    # trusts already).
    first = scene.tmp / "revocation-only.mornings-bundle"
    _write_bundle(first, scene.door.ws, [{"revocation": scene.revocation}])
    bundle.import_bundle(scene.hall, first)
    assert scene.door.admitted(scene.hall) == {0, 1}  # not verifiable yet: it waits
    assert client.status(scene.hall).revocations_waiting == 1
    # The rotation comes alone in a second file, from the office (signed under the new key).
    second = scene.tmp / "rotation-only.mornings-bundle"
    _write_bundle(second, scene.office, [{"certificate": scene.rotation}])
    bundle.import_bundle(scene.hall, second)
    assert scene.held(scene.hall) == 1
    assert scene.door.admitted(scene.hall) == {0}
    assert client.status(scene.hall).revocations_waiting == 0


def test_a_revocation_before_its_rotation_in_one_bundle_counts(scene: Scene) -> None:
    both = scene.tmp / "reversed.mornings-bundle"
    _write_bundle(
        both, scene.office, [{"revocation": scene.revocation}, {"certificate": scene.rotation}]
    )
    bundle.import_bundle(scene.hall, both)
    assert scene.held(scene.hall) == 1
    assert scene.door.admitted(scene.hall) == {0}


def test_records_no_desk_takes_are_not_admitted_at_every_round(scene: Scene) -> None:
    """A hub hands every desk whatever desk logins offered (`offer_revocations`): what cannot be
    a revocation of this organisation is not written down, and one that waits is kept once."""
    from mornings_desktop.sync import revocation_check
    from mornings_desktop.trust import keys
    from mornings_desktop.trust.certificates import Revocation, issue_revocation

    hall = scene.hall
    stranger = issue_revocation(
        keys.new_key(),
        Revocation("another-org", scene.door.ws.desk_id, {}, "2026-11-30T10:00:00Z"),
    ).to_json()
    with hall.db.read() as session:
        found = revocation_check.worth_admitting(session, [stranger, scene.revocation])
    assert found == [scene.revocation]  # names this organisation: it may wait for a rotation
    with hall.db.write() as session:
        revocation_check.admit_revocations(session, found)
    with hall.db.read() as session:
        assert revocation_check.waiting_count(session) == 1
        assert revocation_check.worth_admitting(session, [stranger, scene.revocation]) == []
