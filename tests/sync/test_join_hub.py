"""`join.join_hub` as the window and `mornings hub join URL` call it (no `remember` given): the
desk's hub password is kept in the keyring, so later rounds need only the address."""

from __future__ import annotations

from collections.abc import Callable

import psycopg

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, credentials, hub_admin, join
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
