"""A rotation of an association with many desks over the years, against a real hub.

A rotation names the certificate of every desk that stays valid (64 hex digits each): with 60
desks its body is over 4,000 characters. The hub (schema 6) takes a rotation of up to 2,000
certificates, and tells the organiser's desk, in one sentence, about any record it refuses
(hub 5 dropped them silently: a desk joined before the rotation never took it)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator

import psycopg
import pytest

from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import desk_identity, hub_records, recovery
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Signed, verify_certificate
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.conftest import REPO, cli, cli_env
from tests.sync.test_desk_lifecycle import Site

admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


@pytest.fixture(autouse=True)
def template_key_kept() -> Iterator[None]:
    """The rotation replaces the template organisation's key this process keeps: put it back."""
    kept = dict(signing._cache)
    yield
    signing._cache.clear()
    signing._cache.update(kept)


def _desks_over_the_years(ws: Workspace, count: int) -> None:
    """`count` desks the organisation certified (their certificates reached this desk)."""
    org_public = keys.public_from_text(str(ws.meta(signing.ORG_PUBLIC_KEY)))
    with ws.db.write() as session:
        for k in range(count):
            issued = desk_identity.issue(ws.org_id, f"Desk {k}", "door", ws.ticket_key.hex())
            assert issued is not None
            signed = Signed.from_json(issued.certificate)
            assert signed is not None
            cert = verify_certificate(signed, org_public).value
            assert cert is not None
            signing.store_certificate(session, cert, signed)


def _hub_rotations(hub: str) -> list[str]:
    with psycopg.connect(hub) as conn:
        rows = conn.execute("SELECT body FROM mornings.certificates").fetchall()
    return [str(r[0]) for r in rows if '"new_org_key"' in str(r[0])]


def _sync_cli(site: Site, db: str) -> subprocess.CompletedProcess[str]:
    env = cli_env({"MORNINGS_TEST_KEYRING": str(site.tmp / "keyring.json")})
    return subprocess.run(
        cli("--db", db, "sync"), cwd=REPO, env=env, capture_output=True, text=True
    )


def test_a_rotation_of_sixty_desks_reaches_a_desk_joined_before_it(site: Site) -> None:
    recovery_file = site.tmp / "recovery.key"
    recovery.export_recovery_key(site.office, recovery_file, "recovery phrase")
    before = site.join("Porte A")
    site.sync(before)
    _desks_over_the_years(site.office, 60)

    recovery.rotate(site.office, recovery_file, "recovery phrase")
    new_public = site.office.meta(signing.ORG_PUBLIC_KEY)
    done = _sync_cli(site, str(site.tmp / "Office.sqlite3"))
    assert done.returncode == 0, done.stderr
    assert "refused" not in done.stderr

    rotations = _hub_rotations(site.hub)
    assert len(rotations) == 1 and len(rotations[0]) > 4000, "the rotation is on the hub"
    site.sync(before)
    assert before.meta(signing.ORG_PUBLIC_KEY) == new_public, "the door desk took the rotation"


def test_a_rotation_the_hub_refuses_is_told_to_the_organiser(site: Site) -> None:
    recovery_file = site.tmp / "recovery.key"
    recovery.export_recovery_key(site.office, recovery_file, "recovery phrase")
    _desks_over_the_years(site.office, hub_records.MAX_ROTATION_CERTIFICATES + 50)
    recovery.rotate(site.office, recovery_file, "recovery phrase")

    office_db = str(site.tmp / "Office.sqlite3")
    done = _sync_cli(site, office_db)
    assert done.returncode == 0, done.stderr
    assert _hub_rotations(site.hub) == []
    warning = [line for line in done.stderr.splitlines() if "rotation" in line]
    assert len(warning) == 1, done.stderr
    named = re.search(r"names (\d+) desks, more than the (\d+) a hub takes", warning[0])
    assert named is not None, warning[0]
    assert int(named[1]) > hub_records.MAX_ROTATION_CERTIFICATES + 50
    assert int(named[2]) == hub_records.MAX_ROTATION_CERTIFICATES
    assert "--without" in warning[0]
    # `sync status` keeps saying it, and so does the next round (nothing silent).
    env = cli_env({"MORNINGS_TEST_KEYRING": str(site.tmp / "keyring.json")})
    status = subprocess.run(
        cli("--db", office_db, "sync", "status"), cwd=REPO, env=env, capture_output=True, text=True
    )
    assert status.returncode == 0, status.stderr
    assert "rotation" in status.stdout + status.stderr
    again = _sync_cli(site, office_db)
    assert any("rotation" in line for line in again.stderr.splitlines())


def test_a_hostile_desk_login_stores_few_large_records(site: Site) -> None:
    door = site.join("Porte A")
    site.sync(door)
    url = lifecycle.credentials.complete_url(str(door.meta(lifecycle.client.HUB_URL)))
    big = '{"new_org_key":"' + "x" * (hub_records.MAX_ROTATION_CHARS - 100) + '"}'
    stored = 0
    with psycopg.connect(url) as conn:
        for k in range(30):
            batch = [{"body": big[:-2] + f"{k}-{j}" + '"}', "sig": "s"} for j in range(5)]
            rows = conn.execute(
                "SELECT digest, refused FROM mornings.offer_records(%s::jsonb)",
                (psycopg.types.json.Json(batch),),
            ).fetchall()
            stored += len(batch) - len(rows)
        too_big = [{"body": big + " " * 200, "sig": "s"}]
        rows = conn.execute(
            "SELECT refused FROM mornings.offer_records(%s::jsonb)",
            (psycopg.types.json.Json(too_big),),
        ).fetchall()
        conn.commit()
    assert stored == hub_records.LARGE_RECORDS_PER_LOGIN
    assert rows == [("too-large",)]
    with psycopg.connect(site.hub) as conn:
        row = conn.execute("SELECT sum(length(body)) FROM mornings.certificates").fetchone()
    assert row is not None
    assert int(row[0]) < (hub_records.LARGE_RECORDS_PER_LOGIN + 1) * hub_records.MAX_ROTATION_CHARS


def test_an_older_hub_is_named_and_upgrading_it_lets_the_rotation_through(site: Site) -> None:
    """A hub still at schema 5 (4,000 characters a record) drops the rotation: the organiser is
    told to upgrade it; after `hub init` the next round offers it again and it goes through."""
    from mornings_desktop.sync import hub_admin

    recovery_file = site.tmp / "recovery.key"
    recovery.export_recovery_key(site.office, recovery_file, "recovery phrase")
    _desks_over_the_years(site.office, 60)
    with psycopg.connect(site.hub) as conn:  # as a hub made by the previous version reads
        conn.execute("UPDATE mornings.meta SET value = '5' WHERE key = 'schema_version'")
    recovery.rotate(site.office, recovery_file, "recovery phrase")
    office_db = str(site.tmp / "Office.sqlite3")

    done = _sync_cli(site, office_db)
    assert done.returncode == 0, done.stderr
    assert _hub_rotations(site.hub) == []
    told = [line for line in done.stderr.splitlines() if "rotation" in line]
    assert len(told) == 1 and "run 'mornings hub init' on it to upgrade it" in told[0], told

    hub_admin.init_hub(site.hub, site.office.org_id, site.office.ticket_key.hex())
    again = _sync_cli(site, office_db)
    assert again.returncode == 0, again.stderr
    assert "rotation" not in again.stderr
    assert len(_hub_rotations(site.hub)) == 1
