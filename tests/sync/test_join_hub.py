"""`join.join_hub` as the window and `mornings join --url URL` call it (no `remember` given): the
desk's hub password is kept in the keyring, so later rounds need only the address; a hub that
refuses (a wrong password, no such database) or whose first answer comes too late is said in one
sentence, and the desk has not joined."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg
import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, credentials, hub_admin, hub_desks, hub_schema, join
from mornings_desktop.sync.hub_schema import HubError
from tests.sync import test_desk_lifecycle as lifecycle

MakeDesk = Callable[..., Workspace]
file_keyring = lifecycle.file_keyring  # autouse: a keyring in a file of this test


def test_joining_by_address_keeps_the_password_for_the_next_rounds(
    hub: str, make_desk: MakeDesk
) -> None:
    desk = make_desk("Nouveau", fresh_org=True)
    url = hub_admin.add_desk(hub, "N").url
    join.join_hub(desk, url)
    kept = desk.meta(client.HUB_URL)
    assert "password" not in psycopg.conninfo.conninfo_to_dict(kept)
    assert credentials.complete_url(kept) == url  # from the keyring
    again = client.sync_round(desk, credentials.complete_url(kept))
    assert again.pushed == 0


def test_configure_keeps_the_password_unless_told_not_to(make_desk: MakeDesk) -> None:
    """`mornings sync --hub URL` keeps the hub this way: the password goes to the keyring."""
    desk = make_desk("Porte")
    url = "postgresql://hub_desk_porte:s3cret@127.0.0.1:5432/hub?sslmode=disable"
    assert join.configure(desk, url) is True
    assert credentials.complete_url(desk.meta(client.HUB_URL)) == url


def _join_file(hub: str, make_desk: MakeDesk, tmp_path: Path) -> Path:
    admin = make_desk("Admin")
    [issued] = hub_desks.issue_desks(
        hub, admin.org_id, admin.ticket_key.hex(), "Porte", "door", tmp_path / "porte.json"
    )
    return Path(issued.file)


def test_a_first_round_that_fails_leaves_the_desk_joined_and_says_why(
    hub: str, make_desk: MakeDesk, tmp_path: Path
) -> None:
    path = _join_file(hub, make_desk, tmp_path)
    desk = make_desk("Laptop")

    def cut(ws: Workspace, url: str) -> client.RoundResult:
        raise HubError("The hub did not answer in time.")

    joined = join.join_with_file(desk, path, run_round=cut)
    assert joined.error == "The hub did not answer in time." and joined.round is None
    assert client.status(desk).last_error == joined.error
    assert desk.meta(client.HUB_URL) and desk.desk_name == "Porte"
    again = client.sync_round(desk, credentials.complete_url(desk.meta(client.HUB_URL)))
    assert again.pushed >= 1  # the next round does the work


def test_a_hub_that_fails_while_the_password_is_changed_is_said_in_a_sentence(
    hub: str, make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection drops between the first contact and the new password (a cable pulled):
    the desk person reads what happened to the hub, the desk has not joined."""
    path = _join_file(hub, make_desk, tmp_path)
    desk = make_desk("Laptop")
    real = hub_schema.read_info

    def then_dropped(conn: psycopg.Connection[Any]) -> hub_schema.HubInfo:
        info = real(conn)
        conn.close()
        return info

    monkeypatch.setattr(hub_schema, "read_info", then_dropped)
    with pytest.raises(HubError) as refused:
        join.join_with_file(desk, path)
    assert "Traceback" not in str(refused.value) and "psycopg" not in str(refused.value)
    assert not desk.meta(client.HUB_URL)


# -- a hub that refuses, or does not answer, the desk joining by address --------------------------
def _refused(desk: Workspace, url: str) -> str:
    """`join_hub` as the window's join dialog runs it: one sentence, and nothing joined."""
    org = desk.org_id
    with pytest.raises(HubError) as caught:
        join.join_hub(desk, url)
    said = str(caught.value)
    assert "\n" not in said and said.endswith("."), said
    assert not any(w in said for w in ("FATAL", "does not exist", "canceling", "psycopg")), said
    assert not desk.meta(client.HUB_URL) and desk.org_id == org
    return said


def test_a_hub_that_refuses_the_password_of_a_joining_desk(hub: str, make_desk: MakeDesk) -> None:
    desk = make_desk("Nouveau", fresh_org=True)
    url = hub_admin.add_desk(hub, "N").url
    wrong = hub_schema.with_credentials(url, hub_schema.url_user(url), "not-the-password")
    assert "refused the desk login: wrong login or password" in _refused(desk, wrong)


def test_an_address_naming_a_database_the_hub_does_not_have(hub: str, make_desk: MakeDesk) -> None:
    desk = make_desk("Nouveau", fresh_org=True)
    url = hub_admin.add_desk(hub, "N").url
    dbname = hub_schema.conninfo_params(url)["dbname"]
    assert "has no database of that name" in _refused(desk, url.replace(f"/{dbname}?", "/nohub?"))


def _hub_held(hub: str) -> Iterator[None]:
    """Another session holds what `hub_info` reads: the joining desk's first statement waits."""
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with psycopg.connect(hub) as admin:
            admin.execute("LOCK TABLE mornings.meta IN ACCESS EXCLUSIVE MODE")
            held.set()
            release.wait(60)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(30)
        yield
    finally:
        release.set()
        holder.join()


def test_a_hub_whose_first_answer_comes_too_late(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection is made, then the hub's first statement (`hub_info`) meets the statement
    timeout: the same sentence as in a round, not PostgreSQL's "canceling statement"."""
    desk = make_desk("Nouveau", fresh_org=True)
    url = hub_admin.add_desk(hub, "N").url
    monkeypatch.setattr(hub_schema, "STATEMENT_TIMEOUT_S", 1)
    for _ in _hub_held(hub):
        assert "did not answer in time" in _refused(desk, url)


def test_mornings_join_by_address_says_a_refusal_in_one_line(
    hub: str, make_desk: MakeDesk, tmp_path: Path
) -> None:
    """`mornings join --url` (the command the window's dialog mirrors), with a hub that does not
    exist at that address, then one whose first answer comes too late (a timeout of 1 s given
    in the address): exit status 2 and one sentence, never a traceback."""
    import subprocess

    from tests.sync.conftest import REPO, cli, cli_env

    url = hub_admin.add_desk(hub, "N").url
    dbname = hub_schema.conninfo_params(url)["dbname"]
    env = cli_env({"MORNINGS_DATA_DIR": str(tmp_path / "data")})

    def join_by(address: str) -> str:
        done = subprocess.run(
            cli("--db", str(tmp_path / "door.sqlite3"), "--desk", "Porte", "join", "--url", address),
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 2, (done.returncode, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
        return lines[0]

    assert "has no database of that name" in join_by(url.replace(f"/{dbname}?", "/nohub?"))
    slow = url + "&options=" + quote("-c statement_timeout=1000")
    for _ in _hub_held(hub):
        assert "did not answer in time" in join_by(slow)
