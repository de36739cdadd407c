"""Each way the hub fails is said in one sentence a desk person can act on, never with
PostgreSQL's own words (socket paths, "administrator command", "statement timeout"): a stopped
hub, a refused password, a connection lost during a round, a hub that takes too long."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin, hub_schema
from mornings_desktop.sync.hub_schema import HubError

MakeDesk = Callable[..., Workspace]
INTERNALS = ("socket", "PGSQL", "administrator", "statement", "terminating", "connection is bad")


def _plain(exc: BaseException) -> str:
    text = str(exc)
    assert not any(word in text for word in INTERNALS), text
    assert "\n" not in text and text.endswith("."), text
    return text


def _desk(hub_db: str, make_desk: MakeDesk) -> tuple[Workspace, str]:
    ws = make_desk("Accueil 1")
    hub_admin.init_hub(hub_db, ws.org_id, ws.ticket_key.hex())
    return ws, hub_admin.add_desk(hub_db, "A").url


def test_a_stopped_hub_is_said_without_its_socket(tmp_path: Path) -> None:
    url = f"postgresql://d:pw@/hub?host={tmp_path}&connect_timeout=2"
    with pytest.raises(HubError) as caught:
        hub_schema.connect(url)
    assert "is not reachable" in _plain(caught.value)


def test_a_refused_password_is_said_as_such(hub_db: str, make_desk: MakeDesk) -> None:
    ws, url = _desk(hub_db, make_desk)
    wrong = hub_schema.with_credentials(url, hub_schema.url_user(url), "not-the-password")
    with pytest.raises(HubError) as caught:
        client.sync_round(ws, wrong)
    assert "refused the desk login" in _plain(caught.value)


def test_a_connection_the_hub_ended_during_the_rounds(hub_db: str, make_desk: MakeDesk) -> None:
    ws, url = _desk(hub_db, make_desk)
    hub = client.HubConnection(url)
    client.sync_round(ws, hub)  # the connection is kept for the next round
    with psycopg.connect(hub_db, autocommit=True) as admin:  # the hub restarted, or its admin
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
            (hub_schema.url_user(url),),
        )
    with pytest.raises(HubError) as caught:
        client.sync_round(ws, hub)
    assert "connection to the hub" in _plain(caught.value) and "was lost" in str(caught.value)
    hub.close()


def test_a_hub_that_answers_too_late(
    hub_db: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, url = _desk(hub_db, make_desk)
    monkeypatch.setattr(hub_schema, "STATEMENT_TIMEOUT_S", 1)
    held, release = threading.Event(), threading.Event()

    def hold_the_hub() -> None:  # another session holds what the round reads
        with psycopg.connect(hub_db) as admin:
            admin.execute("LOCK TABLE mornings.meta IN ACCESS EXCLUSIVE MODE")
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold_the_hub)
    holder.start()
    try:
        assert held.wait(30)
        with pytest.raises(HubError) as caught:
            client.sync_round(ws, url)
    finally:
        release.set()
        holder.join()
    assert "did not answer in time" in _plain(caught.value)
