"""Joining without a hub (USB sticks only): the organiser's desk, which holds the organisation key,
issues join files with `mornings desk add` (no hub address in them); `mornings join FILE` installs
the certificate, the desk key and the organisation's public key, with no first contact. The door
desks and the organiser then exchange bundle files, and every desk verifies every operation
(DESIGN.md §6 "Joining" and "Bundles")."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest

from mornings_desktop.errors import UserError
from mornings_desktop.services import mornings, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.database import Database
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import client, join_file
from tests.sync.conftest import REPO, cli, cli_env
from tests.sync.file_keyring import FileKeyring
from tests.sync.registered import morning_with_codes

MakeDesk = Callable[..., Workspace]


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The organiser's keyring (it holds the organisation key made with the template)."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(path))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())  # type: ignore[no-untyped-call]
    yield path
    keyring.set_keyring(before)


def _run(tmp: Path, laptop: str | None, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`mornings` on a laptop: its own keyring and data folder (None: the organiser's)."""
    extra = {}
    if laptop is not None:
        extra = {
            "MORNINGS_TEST_KEYRING": str(tmp / f"{laptop}-keyring.json"),
            "MORNINGS_DATA_DIR": str(tmp / f"{laptop}-data"),
        }
    return subprocess.run(
        cli("--db", str(db), "--operator", "Salma", *args),
        cwd=REPO, env=cli_env(extra), capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def _ok(done: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert done.returncode == 0, done.stderr + done.stdout
    return dict(json.loads(done.stdout.splitlines()[0]))


class Office:
    """An organiser with no hub: one Morning, six registrations."""

    def __init__(self, make_desk: MakeDesk, tmp: Path) -> None:
        self.tmp = tmp
        self.ws = make_desk("Bureau")
        self.db = self.ws.path
        self.morning, self.codes = morning_with_codes(self.ws, 6)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return _run(self.tmp, None, self.db, *args)

    def admitted(self, ws: Workspace) -> set[int]:
        rows = {r.code: r.checked_in for r in registrations.list_registrations(ws, self.morning)}
        return {i for i, code in enumerate(self.codes) if rows.get(code)}


@pytest.fixture
def office(make_desk: MakeDesk, tmp_path: Path) -> Office:
    return Office(make_desk, tmp_path)


def _clean(ws: Workspace) -> None:
    status = client.status(ws)
    assert (status.held_waiting, status.refused, status.quarantined) == (0, 0, 0), status


def test_doors_joined_without_a_hub_exchange_bundles_with_the_organiser(office: Office) -> None:
    tmp = office.tmp
    issued = _ok(
        office.run("desk", "add", "Porte", "--role", "door", "-o", str(tmp / "porte.join"),
                   "--spare", "1", "--json")
    )  # fmt: skip
    assert issued["desk"] == "Porte" and issued["role"] == "door"
    spare = tmp / "porte-spare-1.join"
    assert [s["file"] for s in issued["spares"]] == [str(spare)]  # type: ignore[union-attr]
    written = json.loads((tmp / "porte.join").read_text())
    assert written["hub_url"] is None
    assert written["certificate"] and written["desk_key"] and written["org_public_key"]
    assert written["settings"]  # organisation-signed, as in a hub join file
    assert (tmp / "porte.join").stat().st_mode & 0o777 == 0o600

    _ok(office.run("sync", "export", "-o", str(tmp / "office-1.bundle"), "--json"))

    # The first door laptop: a new database, its own keyring; joins with no network at all.
    door = tmp / "door.sqlite3"
    joined = _ok(_run(tmp, "door", door, "join", str(tmp / "porte.join"), "--json"))
    assert joined["org_id"] == office.ws.org_id and joined["desk"] == "Porte"
    assert joined["role"] == "door" and not joined["hub"]
    assert (
        _ok(_run(tmp, "door", door, "sync", "import", str(tmp / "office-1.bundle"), "--json"))[
            "quarantined"
        ]
        == 0
    )
    for code in office.codes[:2]:
        admitted = _ok(
            _run(tmp, "door", door, "checkin", "--event", office.morning, code, "--json")
        )
        assert admitted["result"] == "admitted"
    _ok(_run(tmp, "door", door, "sync", "export", "-o", str(tmp / "door.bundle"), "--json"))

    # The organiser imports the door's bundle: its admissions are held, nothing waits.
    imported = _ok(office.run("sync", "import", str(tmp / "door.bundle"), "--json"))
    assert imported["quarantined"] == 0, imported
    assert office.admitted(office.ws) == {0, 1}
    _clean(office.ws)

    # A second door, joined with the spare file, learns the admissions from the organiser's bundle.
    _ok(office.run("sync", "export", "-o", str(tmp / "office-2.bundle"), "--json"))
    door2 = tmp / "door2.sqlite3"
    joined2 = _ok(_run(tmp, "door2", door2, "join", str(spare), "--json"))
    assert joined2["desk"] == "Porte spare 1" and joined2["role"] == "door"
    _ok(_run(tmp, "door2", door2, "sync", "import", str(tmp / "office-2.bundle"), "--json"))
    second = Workspace.open(door2, backup_on_migrate=False)
    try:
        assert office.admitted(second) == {0, 1}
        _clean(second)
        again = _ok(
            _run(tmp, "door2", door2, "checkin", "--event", office.morning, office.codes[0],
                 "--json")
        )  # fmt: skip
        assert again["result"] != "admitted"  # already admitted at the other door
    finally:
        second.close()


def test_a_join_file_with_a_changed_certificate_is_refused_and_nothing_installed(
    office: Office,
) -> None:
    tmp = office.tmp
    path = tmp / "porte.join"
    _ok(office.run("desk", "add", "Porte", "--role", "door", "-o", str(path), "--json"))
    data = json.loads(path.read_text())
    data["certificate"]["role"] = "organiser"  # a door made organiser by hand
    data["role"] = "organiser"
    body = {k: v for k, v in data.items() if k != "sha256"}
    data["sha256"] = join_file._digest(body)  # a careful forger recomputes the checksum
    path.write_text(json.dumps(data))

    door = tmp / "door.sqlite3"
    refused = _run(tmp, "door", door, "join", str(path))
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.count("\n") == 1 and "not signed by the organisation" in refused.stderr
    db = Database(door)
    try:
        with db.read() as session:
            assert session.query(CertificateRow).filter_by(org_id=office.ws.org_id).count() == 0
    finally:
        db.dispose()
    keyring_file = tmp / "door-keyring.json"
    kept = keyring_file.read_text() if keyring_file.exists() else ""
    assert office.ws.org_id not in kept  # no desk key of the organisation installed


def test_a_door_desk_cannot_issue_join_files(office: Office) -> None:
    tmp = office.tmp
    _ok(
        office.run(
            "desk", "add", "Porte", "--role", "door", "-o", str(tmp / "porte.join"), "--json"
        )
    )
    door = tmp / "door.sqlite3"
    _ok(_run(tmp, "door", door, "join", str(tmp / "porte.join"), "--json"))
    refused = _run(tmp, "door", door, "desk", "add", "X", "--role", "door", "-o", str(tmp / "x"))
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
    assert not (tmp / "x").exists()


def test_setup_files_are_retired_with_one_sentence(office: Office) -> None:
    tmp = office.tmp
    for args in (
        ("sync", "setup-file", "-o", str(tmp / "org.setup")),
        ("join", "--setup-file", str(tmp / "org.setup")),
    ):
        refused = office.run(*args)
        assert refused.returncode == 2, refused.stderr
        assert refused.stderr.count("\n") == 1 and "mornings desk add" in refused.stderr
    assert not (tmp / "org.setup").exists()


def test_a_new_database_adopts_the_organisation_and_another_organisations_is_refused(
    office: Office, make_desk: MakeDesk
) -> None:
    from mornings_desktop.sync import join, join_offline

    tmp = office.tmp
    files = join_offline.issue_files(office.ws, "Caisse", "organiser", tmp / "c.join", spare=1)
    newcomer = make_desk("Nouveau", fresh_org=True)
    joined = join.join_with_file(newcomer, files[0].file)
    assert (joined.desk, joined.role, joined.hub, joined.round) == ("Caisse", "organiser", "", None)
    assert (newcomer.org_id, newcomer.ticket_key) == (office.ws.org_id, office.ws.ticket_key)
    assert newcomer.desk_name == "Caisse" and not newcomer.meta(client.HUB_URL)
    other = make_desk("Autre", fresh_org=True)
    mornings.create(other, mornings.MorningInput(title="À elle", date="2026-12-11"))
    with pytest.raises(UserError, match="another organisation"):
        join.join_with_file(other, files[1].file)
    assert other.org_id != office.ws.org_id
    data = json.loads(Path(files[1].file).read_text())
    data["ticket_key"] = "00" * 32  # damaged (the checksum no longer matches)
    Path(files[1].file).write_text(json.dumps(data))
    fresh = make_desk("Frais", fresh_org=True)
    with pytest.raises(UserError, match="damaged"):
        join.join_with_file(fresh, files[1].file)


def test_a_desk_joined_without_a_hub_is_given_one_later(office: Office, hub_db: str) -> None:
    """The organisation gets a hub: `hub add-desk … --url` for each desk, `mornings join FILE` on
    it. Everything recorded before reaches the hub, and the later admissions are accepted."""
    from mornings_desktop.sync import credentials, hub_admin, hub_desks, join, join_offline

    tmp = office.tmp
    org = office.ws
    (porte,) = join_offline.issue_files(org, "Porte", "door", tmp / "porte.join")
    _ok(office.run("sync", "export", "-o", str(tmp / "office.bundle"), "--json"))
    door = tmp / "door.sqlite3"
    _ok(_run(tmp, "door", door, "join", porte.file, "--json"))
    _ok(_run(tmp, "door", door, "sync", "import", str(tmp / "office.bundle"), "--json"))
    _ok(_run(tmp, "door", door, "checkin", "--event", office.morning, office.codes[0], "--json"))

    hub_admin.init_hub(hub_db, org.org_id, org.ticket_key.hex())
    hub_desks.issue_desks(hub_db, org.org_id, org.ticket_key.hex(), "Bureau", "organiser",
                          tmp / "bureau-hub.join")  # fmt: skip
    hub_desks.issue_desks(hub_db, org.org_id, org.ticket_key.hex(), "Porte", "door",
                          tmp / "porte-hub.join")  # fmt: skip
    assert join.join_with_file(org, tmp / "bureau-hub.join").error is None
    joined = _ok(_run(tmp, "door", door, "join", str(tmp / "porte-hub.join"), "--json"))
    assert joined["error"] is None and joined["hub"]
    _ok(_run(tmp, "door", door, "checkin", "--event", office.morning, office.codes[1], "--json"))
    _ok(_run(tmp, "door", door, "sync", "--json"))

    client.sync_round(org, credentials.complete_url(str(org.meta(client.HUB_URL))))
    assert office.admitted(org) == {0, 1}
    _clean(org)


def test_a_join_file_without_a_hub_and_without_a_certificate_is_refused(
    office: Office, make_desk: MakeDesk
) -> None:
    from mornings_desktop.sync import join, join_offline

    (porte,) = join_offline.issue_files(office.ws, "Porte", "door", office.tmp / "p.join")
    data = json.loads(Path(porte.file).read_text())
    for key in ("certificate", "desk_key", "org_public_key"):
        data[key] = None  # what a setup file gave: the organisation, no identity
    data["sha256"] = join_file._digest({k: v for k, v in data.items() if k != "sha256"})
    Path(porte.file).write_text(json.dumps(data))
    fresh = make_desk("Frais", fresh_org=True)
    before = fresh.org_id
    with pytest.raises(UserError, match="is not a Mornings join file"):
        join.join_with_file(fresh, porte.file)
    assert fresh.org_id == before


def test_a_door_desk_refuses_an_organisers_operation_before_writing(office: Office) -> None:
    """What a door desk's role may not record (DESIGN §6) is refused on the desk itself, in one
    sentence and before anything is written — not applied here and then refused by every other
    desk, which left the door showing a Morning no one else had."""
    tmp = office.tmp
    _ok(
        office.run("desk", "add", "Porte", "--role", "door", "-o", str(tmp / "porte.join"),
                   "--json")
    )  # fmt: skip
    _ok(office.run("sync", "export", "-o", str(tmp / "office.bundle"), "--json"))
    door = tmp / "door.sqlite3"
    _ok(_run(tmp, "door", door, "join", str(tmp / "porte.join"), "--json"))
    _ok(_run(tmp, "door", door, "sync", "import", str(tmp / "office.bundle"), "--json"))
    with sqlite3.connect(door) as conn:
        before = conn.execute("SELECT count(*) FROM operations").fetchone()[0]
    made = _run(tmp, "door", door, "events", "create", "--title", "Autre", "--date", "2027-01-14")
    assert made.returncode == 2 and made.stdout == ""
    assert made.stderr.count("\n") == 1 and "organiser desk" in made.stderr
    with sqlite3.connect(door) as conn:
        assert conn.execute("SELECT count(*) FROM operations").fetchone()[0] == before
    # What a door may record it still does: an admission.
    admitted = _ok(
        _run(tmp, "door", door, "checkin", "--event", office.morning, office.codes[0], "--json")
    )
    assert admitted["result"] == "admitted"
