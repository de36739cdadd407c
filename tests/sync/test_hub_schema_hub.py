"""Talking to a real hub (`hub_schema.connect`, `read_info`): a statement that hangs is ended after
`STATEMENT_TIMEOUT_S`, and a hub whose identity is incomplete sends the organiser to `hub init`."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import hub_admin, hub_schema
from mornings_desktop.sync.hub_schema import HubError

MakeDesk = Callable[..., Workspace]


def test_a_statement_is_ended_after_the_timeout(hub: str) -> None:
    with hub_schema.connect(hub) as conn:
        shown = conn.execute("SHOW statement_timeout").fetchone()
    assert shown == (f"{hub_schema.STATEMENT_TIMEOUT_S // 60}min",)


@pytest.mark.parametrize("missing", ["org_id", "ticket_key", "schema_version"])
def test_a_hub_whose_identity_is_incomplete_is_sent_to_hub_init(hub: str, missing: str) -> None:
    desk = hub_admin.add_desk(hub, "Porte")
    with psycopg.connect(hub) as conn:
        conn.execute("DELETE FROM mornings.meta WHERE key = %s", (missing,))
    with hub_schema.connect(desk.url) as conn, pytest.raises(HubError, match="no organisation yet"):
        hub_schema.read_info(conn)


def test_a_hub_that_does_not_answer_the_connection_is_given_five_seconds(hub: str) -> None:
    with hub_schema.connect(hub) as conn:
        assert conn.info.get_parameters().get("connect_timeout") == "5"


def test_a_desk_login_may_hold_four_connections(hub: str) -> None:
    """A desk's window, its sync child and two commands at once; a fifth is refused."""
    desk = hub_admin.add_desk(hub, "Porte")
    with psycopg.connect(hub) as conn:
        limit = conn.execute(
            "SELECT rolconnlimit FROM pg_roles WHERE rolname = %s", (desk.login,)
        ).fetchone()
    assert limit == (4,)
