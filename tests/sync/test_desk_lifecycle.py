"""The desk lifecycle against a real hub: `hub desks`, `hub reset-desk`, `hub revoke-desk`, and the
clock offset each round measures (DESIGN.md §6)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import keyring
import psycopg
import pytest

from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, credentials, hub_admin, hub_desks, join
from mornings_desktop.sync.hub_schema import HubError
from mornings_desktop.timeutil import now_utc
from tests.sync.conftest import REPO, cli, cli_env
from tests.sync.file_keyring import FileKeyring
from tests.sync.registered import morning_with_codes

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def admin(hub_db: str, make_desk: MakeDesk) -> Workspace:
    ws = make_desk("Admin")
    hub_admin.init_hub(hub_db, ws.org_id, ws.ticket_key.hex())
    return ws


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(path))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())  # type: ignore[no-untyped-call]
    yield path
    keyring.set_keyring(before)


class Site:
    """An organiser's hub with desks joined by file, one Morning and its registrations."""

    def __init__(self, hub: str, admin: Workspace, make_desk: MakeDesk, tmp: Path) -> None:
        self.hub, self.admin, self.make_desk, self.tmp = hub, admin, make_desk, tmp
        self.office = self.join("Office", "organiser")
        self.morning, self.codes = morning_with_codes(self.office, 6)
        self.sync(self.office)

    def issue(self, name: str, role: str) -> Path:
        path = self.tmp / f"{name}.mornings-join"
        hub_desks.issue_desks(
            self.hub, self.admin.org_id, self.admin.ticket_key.hex(), name, role, path
        )
        return path

    def join(self, name: str, role: str = "door") -> Workspace:
        ws = self.make_desk(name)
        joined = join.join_with_file(ws, self.issue(name, role))
        assert joined.error is None, joined.error
        return ws

    def sync(self, ws: Workspace, **kwargs: object) -> client.RoundResult:
        url = credentials.complete_url(str(ws.meta(client.HUB_URL)))
        return client.sync_round(ws, url, **kwargs)  # type: ignore[arg-type]

    def admit(self, ws: Workspace, i: int) -> None:
        assert checkin.scan(ws, self.morning, self.codes[i]).result == "admitted"

    def admitted(self, ws: Workspace) -> set[int]:
        rows = {r.code: r.checked_in for r in registrations.list_registrations(ws, self.morning)}
        return {i for i, code in enumerate(self.codes) if rows.get(code)}


@pytest.fixture
def site(hub_db: str, admin: Workspace, make_desk: MakeDesk, tmp_path: Path) -> Site:
    return Site(hub_db, admin, make_desk, tmp_path)


def _hub_checkins(hub: str, desk_id: str) -> int:
    with psycopg.connect(hub) as conn:
        row = conn.execute(
            "SELECT count(*) FROM mornings.ops WHERE desk_id = %s AND type = 'checkin.created'",
            (desk_id,),
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_reset_desk_old_password_fails_and_the_rejoined_laptop_is_accepted(site: Site) -> None:
    door = site.join("Door")
    site.sync(door)
    site.admit(door, 0)
    assert site.sync(door).pushed == 1
    old_file = site.tmp / "Door.mornings-join"

    new_file = site.tmp / "door-again.mornings-join"
    issued = hub_desks.reset_desk(
        site.hub, site.admin.org_id, site.admin.ticket_key.hex(), "Door", new_file
    )
    assert (issued.desk, issued.role, issued.file) == ("Door", "door", str(new_file))
    # The laptop's own password (kept at its first contact) no longer works.
    with pytest.raises(HubError, match="wrong login or password"):
        site.sync(door)
    # Neither does the first file.
    with pytest.raises(HubError, match="already used"):
        join.join_with_file(site.make_desk("Thief"), old_file)

    # The same laptop joins again with the new file: its new admissions are accepted.
    again = join.join_with_file(door, new_file)
    assert again.error is None
    site.admit(door, 1)
    result = site.sync(door)
    assert (result.pushed, result.refused, result.waiting) == (1, 0, 0)
    site.sync(site.office)
    assert site.admitted(site.office) == {0, 1}
    # A new file works once: the reset one is now used too.
    with pytest.raises(HubError, match="already used"):
        join.join_with_file(site.make_desk("Other"), new_file)


def test_revoke_keeps_earlier_operations_refuses_later_and_other_desks_go_on(
    site: Site,
) -> None:
    door = site.join("Door")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    with psycopg.connect(site.hub) as conn:
        row = conn.execute("SELECT now()").fetchone()
    assert row is not None
    before_theft = row[0]
    site.admit(door, 1)  # made with the stolen laptop
    site.sync(door)
    assert _hub_checkins(site.hub, door.desk_id) == 2

    revoked = hub_desks.revoke_desk(site.hub, "Door", before_theft)
    assert revoked.set_aside == 1
    assert _hub_checkins(site.hub, door.desk_id) == 1  # the earlier one is kept
    with pytest.raises(HubError, match="revoked"):
        site.sync(door)

    # Every other desk still admits people, and a desk joining now never sees the later one.
    site.admit(site.office, 2)
    assert site.sync(site.office).refused == 0
    late = site.join("Late")
    site.sync(late)
    assert site.admitted(late) == {0, 2}

    # `hub init` again (an upgrade) keeps the revocation in force.
    hub_admin.init_hub(site.hub, site.admin.org_id, site.admin.ticket_key.hex())
    # Even if the login came back by mistake, the hub keeps refusing the revoked desk's operations.
    with psycopg.connect(site.hub, autocommit=True) as conn:
        login = next(d.login for d in hub_desks.list_desks(site.hub) if d.desk == "Door")
        conn.execute(f'ALTER ROLE "{login}" LOGIN')
    site.admit(door, 3)
    site.sync(door)
    assert _hub_checkins(site.hub, door.desk_id) == 1
    listed = {d.desk: d for d in hub_desks.list_desks(site.hub)}
    # The late delivery is set aside too (kept for `sync accept`), not stored.
    assert listed["Door"].revoked_until is not None and listed["Door"].set_aside == 2
    assert listed["Door"].ops >= 1 and listed["Office"].revoked_until is None
    with pytest.raises(HubError, match="revoked"):
        hub_desks.reset_desk(
            site.hub, site.admin.org_id, site.admin.ticket_key.hex(), "Door", site.tmp / "x"
        )
    with pytest.raises(HubError, match="future"):
        hub_desks.revoke_desk(site.hub, "Office", now_utc() + timedelta(hours=1))


def test_hub_desks_shows_the_offset_of_a_desk_two_hours_ahead(site: Site) -> None:
    door = site.join("Door")
    ahead = site.sync(door, wall_clock=lambda: now_utc() + timedelta(hours=2))
    assert ahead.clock_off and ahead.clock_offset_s is not None
    assert abs(ahead.clock_offset_s - 7200) < 30
    on_time = site.sync(site.office)
    assert not on_time.clock_off and on_time.clock_offset_s is not None
    assert abs(on_time.clock_offset_s) < 30

    env = cli_env({"MORNINGS_TEST_KEYRING": str(site.tmp / "keyring.json")})
    listed = subprocess.run(
        cli("hub", "desks", "--url", site.hub, "--json"),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    desks = {d["desk"]: d for d in json.loads(listed.stdout)}
    assert abs(desks["Door"]["clock_offset_s"] - 7200) < 30 and desks["Door"]["clock_off"]
    assert abs(desks["Office"]["clock_offset_s"]) < 30 and not desks["Office"]["clock_off"]
    assert desks["Door"]["role"] == "door" and desks["Door"]["last_seen"]
    text = subprocess.run(
        cli("hub", "desks", "--url", site.hub), cwd=REPO, env=env, capture_output=True, text=True
    )
    door_line = next(line for line in text.stdout.splitlines() if line.startswith("Door"))
    assert "+72" in door_line and "OFF" in door_line

    # The desk person is told, on the command line.
    status = subprocess.run(
        cli("--db", str(site.tmp / "Door.sqlite3"), "sync", "status"),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert status.returncode == 0, status.stderr
    assert "clock is 2 h 00 min ahead" in status.stderr


def test_an_erasure_reaches_the_operations_set_aside_by_a_revocation(site: Site) -> None:
    from mornings_desktop.services import people

    door = site.join("Door")
    site.sync(door)
    with psycopg.connect(site.hub) as conn:
        row = conn.execute("SELECT now()").fetchone()
    assert row is not None
    registration = registrations.register_person(
        door, site.morning, {"first_name": "Yasmine", "email": "yasmine@x.ma"}, walk_in=True
    )
    person = registrations.get_registration(door, registration).person_id
    site.sync(door)
    site.sync(site.office)  # the office learnt of her before the revocation
    assert hub_desks.revoke_desk(site.hub, "Door", row[0]).set_aside >= 1

    def aside() -> str:
        with psycopg.connect(site.hub) as conn:
            return json.dumps([r[0] for r in conn.execute("SELECT op FROM mornings.revoked_ops")])

    def blocks() -> str:
        with psycopg.connect(site.hub) as conn:
            return json.dumps([str(r) for r in conn.execute("SELECT * FROM mornings.personal")])

    # Signed operations keep personal values outside their text: the set-aside operation holds
    # only commitments; her values are in the hub's erasable blocks.
    assert "yasmine@x.ma" not in aside() and "yasmine@x.ma" in blocks()
    people.erase(site.office, person)
    assert site.sync(site.office).refused == 0
    assert "yasmine@x.ma" not in aside() and "Yasmine" not in aside()
    assert "yasmine@x.ma" not in blocks() and "Yasmine" not in blocks()


def test_sync_accept_takes_back_one_set_aside_operation_at_a_time(site: Site) -> None:
    door = site.join("Door")
    site.sync(door)
    with psycopg.connect(site.hub) as conn:
        row = conn.execute("SELECT now()").fetchone()
    assert row is not None
    site.admit(door, 0)
    site.sync(door)
    site.admit(door, 1)
    site.sync(door)
    assert hub_desks.revoke_desk(site.hub, "Door", row[0]).set_aside == 2

    env = cli_env({"MORNINGS_TEST_KEYRING": str(site.tmp / "keyring.json")})
    office_db = str(site.tmp / "Office.sqlite3")
    listed = subprocess.run(
        cli("--db", office_db, "sync", "accept", "--url", site.hub, "--json"),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    held = json.loads(listed.stdout)
    assert [h["type"] for h in held] == ["checkin.created", "checkin.created"]
    assert {h["desk"] for h in held} == {"Door"}

    wrong = subprocess.run(
        cli("--db", office_db, "sync", "accept", "0" * 64, "--url", site.hub),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1 and "nothing was" in wrong.stderr

    first = held[0]["digest"]
    took = subprocess.run(
        cli("--db", office_db, "sync", "accept", first, "--url", site.hub, "--json"),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert took.returncode == 0, took.stderr
    assert json.loads(took.stdout) == {"accepted": [first]}
    assert [h.digest for h in hub_desks.held(site.hub)] == [held[1]["digest"]]
    late = site.join("Late")
    site.sync(late)
    assert site.admitted(late) == {0}  # the accepted one, not the one still held
    assert _hub_checkins(site.hub, door.desk_id) == 1


def test_a_desk_login_in_place_of_the_administrator_gets_one_sentence(site: Site) -> None:
    """`hub desks --url DESK_URL` said PostgreSQL's "permission denied for table meta"."""
    desk_url = json.loads(site.issue("Porte 9", "door").read_text())["hub_url"]
    env = cli_env({"MORNINGS_TEST_KEYRING": str(site.tmp / "keyring.json")})
    listed = subprocess.run(
        cli("hub", "desks", "--url", desk_url), cwd=REPO, env=env, capture_output=True, text=True
    )
    assert listed.returncode == 2, listed.stderr
    assert "may not manage the hub's desks" in listed.stderr
    assert "permission denied" not in listed.stderr and "Traceback" not in listed.stderr
    assert len(listed.stderr.strip().splitlines()) == 1
    with pytest.raises(HubError, match="administrator login"):
        hub_desks.revoke_desk(desk_url, "Office")
