"""Joining by file (DESIGN.md §6 "Joining"): `hub add-desk -o FILE`, `mornings join FILE`, the
one-time password replaced at first contact, bad files refused in one sentence."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from sqlalchemy import select

from mornings_desktop.errors import ValidationError
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import client, hub_admin, hub_desks, join, join_file
from mornings_desktop.sync.hub_schema import HubError
from tests.sync.conftest import REPO, cli, cli_env
from tests.sync.file_keyring import FileKeyring

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def admin(hub_db: str, make_desk: MakeDesk) -> Workspace:
    ws = make_desk("Admin")
    hub_admin.init_hub(hub_db, ws.org_id, ws.ticket_key.hex())
    return ws


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The test keyring backend (a JSON file) for joins run in this process."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(path))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())  # type: ignore[no-untyped-call]
    yield path
    keyring.set_keyring(before)


def _run(
    *args: str, env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli(*args), cwd=REPO, env=env, capture_output=True, text=True, input=stdin
    )


def _password(join_path: Path) -> str:
    url = json.loads(join_path.read_text())["hub_url"]
    return str(url.split("@")[0].rsplit(":", 1)[1])


def test_add_desk_join_sync_and_the_same_file_refused_the_second_time(
    hub_db: str, admin: Workspace, tmp_path: Path
) -> None:
    env = cli_env({"MORNINGS_TEST_KEYRING": str(tmp_path / "keyring.json")})
    admin_db = str(tmp_path / "Admin.sqlite3")
    target = tmp_path / "accueil.mornings-join"
    out = _run(
        "--db", admin_db, "hub", "add-desk", "Accueil 1", "--role", "door", "--url", hub_db,
        "-o", str(target), "--json", env=env,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    added = json.loads(out.stdout)
    assert (added["desk"], added["role"], added["file"]) == ("Accueil 1", "door", str(target))
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    one_time = _password(target)
    assert one_time not in out.stdout + out.stderr

    # Joined from standard input: the secret is on no command line.
    desk_db = tmp_path / "desk.sqlite3"
    joined = _run("--db", str(desk_db), "join", "-", "--json", env=env, stdin=target.read_text())
    assert joined.returncode == 0, joined.stderr
    result = json.loads(joined.stdout)
    assert result["org_id"] == admin.org_id and result["role"] == "door"
    assert result["pushed"] >= 1 and result["error"] is None
    assert one_time not in joined.stdout + joined.stderr
    # The one-time password is gone; the desk's own password is in the keyring, not the file.
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(json.loads(target.read_text())["hub_url"], connect_timeout=5).close()
    assert one_time not in (tmp_path / "keyring.json").read_text()

    desk = Workspace.open(desk_db, None)
    try:
        assert desk.meta("desk_role") == "door"
        # The desk is the certified one: its only certificate is the organisation's, for a door.
        with desk.db.read() as session:
            certs = session.execute(
                select(CertificateRow.org_id, CertificateRow.desk_id, CertificateRow.role)
            ).all()
        assert [tuple(c) for c in certs] == [(admin.org_id, desk.desk_id, "door")]
        # What a door desk may not record is refused here, before anything is written (every
        # other desk would refuse it); a walk-in of its own it records, and pushes.
        with pytest.raises(ValidationError, match="door desk"):
            mornings.create(desk, mornings.MorningInput(title="Petit-déjeuner", date="2026-12-10"))
        desk.record(
            "person.created", {"id": f"{desk.desk_id}/p1", "fields": {"first_name": "Sara"}}
        )
    finally:
        desk.close()
    synced = _run("--db", str(desk_db), "sync", "--json", env=env)
    assert synced.returncode == 0, synced.stderr
    assert json.loads(synced.stdout)["pushed"] == 1 and json.loads(synced.stdout)["waiting"] == 0

    # The same file a second time, on another laptop: one clear sentence, exit 2, nothing joined.
    other_db = tmp_path / "other.sqlite3"
    again = _run("--db", str(other_db), "join", str(target), env=env)
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1 and "already used" in again.stderr
    assert "Traceback" not in again.stderr
    other = Workspace.open(other_db, None)
    try:
        assert other.org_id != admin.org_id and not other.meta(client.HUB_URL)
    finally:
        other.close()


def test_spare_doors_are_files_of_their_own(
    hub_db: str, admin: Workspace, tmp_path: Path, make_desk: MakeDesk, file_keyring: Path
) -> None:
    target = tmp_path / "entree.json"
    issued = hub_desks.issue_desks(
        hub_db, admin.org_id, admin.ticket_key.hex(), "Entrée", "organiser", target, spare=2
    )
    assert [(d.desk, d.role) for d in issued] == [
        ("Entrée", "organiser"),
        ("Entrée spare 1", "door"),
        ("Entrée spare 2", "door"),
    ]
    files = [Path(d.file) for d in issued]
    assert files[1:] == [tmp_path / "entree-spare-1.json", tmp_path / "entree-spare-2.json"]
    for path in files:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    spare = make_desk("Spare")
    joined = join.join_with_file(spare, files[2])
    assert joined.error is None and joined.role == "door" and spare.org_id == admin.org_id
    assert {d.desk for d in hub_desks.list_desks(hub_db)} == {d.desk for d in issued}


def test_taken_name_writes_no_file_and_makes_no_login(
    hub_db: str, admin: Workspace, tmp_path: Path
) -> None:
    env = cli_env({"MORNINGS_TEST_KEYRING": str(tmp_path / "keyring.json")})
    admin_db = str(tmp_path / "Admin.sqlite3")
    hub_admin.add_desk(hub_db, "Accueil 1 spare 1")
    target = tmp_path / "a.json"
    out = _run(
        "--db", admin_db, "hub", "add-desk", "Accueil 1", "--role", "door", "--url", hub_db,
        "-o", str(target), "--spare", "1", env=env,
    )  # fmt: skip
    assert (
        out.returncode == 2
        and "is already on this hub" in out.stderr
        and "_desk_" not in out.stderr
    )
    assert not target.exists() and not list(tmp_path.glob("a-spare-*"))
    assert [d.desk for d in hub_desks.list_desks(hub_db)] == ["Accueil 1 spare 1"]


def test_add_desk_on_a_computer_without_the_organisation_key_is_refused(
    hub_db: str, admin: Workspace, tmp_path: Path
) -> None:
    """A computer that cannot find the organisation key cannot certify a desk: it used to write a
    join file without any identity (exit 0), and the laptop joined with it as a "door desk" that no
    certificate named: every desk held its admissions for ever. Now one sentence, no file, no
    login on the hub."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = cli_env(
        {
            "MORNINGS_TEST_KEYRING": str(elsewhere / "keyring.json"),  # holds nothing
            "MORNINGS_DATA_DIR": str(elsewhere),  # no key file either
        }
    )
    target = tmp_path / "door.json"
    out = _run(
        "--db", str(tmp_path / "Admin.sqlite3"), "hub", "add-desk", "Door", "--role", "door",
        "--url", hub_db, "-o", str(target), "--spare", "1", env=env,
    )  # fmt: skip
    assert out.returncode == 2, out.stdout + out.stderr
    assert "does not hold the organisation key" in out.stderr and out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr
    assert not target.exists() and not list(tmp_path.glob("door-spare-*"))
    assert hub_desks.list_desks(hub_db) == []


def _tampered(path: Path) -> str:
    data = json.loads(path.read_text())
    data["role"] = "organiser"
    return json.dumps(data)


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{not json",
        "[1, 2, 3]",
        '{"format": "mornings-setup", "version": 1}',
        "[" * 100_000,
        "TAMPERED",
        "TRUNCATED",
        "NEWER",
        "NO_IDENTITY",
        None,  # no such file
    ],
)
def test_bad_join_file_one_sentence_exit_2_nothing_changed(
    hub_db: str, admin: Workspace, tmp_path: Path, content: str | None
) -> None:
    env = cli_env({"MORNINGS_TEST_KEYRING": str(tmp_path / "keyring.json")})
    good = hub_desks.issue_desks(
        hub_db, admin.org_id, admin.ticket_key.hex(), "Door", "door", tmp_path / "good.json"
    )[0]
    text = Path(good.file).read_text()
    bad = tmp_path / "bad.json"
    if content == "TAMPERED":
        content = _tampered(Path(good.file))
    elif content == "TRUNCATED":
        content = text[: len(text) // 2]
    elif content == "NEWER":
        data = json.loads(text)
        data["version"] = 99
        content = json.dumps(data)
    elif content == "NO_IDENTITY":  # whole and undamaged, but no desk identity in it (a file
        # made on a computer without the organisation key): the desk would be nobody's
        body = {k: v for k, v in json.loads(text).items() if k != "sha256"}
        body.update(certificate=None, desk_key=None, org_public_key=None, settings=None)
        content = json.dumps({**body, "sha256": join_file._digest(body)})
    if content is not None:
        bad.write_text(content)
    desk_db = tmp_path / "desk.sqlite3"
    out = _run("--db", str(desk_db), "join", str(bad), env=env)
    assert out.returncode == 2, out.stderr
    assert out.stderr.startswith("mornings: ") and out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr and len(out.stderr) < 300
    assert out.stdout == ""
    ws = Workspace.open(desk_db, None)
    try:
        assert ws.org_id != admin.org_id and not ws.meta(client.HUB_URL)
    finally:
        ws.close()
    # The good file was not consumed by any of this.
    assert _run("--db", str(desk_db), "join", good.file, env=env).returncode == 0


def test_a_database_joined_as_one_desk_does_not_become_another(
    hub_db: str, admin: Workspace, tmp_path: Path, make_desk: MakeDesk, file_keyring: Path
) -> None:
    key = admin.ticket_key.hex()
    first = hub_desks.issue_desks(hub_db, admin.org_id, key, "Door", "door", tmp_path / "d.json")
    other = hub_desks.issue_desks(hub_db, admin.org_id, key, "Bar", "door", tmp_path / "b.json")
    laptop = make_desk("Laptop")
    assert join.join_with_file(laptop, first[0].file).error is None
    with pytest.raises(HubError, match="already joined the hub as the desk “Door”") as refused:
        join.join_with_file(laptop, other[0].file)
    assert "_desk_" not in str(refused.value)  # never the hub's login for it
    # The other file was not spent: a new database joins with it.
    assert join.join_with_file(make_desk("Fresh"), other[0].file).error is None


def test_the_desk_login_gains_no_right_but_its_own_password(
    hub_db: str, admin: Workspace, tmp_path: Path, make_desk: MakeDesk, file_keyring: Path
) -> None:
    from mornings_desktop.sync import credentials

    issued = hub_desks.issue_desks(
        hub_db, admin.org_id, admin.ticket_key.hex(), "Door", "door", tmp_path / "d.json"
    )[0]
    desk = make_desk("Door")
    join.join_with_file(desk, issued.file)
    url = credentials.complete_url(str(desk.meta(client.HUB_URL)))
    for statement in (
        "ALTER ROLE CURRENT_USER CONNECTION LIMIT 100",
        "ALTER ROLE CURRENT_USER CREATEDB",
        "ALTER ROLE CURRENT_USER CREATEROLE",
        "ALTER ROLE CURRENT_USER VALID UNTIL 'infinity'",
        "SELECT * FROM mornings.desk_roster",
        "UPDATE mornings.desk_roster SET revoked_at = NULL",
        "SELECT * FROM mornings.revoked_ops",
        "INSERT INTO mornings.accepted_digests VALUES ('x')",
    ):
        with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)  # type: ignore[arg-type]
    with psycopg.connect(url) as conn:  # hostile clocks are noted as unknown, never an error
        for value in (
            "infinity",
            "-infinity",
            None,
            "1970-01-01T00:00:00Z",
            "9999-12-31T00:00:00Z",
        ):
            row = conn.execute("SELECT mornings.desk_clock(%s::timestamptz)", (value,)).fetchone()
            assert row is not None and row[0] is not None
            conn.commit()
    assert {d.desk for d in hub_desks.list_desks(hub_db)} == {"Door"}
