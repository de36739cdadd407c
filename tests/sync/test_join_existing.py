"""A laptop joined without a hub (`mornings desk add`) that later gets a hub keeps its identity
(`mornings hub add-desk NAME --existing`), and one such join file used on two laptops is told to
the organiser — real PostgreSQL, real files, the command line in a process (DESIGN §6 "Joining")."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import psycopg

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.sync import bundle, join
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.conftest import REPO, cli, cli_env
from tests.sync.test_desk_lifecycle import Site

admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def _run(site: Site, *args: str) -> subprocess.CompletedProcess[str]:
    env = cli_env({"MORNINGS_TEST_KEYRING": str(site.tmp / "keyring.json")})
    return subprocess.run(cli(*args), cwd=REPO, env=env, capture_output=True, text=True)


def _db(site: Site, name: str) -> str:
    return str(site.tmp / f"{name}.sqlite3")


def _offline_laptop(site: Site, name: str, join_file: Path) -> Workspace:
    """A laptop joined with a file of `desk add`, with the office's Morning by bundle."""
    ws = site.make_desk(name)
    assert join.join_with_file(ws, join_file).error is None
    carried = site.tmp / f"office-for-{name}.mornings-bundle"
    if not carried.exists():
        bundle.export_bundle(site.office, carried)
    bundle.import_bundle(ws, carried)
    return ws


def _desk_of(ws: Workspace) -> str:
    """The desk this database writes as, read from the file (a command may have changed it)."""
    return str(ws.meta(meta.DEFAULT_DESK))


def test_a_laptop_joined_without_a_hub_keeps_its_desk_on_the_hub(site: Site) -> None:
    usb = site.tmp / "porte-usb.mornings-join"
    made = _run(
        site, "--db", _db(site, "Admin"), "desk", "add", "Porte USB", "--role", "door",
        "-o", str(usb),
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    laptop = _offline_laptop(site, "Laptop", usb)
    desk_id = _desk_of(laptop)
    assert desk_id == laptop.desk_id
    site.admit(laptop, 0)  # recorded before there is any hub for it

    hub_file = site.tmp / "porte-usb-hub.mornings-join"
    added = _run(
        site, "--db", _db(site, "Admin"), "hub", "add-desk", "Porte USB", "--existing",
        "--url", site.hub, "-o", str(hub_file), "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["desk"] == "Porte USB"
    assert hub_file.stat().st_mode & 0o777 == 0o600

    # Another laptop cannot use it, and does not spend it.
    other = site.make_desk("Other")
    wrong = _run(site, "--db", _db(site, "Other"), "join", str(hub_file))
    assert wrong.returncode == 2
    assert "This join file is for the desk Porte USB, which this computer is not" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    other.refresh_identity()

    joined = _run(site, "--db", _db(site, "Laptop"), "join", str(hub_file))
    assert joined.returncode == 0, joined.stderr
    assert _desk_of(laptop) == desk_id, "the laptop keeps its identity"
    site.admit(laptop, 1)
    synced = _run(site, "--db", _db(site, "Laptop"), "sync")
    assert synced.returncode == 0, synced.stderr

    with psycopg.connect(site.hub) as conn:
        desks = conn.execute(
            "SELECT DISTINCT o.desk_id FROM mornings.ops o WHERE o.type = 'checkin.created'"
        ).fetchall()
        claim = conn.execute(
            "SELECT l.desk_name FROM mornings.desk_claims c "
            "JOIN mornings.logins l ON l.login = c.login WHERE c.desk_id = %s",
            (desk_id,),
        ).fetchone()
    assert desks == [(desk_id,)], "both admissions under the one desk"
    assert claim == ("Porte USB",)
    listed = _run(site, "hub", "desks", "--url", site.hub, "--json")
    rows = {d["desk"]: d for d in json.loads(listed.stdout)}
    assert rows["Porte USB"]["ops"] >= 3  # its announcement and both admissions

    site.sync(site.office)
    assert {0, 1} <= site.admitted(site.office)
    with site.office.db.read() as session:
        from sqlalchemy import text

        names = session.execute(
            text("SELECT DISTINCT desk_id FROM operations WHERE type = 'checkin.created'")
        ).fetchall()
    assert names == [(desk_id,)], "one desk in the office's Log"


def test_one_join_file_on_two_laptops_is_told_to_the_organiser(site: Site) -> None:
    usb = site.tmp / "porte-usb.mornings-join"
    made = _run(
        site, "--db", _db(site, "Admin"), "desk", "add", "Porte USB", "--role", "door",
        "-o", str(usb),
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    first = _offline_laptop(site, "First", usb)
    second = _offline_laptop(site, "Second", usb)
    assert _desk_of(first) == _desk_of(second)
    site.admit(first, 0)
    site.admit(second, 1)
    for ws, name in ((first, "first"), (second, "second")):
        out = site.tmp / f"{name}.mornings-bundle"
        bundle.export_bundle(ws, out)
        imported = _run(site, "--db", _db(site, "Office"), "sync", "import", str(out))
        assert imported.returncode == 0, imported.stderr
    said = [line for line in imported.stderr.splitlines() if "join file" in line]
    assert said == [
        "mornings: warning: The join file of the desk Porte USB was used on two computers: both "
        "write as that desk (nothing is lost); give one of them a join file of its own "
        "('mornings desk add') and join it again."
    ]
    status = _run(site, "--db", _db(site, "Office"), "sync", "status", "--json")
    assert status.returncode == 0, status.stderr
    st = json.loads(status.stdout)
    assert list(st["joined_twice"].values()) == ["Porte USB"]
    assert st["copies"] == []  # told once, as the join file's
    assert {0, 1} <= site.admitted(site.office), "nothing lost"
