"""The organisation key rotated with the recovery key, against a real hub (DESIGN §6 "Keys"):
a desk that joined before the rotation takes it (checked against the recovery key its join file
gave it) and then accepts the work of a desk certified with the new key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from mornings_desktop.errors import UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.sync import org_records, quarantine, recovery
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Rotation, issue_rotation
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_lifecycle import Site

admin = lifecycle.admin  # the lifecycle tests' fixtures: an organiser, a hub, the site
file_keyring = lifecycle.file_keyring
site = lifecycle.site


@pytest.fixture(autouse=True)
def template_key_kept() -> Iterator[None]:
    """The rotation replaces the organisation key this process keeps for the template's
    organisation, which later tests' desks share: put the template's key back afterwards."""
    kept = dict(signing._cache)
    yield
    signing._cache.clear()
    signing._cache.update(kept)


def _meta(ws: Workspace, key: str) -> str | None:
    with ws.db.read() as session:
        return meta.get(session, key)


def _waiting(ws: Workspace) -> int:
    with ws.db.read() as session:
        return quarantine.counts(session)["waiting"]


def test_a_desk_joined_before_a_rotation_accepts_a_desk_certified_after_it(site: Site) -> None:
    recovery_file = site.tmp / "recovery.key"
    exported = recovery.export_recovery_key(site.office, recovery_file, "recovery phrase")
    recovery_public = keys.public_text(keys.load_recovery_key(recovery_file, "recovery phrase"))
    assert exported.recovery_key_id == keys.key_id(keys.public_from_text(recovery_public))

    before = site.join("Porte A")  # its join file's signed settings name the recovery key
    assert _meta(before, org_records.RECOVERY_PUBLIC_KEY) == recovery_public
    old_org_public = _meta(before, signing.ORG_PUBLIC_KEY)
    site.sync(before)

    rotated = recovery.rotate(site.office, recovery_file, "recovery phrase")
    new_key = signing.org_key(site.office.org_id)
    assert new_key is not None and keys.key_id(new_key) == rotated.org_key_id
    assert keys.public_text(new_key) != old_org_public
    assert _meta(site.office, signing.ORG_PUBLIC_KEY) == keys.public_text(new_key)
    site.sync(site.office)  # the rotation and the re-issued certificates reach the hub
    with psycopg.connect(site.hub) as conn:
        bodies = [str(r[0]) for r in conn.execute("SELECT body FROM mornings.certificates")]
    assert any('"new_org_key"' in b for b in bodies), "the rotation travels through the hub"
    assert not any("bundle_key" in b for b in bodies), "settings (the bundle key) never do"

    after = site.join("Porte B")  # certified with the new key
    assert _meta(after, signing.ORG_PUBLIC_KEY) == keys.public_text(new_key)
    site.sync(after)
    site.admit(after, 3)
    assert site.sync(after).pushed >= 1

    site.sync(before)
    assert _meta(before, signing.ORG_PUBLIC_KEY) == keys.public_text(new_key), "rotation taken"
    assert 3 in site.admitted(before), "the new desk's admission is verified and applied"
    assert _waiting(before) == 0
    # ...and the office, where the rotation was made, accepts it too.
    site.sync(site.office)
    assert 3 in site.admitted(site.office)


def test_a_rotation_signed_by_another_key_is_ignored(site: Site, tmp_path: Path) -> None:
    recovery.export_recovery_key(site.office, tmp_path / "recovery.key", "recovery phrase")
    door = site.join("Porte A")
    thief = tmp_path / "thief.key"
    keys.save_recovery_key(thief, keys.new_key(), "x", n=2**4)  # not the organisation's
    try:
        recovery.rotate(site.office, thief, "x")
    except UserError as exc:
        assert "not the one this organisation's desks know" in str(exc)
    else:
        raise AssertionError("a foreign recovery key rotated the organisation key")
    # A rotation forged with that key and relayed to the desk: the desk keeps its key.
    forged = issue_rotation(
        keys.load_recovery_key(thief, "x"),
        Rotation(door.org_id, keys.public_text(keys.new_key()), (), "2030-01-01T00:00:00Z"),
    )
    held = _meta(door, signing.ORG_PUBLIC_KEY)
    with door.db.write() as session:
        assert not org_records.accept_rotation(session, forged)
    assert _meta(door, signing.ORG_PUBLIC_KEY) == held
