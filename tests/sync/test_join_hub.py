"""`join.join_hub` as the window and `mornings hub join URL` call it (no `remember` given): the
desk's hub password is kept in the keyring, so later rounds need only the address."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

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
