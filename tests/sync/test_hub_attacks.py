"""Attacks on the hub by a desk login, made the way an attacker with psql would: logged in with
the desk's own URL, against the real PostgreSQL. Each must be refused, and every desk must still
sync after it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from mornings_desktop.sync import hub_admin, hub_schema
from mornings_desktop.sync.hub_schema import HubError

from .conftest import db_url


def _op(desk_id: str, seq: int = 1, **over: object) -> dict[str, object]:
    op: dict[str, object] = {
        "op_id": str(uuid.uuid4()),
        "desk_id": desk_id,
        "desk_seq": seq,
        "hlc": f"{1764000000000 + seq:013d}-0000",
        "type": "desk.announced",
        "payload": json.dumps({"id": desk_id, "name": "x"}),
    }
    op.update(over)
    return op


def _ingest(url: str, ops: list[dict[str, object]]) -> list[tuple[str, str, str | None]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT * FROM mornings.ingest(%s::jsonb)", (json.dumps(ops),)
        ).fetchall()
        conn.commit()
    return [(r[0], r[1], r[2]) for r in rows]


def _admin_rows(hub: str, query: str, *args: object) -> list[tuple[Any, ...]]:
    with psycopg.connect(hub) as conn:
        return conn.execute(query, args).fetchall()  # type: ignore[arg-type]


@pytest.fixture
def hub(hub_db: str) -> str:
    hub_admin.init_hub(hub_db, str(uuid.uuid4()), "ab" * 32)
    return hub_db


@pytest.fixture
def two_desks(hub: str) -> tuple[hub_schema.NewDesk, hub_schema.NewDesk, str]:
    """Two desk logins; the victim (first) has pushed one operation of its desk id."""
    victim = hub_admin.add_desk(hub, "Victim")
    attacker = hub_admin.add_desk(hub, "Attacker")
    victim_desk = str(uuid.uuid4())
    assert _ingest(victim.url, [_op(victim_desk)])[0][1] == "stored"
    return victim, attacker, victim_desk


def _is_superuser(hub: str, login: str) -> bool:
    rows = _admin_rows(hub, "SELECT rolsuper FROM pg_roles WHERE rolname = %s", login)
    return bool(rows[0][0])


_TRIGGER_ATTACK = [
    # The temporary table the old ingest() filled, made first by the attacker, with a trigger.
    "CREATE TEMP TABLE _incoming (ord int, op_id text, desk_id text, desk_seq bigint, hlc text,"
    " type text, payload text, status text, reason text)",
    """CREATE FUNCTION pg_temp.pwn() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
        BEGIN
            EXECUTE format('ALTER ROLE %I SUPERUSER', session_user);
        EXCEPTION WHEN OTHERS THEN NULL;
        END;
        DELETE FROM mornings.ops WHERE login <> session_user::text;
        UPDATE mornings.desk_claims SET login = session_user::text;
        RETURN NULL;
    END $f$""",
    "CREATE TRIGGER pwn AFTER INSERT ON _incoming FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.pwn()",
]


def test_temp_table_trigger_escalation_is_refused(
    hub: str, two_desks: tuple[hub_schema.NewDesk, hub_schema.NewDesk, str]
) -> None:
    victim, attacker, victim_desk = two_desks
    with psycopg.connect(attacker.url, autocommit=True) as conn:
        refused = 0
        for statement in _TRIGGER_ATTACK:
            try:
                conn.execute(statement)
            except psycopg.errors.InsufficientPrivilege:
                refused += 1
            except psycopg.Error:
                pass  # a later step of an attack whose first step was refused
        conn.execute(
            "SELECT * FROM mornings.ingest(%s::jsonb)", (json.dumps([_op(str(uuid.uuid4()))]),)
        )
        # ingest itself created no temporary object either.
        temp = conn.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.oid = pg_my_temp_schema()"
        ).fetchone()
    assert not _is_superuser(hub, attacker.login), "the desk login became superuser"
    owners = _admin_rows(hub, "SELECT DISTINCT login FROM mornings.ops")
    assert (victim.login,) in owners, "the attacker deleted the victim's operations"
    claim = _admin_rows(
        hub, "SELECT login FROM mornings.desk_claims WHERE desk_id = %s", victim_desk
    )
    assert claim == [(victim.login,)], "the attacker took the victim's desk id"
    assert refused >= 1, "a desk login could create temporary objects"
    assert temp == (0,)
    # Both desks still push.
    assert _ingest(victim.url, [_op(victim_desk, 2)])[0][1] == "stored"


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TABLE public.t (x int)",
        "CREATE TABLE mornings.t (x int)",
        "CREATE TEMP TABLE t (x int)",
        "CREATE TABLE pg_temp.t (x int)",
        "CREATE SEQUENCE pg_temp.s",
        "CREATE VIEW public.v AS SELECT 1 AS x",
        "CREATE VIEW mornings.v AS SELECT 1 AS x",
        "CREATE TEMP VIEW v AS SELECT 1 AS x",
        "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "CREATE FUNCTION mornings.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "CREATE FUNCTION pg_temp.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "CREATE SCHEMA s",
        "CREATE TYPE public.t AS (x int)",
    ],
)
def test_desk_login_cannot_create_anything(hub: str, statement: str) -> None:
    desk = hub_admin.add_desk(hub, "Accueil")
    with psycopg.connect(desk.url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)


@pytest.mark.parametrize("other", ["postgres", "template1"])
def test_desk_login_cannot_connect_to_other_databases(hub: str, other: str) -> None:
    desk = hub_admin.add_desk(hub, "Accueil")
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        psycopg.connect(db_url(desk.url, other)).close()
    with psycopg.connect(desk.url) as conn:  # its own hub, yes
        conn.execute("SELECT * FROM mornings.hub_info()")


def test_desk_cannot_delete_or_overwrite_another_desks_operations(
    hub: str, two_desks: tuple[hub_schema.NewDesk, hub_schema.NewDesk, str]
) -> None:
    victim, attacker, victim_desk = two_desks
    for statement in (
        "DELETE FROM mornings.ops",
        "UPDATE mornings.ops SET payload = '{}'",
        "UPDATE mornings.desk_claims SET login = session_user::text",
        "DELETE FROM mornings.desk_claims",
        "TRUNCATE mornings.ops",
    ):
        with (
            psycopg.connect(attacker.url) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute(statement)
    # Through ingest: an operation under the victim's desk id is refused, nothing changes.
    answer = _ingest(attacker.url, [_op(victim_desk, 1), _op(victim_desk, 2)])
    assert [s for _, s, _ in answer] == ["refused", "refused"]
    assert _admin_rows(hub, "SELECT DISTINCT login FROM mornings.ops") == [(victim.login,)]
    assert _admin_rows(
        hub, "SELECT login FROM mornings.desk_claims WHERE desk_id = %s", victim_desk
    ) == [(victim.login,)]


def test_op_id_hijack_does_not_block_the_genuine_operation(
    hub: str, two_desks: tuple[hub_schema.NewDesk, hub_schema.NewDesk, str]
) -> None:
    """The attacker learnt an op_id (from a bundle) and pushes a forged body under it first."""
    victim, attacker, victim_desk = two_desks
    genuine = _op(victim_desk, 2, type="checkin.created", payload=json.dumps({"id": "c1"}))
    forged = _op(str(uuid.uuid4()), 1, op_id=genuine["op_id"], payload=json.dumps({"id": "no"}))
    assert _ingest(attacker.url, [forged])[0][1] == "stored"
    assert _ingest(victim.url, [genuine])[0][1] == "stored"  # stored, not "present"
    assert _ingest(victim.url, [genuine])[0][1] == "present"  # and only once
    with psycopg.connect(victim.url) as conn:
        bodies = conn.execute(
            "SELECT desk_id, payload FROM mornings.pull(0, 100) WHERE op_id = %s",
            (genuine["op_id"],),
        ).fetchall()
    assert (victim_desk, genuine["payload"]) in bodies


def test_desk_login_calls_only_the_desk_functions_and_cannot_take_the_numbering_lock(
    hub: str,
) -> None:
    one = hub_admin.add_desk(hub, "One")
    two = hub_admin.add_desk(hub, "Two")
    callable_ = _admin_rows(
        hub,
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'mornings' AND has_function_privilege(%s, p.oid, 'EXECUTE')",
        one.login,
    )
    assert sorted(r[0] for r in callable_) == [
        "certificates",
        "desk_clock",
        "hub_info",
        "hub_marks",
        "ingest",
        "offer_certificates",
        "offer_records",
        "offer_revocations",
        "pull",
        "revocations",
        "scrub",
    ]
    with psycopg.connect(one.url) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("LOCK TABLE mornings.seq_gate IN ACCESS SHARE MODE")
        conn.rollback()
        # The advisory lock the old ingest() took: holding it no longer stops anybody.
        conn.execute("SELECT pg_advisory_lock(7466152901)")
        with psycopg.connect(two.url) as other:
            other.execute("SET lock_timeout = '3s'")
            row = other.execute(
                "SELECT status FROM mornings.ingest(%s::jsonb)",
                (json.dumps([_op(str(uuid.uuid4()))]),),
            ).fetchone()
            assert row == ("stored",)
            other.commit()


def test_flood_beyond_the_quota_is_refused_and_heals_next_hour(hub: str) -> None:
    flood = hub_admin.add_desk(hub, "Flood", hourly_quota=30)
    calm = hub_admin.add_desk(hub, "Calm")
    mine = str(uuid.uuid4())
    ops = [_op(mine, i) for i in range(1, 51)]
    assert {s for _, s, _ in _ingest(flood.url, ops[:20])} == {"stored"}
    with pytest.raises(psycopg.Error) as caught:
        _ingest(flood.url, ops[20:])
    error = hub_schema.explain_connect_error(flood.url, caught.value)
    message = str(error)
    assert "quota" in message.lower() and "hour" in message
    assert "\n" not in message and "CONTEXT" not in message
    assert _admin_rows(hub, "SELECT count(*) FROM mornings.ops") == [(20,)]
    # Other desks still sync.
    assert _ingest(calm.url, [_op(str(uuid.uuid4()))])[0][1] == "stored"
    # An hour later, the flooding desk's normal sync works again.
    with psycopg.connect(hub) as conn:
        conn.execute("UPDATE mornings.quota_use SET hour = hour - interval '1 hour'")
        conn.commit()
    assert {s for _, s, _ in _ingest(flood.url, ops[20:40])} == {"stored"}


def test_each_desk_login_has_a_connection_limit(hub: str) -> None:
    desk = hub_admin.add_desk(hub, "Accueil", connection_limit=2)
    default = hub_admin.add_desk(hub, "Other")
    limits = dict(
        _admin_rows(
            hub,
            "SELECT rolname, rolconnlimit FROM pg_roles WHERE rolname IN (%s, %s)",
            desk.login,
            default.login,
        )
    )
    assert limits == {desk.login: 2, default.login: hub_schema.DEFAULT_CONNECTION_LIMIT}
    opened = [psycopg.connect(desk.url) for _ in range(2)]
    try:
        with pytest.raises(HubError, match="connections"):
            hub_schema.connect(desk.url)
    finally:
        for conn in opened:
            conn.close()


def test_refusals_are_one_sentence(hub: str, pg_admin_url: str) -> None:
    desk = hub_admin.add_desk(hub, "Accueil")
    for bad in ('{"not": "a list"}', json.dumps([{"op_id": 1}] * 10_001)):
        with psycopg.connect(desk.url) as conn, pytest.raises(psycopg.Error) as caught:
            conn.execute("SELECT * FROM mornings.ingest(%s::jsonb)", (bad,))
        message = str(hub_schema.explain_connect_error(desk.url, caught.value))
        assert "CONTEXT" not in message and "\n" not in message and "PL/pgSQL" not in message
    answer = _ingest(desk.url, [{"op_id": "x"}])
    assert answer[0][1] == "refused"
    assert answer[0][2] is not None and answer[0][2].endswith(".")
    # The admin login is not a desk: a plain sentence too.
    with psycopg.connect(hub) as conn, pytest.raises(psycopg.Error) as caught:
        conn.execute("SELECT * FROM mornings.ingest('[]'::jsonb)")
    message = str(hub_schema.explain_connect_error(hub, caught.value))
    assert "not a desk" in message and "CONTEXT" not in message


PERSON = {
    "first_name": "Zénobie",
    "last_name": "Quistrebert",
    "email": "zenobie.quistrebert@example.org",
    "phone": "+33 6 98 76 54 32",
}


def _search_hub(hub: str, needles: list[str]) -> list[str]:
    """Every text value in the hub's tables that contains one of `needles`."""
    found: list[str] = []
    tables = _admin_rows(
        hub,
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'mornings' AND c.relkind = 'r'",
    )
    for (table,) in tables:
        for (text,) in _admin_rows(hub, f"SELECT t::text FROM mornings.{table} t"):
            found.extend(f"{table}: {needle}" for needle in needles if needle in str(text))
    return found


def test_erased_person_from_an_import_leaves_nothing_on_the_hub(hub: str) -> None:
    office = hub_admin.add_desk(hub, "Office")
    door = hub_admin.add_desk(hub, "Door")
    desk, door_desk = str(uuid.uuid4()), str(uuid.uuid4())
    person, other = str(uuid.uuid4()), str(uuid.uuid4())
    batch = _op(
        desk,
        1,
        type="import.batch",
        payload=json.dumps(
            {
                "people": [
                    {"id": person, "fields": PERSON},
                    {"id": other, "fields": {"first_name": "Keep", "email": "keep@example.org"}},
                ],
                "registrations": [{"id": "r1", "fields": {"person_id": person}}],
            }
        ),
    )
    update = _op(
        desk,
        2,
        type="person.updated",
        payload=json.dumps({"id": person, "fields": {"job_title": "Maire", **PERSON}}),
    )
    assert {s for _, s, _ in _ingest(office.url, [batch, update])} == {"stored"}
    needles = [*PERSON.values(), "Maire"]
    assert _search_hub(hub, needles)  # the test searches where the data is
    erase = _op(desk, 3, type="person.erased", payload=json.dumps({"id": person}))
    assert _ingest(office.url, [erase])[0][1] == "stored"
    assert _search_hub(hub, needles) == []
    # A late edit of the erased person (a desk that was offline) is redacted when it arrives.
    late = _op(
        door_desk,
        1,
        type="person.updated",
        payload=json.dumps({"id": person, "fields": {"phone": "+33 1 23 45 67 89"}}),
    )
    assert _ingest(door.url, [late])[0][1] == "stored"
    assert _search_hub(hub, ["+33 1 23 45 67 89"]) == []
    # The other person of the import keeps their data.
    assert _search_hub(hub, ["keep@example.org"])


def _v1_hub(hub_db: str) -> Callable[[str], str]:
    """A hub made by version 1 (before hardening); returns a desk maker of that version."""
    from pathlib import Path

    sql_text = (Path(__file__).parent / "hub_v1.sql").read_text()
    with psycopg.connect(hub_db, autocommit=True) as conn:
        base = hub_schema.slug(hub_schema.conninfo_params(hub_db)["dbname"])[:24]
        conn.execute(sql_text)  # type: ignore[arg-type]
        conn.execute(f'CREATE ROLE "{base}_desks" NOLOGIN')
        conn.execute(f'GRANT USAGE ON SCHEMA mornings TO "{base}_desks"')
        for fn in ("hub_info()", "ingest(jsonb)", "pull(bigint, int)"):
            conn.execute(f'GRANT EXECUTE ON FUNCTION mornings.{fn} TO "{base}_desks"')
        for key, value in (
            ("schema_version", "1"),
            ("org_id", "org-1"),
            ("ticket_key", "ab" * 32),
            ("hub_id", str(uuid.uuid4())),
        ):
            conn.execute("INSERT INTO mornings.meta VALUES (%s, %s)", (key, value))

    def add(name: str) -> str:
        login = f"{base}_desk_{name}"
        with psycopg.connect(hub_db, autocommit=True) as conn:
            conn.execute(f'CREATE ROLE "{login}" LOGIN PASSWORD \'pw\' IN ROLE "{base}_desks"')
            conn.execute(
                "INSERT INTO mornings.logins (login, desk_name) VALUES (%s, %s)", (login, name)
            )
        return hub_schema.with_credentials(hub_db, login, "pw")

    return add


def test_hub_init_hardens_an_old_hub(hub_db: str) -> None:
    add_old = _v1_hub(hub_db)
    old_desk = add_old("old")
    desk_id = str(uuid.uuid4())
    person = str(uuid.uuid4())
    old_ops = [
        _op(desk_id, 1),
        _op(
            desk_id,
            2,
            type="import.batch",
            payload=json.dumps({"people": [{"id": person, "fields": PERSON}]}),
        ),
    ]
    assert {s for _, s, _ in _ingest(old_desk, old_ops)} == {"stored"}
    with psycopg.connect(old_desk, autocommit=True) as conn:  # the old hub is open to the attack
        conn.execute("CREATE TEMP TABLE probe (x int)")

    hub_admin.init_hub(hub_db, "org-1", "ab" * 32)

    owners = _admin_rows(
        hub_db,
        "SELECT DISTINCT pg_get_userbyid(p.proowner), r.rolsuper, r.rolcanlogin "
        "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "JOIN pg_roles r ON r.oid = p.proowner WHERE n.nspname = 'mornings'",
    )
    assert len(owners) == 1 and owners[0][1:] == (False, False), owners
    with psycopg.connect(old_desk) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE TEMP TABLE probe (x int)")
        conn.rollback()
        rows = conn.execute("SELECT op_id FROM mornings.pull(0, 100)").fetchall()
    assert sorted(r[0] for r in rows) == sorted(str(o["op_id"]) for o in old_ops)
    # The old desk keeps working: its operations are present, new ones stored.
    assert {s for _, s, _ in _ingest(old_desk, old_ops)} == {"present"}
    assert _ingest(old_desk, [_op(desk_id, 3)])[0][1] == "stored"
    # Marks (version 5) are made for the operations held before the upgrade, then advance.
    with psycopg.connect(old_desk) as conn:
        marks = conn.execute(
            "SELECT desk_id, inc, mark, above FROM mornings.hub_marks(0)"
        ).fetchall()
    assert marks == [(desk_id, "", 3, 0)]
    # Schema 6: the hub answers the records it refuses (a rotation of up to 2,000 desks fits).
    rotation = '{"certificates":[' + ",".join(['"' + "a" * 64 + '"'] * 2000) + '],"new_org_key":""}'
    with psycopg.connect(old_desk) as conn:
        refused = conn.execute(
            "SELECT refused FROM mornings.offer_records(%s::jsonb)",
            (json.dumps([{"body": rotation, "sig": "s"}, {"body": 1, "sig": "s"}]),),
        ).fetchall()
        version = conn.execute("SELECT schema_version FROM mornings.hub_info()").fetchone()
        conn.commit()
    assert refused == [("malformed",)] and version == (hub_schema.HUB_SCHEMA_VERSION,)
    limit = _admin_rows(
        hub_db,
        "SELECT rolconnlimit FROM pg_roles WHERE rolname = %s",
        hub_schema.url_user(old_desk),
    )
    assert limit == [(hub_schema.DEFAULT_CONNECTION_LIMIT,)]
    # Erasure reaches the people imported before the upgrade.
    erase = _op(desk_id, 4, type="person.erased", payload=json.dumps({"id": person}))
    assert _ingest(old_desk, [erase])[0][1] == "stored"
    assert _search_hub(hub_db, list(PERSON.values())) == []
