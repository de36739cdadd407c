"""A desk login can only call hub_info, ingest and pull: no direct writes, no other desk's id."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from mornings_desktop.sync import hub_admin, hub_schema
from mornings_desktop.sync.hub_schema import HubError


def _op(desk_id: str, seq: int = 1) -> dict[str, object]:
    return {
        "op_id": str(uuid.uuid4()),
        "desk_id": desk_id,
        "desk_seq": seq,
        "hlc": "0001764000000000-0000",
        "type": "desk.announced",
        "payload": {"id": desk_id, "name": "x"},
    }


@pytest.fixture
def hub(hub_db: str) -> str:
    hub_admin.init_hub(hub_db, str(uuid.uuid4()), "ab" * 32)
    return hub_db


def _ingest(url: str, ops: list[dict[str, object]]) -> list[tuple[str, str, str | None]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT * FROM mornings.ingest(%s::jsonb)", (json.dumps(ops),)
        ).fetchall()
        conn.commit()
    return [(r[0], r[1], r[2]) for r in rows]


def test_desk_login_cannot_touch_tables(hub: str) -> None:
    desk = hub_admin.add_desk(hub, "Accueil 1")
    a = str(uuid.uuid4())
    assert [s for _, s, _ in _ingest(desk.url, [_op(a)])] == ["stored"]
    statements = [
        "UPDATE mornings.ops SET type = 'x'",
        "DELETE FROM mornings.ops",
        "INSERT INTO mornings.ops (hub_seq, op_id, desk_id, desk_seq, hlc, type, payload, login) "
        "VALUES (999, 'x', 'y', 1, 'h', 't', '{}', 'l')",
        "SELECT * FROM mornings.ops",
        "SELECT * FROM mornings.meta",
        "DELETE FROM mornings.desk_claims",
        "TRUNCATE mornings.ops",
    ]
    for statement in statements:
        with psycopg.connect(desk.url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)
    with psycopg.connect(hub) as admin:
        assert admin.execute("SELECT count(*) FROM mornings.ops").fetchone() == (1,)


def test_ingest_under_another_desks_id_is_refused(hub: str) -> None:
    one = hub_admin.add_desk(hub, "Accueil 1")
    two = hub_admin.add_desk(hub, "Accueil 2")
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    assert _ingest(one.url, [_op(a)])[0][1] == "stored"
    assert _ingest(two.url, [_op(b)])[0][1] == "stored"
    # Desk two writes as desk one: refused with a reason, nothing stored.
    forged = _op(a, 2)
    answer = _ingest(two.url, [forged, _op(b, 2)])
    assert answer[0][1] == "refused" and "another desk login" in (answer[0][2] or "")
    assert answer[1][1] == "stored"
    with psycopg.connect(hub) as admin:
        assert admin.execute(
            "SELECT count(*) FROM mornings.ops WHERE op_id = %s", (forged["op_id"],)
        ).fetchone() == (0,)


def test_admin_role_and_strangers_cannot_ingest(hub: str, pg_admin_url: str) -> None:
    # The admin login is not a desk: a plain sentence, not a PostgreSQL internal.
    with psycopg.connect(hub) as conn, pytest.raises(psycopg.Error) as caught:
        conn.execute("SELECT * FROM mornings.ingest('[]'::jsonb)")
    assert "not a desk of this hub" in str(hub_schema.explain_connect_error(hub, caught.value))
    with psycopg.connect(hub, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS stranger_x")
        conn.execute("CREATE ROLE stranger_x LOGIN PASSWORD 'pw'")
    stranger = hub_schema.with_credentials(hub, "stranger_x", "pw")
    try:
        # A login of the cluster that is not a desk of this hub cannot even connect to it.
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(stranger).close()
        with pytest.raises(HubError, match="may not use the hub"):
            hub_schema.connect(stranger)
        # Given CONNECT anyway, it still cannot call the functions.
        with psycopg.connect(hub, autocommit=True) as conn:
            dbname = hub_schema.conninfo_params(hub)["dbname"]
            conn.execute(f'GRANT CONNECT ON DATABASE "{dbname}" TO stranger_x')
        for call in ("SELECT * FROM mornings.pull(0, 10)", "SELECT * FROM mornings.hub_info()"):
            with (
                psycopg.connect(stranger) as conn,
                pytest.raises(psycopg.errors.InsufficientPrivilege),
            ):
                conn.execute(call)
    finally:
        with psycopg.connect(hub, autocommit=True) as conn:
            conn.execute("DROP OWNED BY stranger_x")
            conn.execute("DROP ROLE stranger_x")


def test_wrong_password_is_a_clear_error(hub: str) -> None:
    desk = hub_admin.add_desk(hub, "Accueil 1")
    bad = hub_schema.with_credentials(desk.url, desk.login, "not-the-password")
    with pytest.raises(HubError, match="wrong login or password"):
        hub_schema.connect(bad)


def test_duplicate_push_is_present_not_twice(hub: str) -> None:
    desk = hub_admin.add_desk(hub, "Accueil 1")
    a = str(uuid.uuid4())
    ops = [_op(a, 1), _op(a, 2)]
    assert [s for _, s, _ in _ingest(desk.url, ops)] == ["stored", "stored"]
    assert [s for _, s, _ in _ingest(desk.url, [*ops, ops[0]])] == ["present"] * 3
    with psycopg.connect(desk.url) as conn:
        rows = conn.execute("SELECT op_id FROM mornings.pull(0, 100)").fetchall()
    assert sorted(r[0] for r in rows) == sorted(str(o["op_id"]) for o in ops)


def test_add_desk_url_keeps_tls_parameters(hub: str) -> None:
    admin = hub + "&sslmode=disable&sslrootcert=/nonexistent/ca.pem"
    desk = hub_admin.add_desk(admin, "Accueil 1")
    params = hub_schema.conninfo_params(desk.url)
    assert params["sslmode"] == "disable"
    assert params["sslrootcert"] == "/nonexistent/ca.pem"
    assert params["user"] == desk.login


def test_newer_hub_is_refused(hub: str) -> None:
    with psycopg.connect(hub) as conn:
        conn.execute("UPDATE mornings.meta SET value = '99' WHERE key = 'schema_version'")
        conn.commit()
    with pytest.raises(HubError, match="newer version"):
        hub_admin.init_hub(hub, str(uuid.uuid4()), "cd" * 32)


def test_slow_hub_statement_times_out(hub: str) -> None:
    desk = hub_admin.add_desk(hub, "Accueil 1")
    params = hub_schema.conninfo_params(desk.url)
    assert "statement_timeout" not in params.get("options", "")
    slow = desk.url + "&options=-c%20statement_timeout%3D200"
    with hub_schema.connect(slow) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone() == ("200ms",)
        with pytest.raises(psycopg.errors.QueryCanceled):
            conn.execute("SELECT pg_sleep(2)")
    with hub_schema.connect(desk.url) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone() == ("2min",)


def test_tls_options_reach_libpq(tmp_path: object) -> None:
    """A server that accepts TLS: libpq, told `verify-full` with our CA file, looks for that very
    file (so the URL's options reached it) and the failure is reported as a TLS problem."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]

    def answer() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(8)  # SSLRequest
            conn.sendall(b"S")  # "go ahead with TLS"
            conn.recv(1024)

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    url = (
        f"postgresql://desk:pw@127.0.0.1:{port}/hub"
        "?sslmode=verify-full&sslrootcert=/nonexistent/mornings-ca.pem&connect_timeout=3"
    )
    with pytest.raises(HubError, match="could not check the certificate") as caught:
        hub_schema.connect(url)
    assert "mornings-ca.pem" in str(caught.value)
    server.close()
