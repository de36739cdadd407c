"""Each way the hub fails is said in one sentence a desk person can act on, never with
PostgreSQL's own words (socket paths, "administrator command", "statement timeout", "does not
exist", "permission denied"): a stopped hub, a refused password, a connection lost during a round,
a hub that takes too long, an address naming no database, a hub set up incompletely or whose desks
lost a right, a hub that cannot store (read-only). Each failure of a real PostgreSQL; the texts of
the ones a test cannot make here (a full disk, TLS) are in `test_hub_words.py`."""

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
INTERNALS = (
    "socket",
    "PGSQL",
    "administrator",
    "statement",
    "terminating",
    "connection is bad",
    "FATAL",
    "does not exist",
    "permission denied",
    "function",
    "transaction",
    "mornings.",
)


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


def _as_admin(hub_db: str, *statements: str) -> None:
    with psycopg.connect(hub_db, autocommit=True) as admin:
        for statement in statements:
            admin.execute(statement)


def test_an_address_naming_a_database_the_hub_does_not_have(
    hub_db: str, make_desk: MakeDesk
) -> None:
    ws, url = _desk(hub_db, make_desk)
    dbname = hub_schema.conninfo_params(url)["dbname"]
    wrong = url.replace(f"/{dbname}?", "/nohub?")
    with pytest.raises(HubError) as caught:
        client.sync_round(ws, wrong)
    assert "has no database of that name" in _plain(caught.value)


def test_a_hub_missing_one_of_its_functions(hub_db: str, make_desk: MakeDesk) -> None:
    """A hub whose upgrade stopped half-way, or restored from an older dump: the round meets a
    function it does not have."""
    ws, url = _desk(hub_db, make_desk)
    _as_admin(hub_db, "DROP FUNCTION mornings.pull(bigint, int)")
    with pytest.raises(HubError) as caught:
        client.sync_round(ws, url)
    said = _plain(caught.value)
    assert "not set up completely" in said and "'mornings hub init'" in said


def test_a_hub_whose_desks_lost_a_right(hub_db: str, make_desk: MakeDesk) -> None:
    ws, url = _desk(hub_db, make_desk)
    dbname = hub_schema.conninfo_params(url)["dbname"]
    _as_admin(
        hub_db, f'REVOKE EXECUTE ON FUNCTION mornings.pull(bigint, int) FROM "{dbname}_desks"'
    )
    with pytest.raises(HubError) as caught:
        client.sync_round(ws, url)
    assert "refused this desk a right it needs" in _plain(caught.value)


def test_a_hub_that_cannot_store_keeps_what_this_desk_made(
    hub_db: str, make_desk: MakeDesk
) -> None:
    """A hub made read-only (a standby promoted the wrong way, a full disk's emergency setting):
    the round says so, and the desk still holds its operations for a later round."""
    from mornings_desktop.services import mornings

    ws, url = _desk(hub_db, make_desk)
    client.sync_round(ws, url)
    mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    dbname = hub_schema.conninfo_params(url)["dbname"]
    _as_admin(hub_db, f'ALTER DATABASE "{dbname}" SET default_transaction_read_only = on')
    with pytest.raises(HubError) as caught:
        client.sync_round(ws, url)
    assert "cannot store anything" in _plain(caught.value)
    assert client.status(ws).waiting >= 1
    _as_admin(
        hub_db,
        "SET default_transaction_read_only = off",
        f'ALTER DATABASE "{dbname}" RESET default_transaction_read_only',
    )
    assert client.sync_round(ws, url).pushed >= 1


def test_an_address_that_requires_tls_of_a_hub_without_it() -> None:
    """A server that answers libpq's TLS request with "no" (PostgreSQL without `ssl = on`) while
    the desk's address says `sslmode=require`: libpq's own refusal, said as a sentence."""
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]

    def answer() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(8)  # SSLRequest
            conn.sendall(b"N")  # no TLS here

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    url = f"postgresql://desk:pw@127.0.0.1:{port}/hub?sslmode=require&connect_timeout=3"
    with pytest.raises(HubError) as caught:
        hub_schema.connect(url)
    server.close()
    said = _plain(caught.value)
    assert "does not offer a secure connection" in said and "SSL" not in said
