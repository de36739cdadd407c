"""A door desk on its own laptop (no organisation key there), joined by file: it learns the
organisation's public key and its own certificate from the join file, so the office verifies its
admissions and it verifies the office's operations (DESIGN.md §6 "Joining")."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import psycopg

from mornings_desktop.services import registrations
from mornings_desktop.store.database import Database
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import hub_desks, join_file
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.conftest import REPO, cli, cli_env
from tests.sync.test_desk_lifecycle import Site

admin = lifecycle.admin  # the fixtures of the lifecycle tests: an organiser, a hub, the site
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def _door(tmp: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The door laptop: its own database, keyring and data folder (no organisation key)."""
    env = cli_env(
        {
            "MORNINGS_TEST_KEYRING": str(tmp / "door-keyring.json"),
            "MORNINGS_DATA_DIR": str(tmp / "door-data"),
        }
    )
    return subprocess.run(
        cli("--db", str(tmp / "door.sqlite3"), "--operator", "Salma", *args),
        cwd=REPO, env=env, capture_output=True, text=True, input=stdin, timeout=300,
    )  # fmt: skip


def test_a_door_laptop_joined_by_file_admits_and_the_office_sees_it(site: Site) -> None:
    path = site.tmp / "porte.mornings-join"
    hub_desks.issue_desks(
        site.hub, site.admin.org_id, site.admin.ticket_key.hex(), "Porte", "door", path
    )
    written = json.loads(path.read_text())
    assert written["certificate"] and written["desk_key"] and written["org_public_key"]

    joined = _door(site.tmp, "join", str(path), "--json")
    assert joined.returncode == 0, joined.stderr
    # The office's Morning and registrations reached the door and verified there (not waiting).
    status = _door(site.tmp, "sync", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["waiting"] == 0
    admitted = _door(site.tmp, "checkin", "--event", site.morning, site.codes[2], "--json")
    assert admitted.returncode == 0, admitted.stderr + admitted.stdout
    assert json.loads(admitted.stdout.splitlines()[0])["result"] == "admitted"
    pushed = _door(site.tmp, "sync", "--json")
    assert pushed.returncode == 0 and json.loads(pushed.stdout)["pushed"] >= 1, pushed.stderr

    site.sync(site.office)
    assert site.admitted(site.office) == {2}, "the door's admission is verified and applied"
    rows = registrations.list_registrations(site.office, site.morning)
    assert sum(1 for r in rows if r.checked_in) == 1

    # The door's certificate names it a door desk, with the key it signs with.
    db = Database(site.tmp / "door.sqlite3")
    try:
        with db.read() as session:
            roles = [c.role for c in session.query(CertificateRow).filter_by(name="Porte")]
    finally:
        db.dispose()
    assert roles == ["door"]


def test_a_join_file_whose_key_is_not_the_certified_one_is_refused_unspent(site: Site) -> None:
    path = site.tmp / "porte.mornings-join"
    hub_desks.issue_desks(
        site.hub, site.admin.org_id, site.admin.ticket_key.hex(), "Porte", "door", path
    )
    other = hub_desks.spare_path(path, 9)
    hub_desks.issue_desks(
        site.hub, site.admin.org_id, site.admin.ticket_key.hex(), "Autre", "door", other
    )
    data = json.loads(path.read_text())
    data["desk_key"] = json.loads(other.read_text())["desk_key"]  # another desk's key
    body = {k: v for k, v in data.items() if k != "sha256"}
    data["sha256"] = join_file._digest(body)  # a careful forger recomputes the checksum
    path.write_text(json.dumps(data))
    refused = _door(site.tmp, "join", str(path))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "does not hold together" in refused.stderr
    with psycopg.connect(data["hub_url"], connect_timeout=10):
        pass  # the one-time password still works: the file was not spent
