"""`hub init` and `hub add-desk` against a real PostgreSQL (`hub_admin`), the cases an organiser's
server may hold: a re-run that keeps the quota set earlier, a hub of another organisation or of a
newer version left untouched, an older hub refused until `hub init` brings it up to date, a
database without the `public` schema, an administrator who is not a superuser (a managed
PostgreSQL), the cluster's other databases closed to desk logins, and a desk's role on the roster."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin
from mornings_desktop.sync.hub_schema import HUB_SCHEMA_VERSION, HubError

MakeDesk = Callable[..., Workspace]


def _meta(url: str, key: str) -> str | None:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT value FROM mornings.meta WHERE key = %s", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(url: str, key: str, value: str) -> None:
    with psycopg.connect(url) as conn:
        conn.execute("UPDATE mornings.meta SET value = %s WHERE key = %s", (value, key))


def _as(url: str, user: str, password: str, dbname: str | None = None) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    path = parts.path if dbname is None else "/" + dbname
    return urlunsplit(parts._replace(netloc=f"{user}:{password}@{host}", path=path))


def test_a_new_run_keeps_the_quota_set_before_unless_given_one(
    hub_db: str, make_desk: MakeDesk
) -> None:
    admin = make_desk("Admin")
    org, key = admin.org_id, admin.ticket_key.hex()
    hub_admin.init_hub(hub_db, org, key)
    assert _meta(hub_db, "hourly_quota") == str(hub_admin.DEFAULT_HOURLY_QUOTA)
    hub_admin.init_hub(hub_db, org, key, hourly_quota=500)
    assert _meta(hub_db, "hourly_quota") == "500"
    hub_admin.init_hub(hub_db, org, key)  # an upgrade, say: the quota stays
    assert _meta(hub_db, "hourly_quota") == "500"
    hub_admin.init_hub(hub_db, org, key, hourly_quota=700)
    assert _meta(hub_db, "hourly_quota") == "700"


def test_a_hub_of_another_organisation_or_a_newer_version_is_left_untouched(
    hub_db: str, make_desk: MakeDesk
) -> None:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex(), hourly_quota=500)
    with pytest.raises(HubError, match="belongs to another organisation"):
        hub_admin.init_hub(hub_db, str(uuid.uuid4()), admin.ticket_key.hex(), hourly_quota=9)
    assert (_meta(hub_db, "org_id"), _meta(hub_db, "hourly_quota")) == (admin.org_id, "500")
    _set_meta(hub_db, "schema_version", str(HUB_SCHEMA_VERSION + 1))
    with pytest.raises(HubError, match="newer version"):
        hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex(), hourly_quota=9)
    assert _meta(hub_db, "hourly_quota") == "500"
    assert _meta(hub_db, "schema_version") == str(HUB_SCHEMA_VERSION + 1)


def test_an_older_hub_takes_no_desk_until_hub_init_brings_it_up_to_date(
    hub_db: str, make_desk: MakeDesk
) -> None:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    _set_meta(hub_db, "schema_version", str(HUB_SCHEMA_VERSION - 1))
    with pytest.raises(HubError, match="made by an older version; run 'mornings hub init'"):
        hub_admin.add_desk(hub_db, "Porte")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    assert _meta(hub_db, "schema_version") == str(HUB_SCHEMA_VERSION)
    assert hub_admin.add_desk(hub_db, "Porte").login


def test_a_desks_role_is_on_the_roster(hub_db: str, make_desk: MakeDesk) -> None:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    door = hub_admin.add_desk(hub_db, "Porte", role="door")
    with psycopg.connect(hub_db) as conn:
        roster = conn.execute(
            "SELECT role FROM mornings.desk_roster WHERE login = %s", (door.login,)
        ).fetchall()
    assert roster == [("door",)]


def test_a_database_without_the_public_schema_is_made_a_hub(
    hub_db: str, make_desk: MakeDesk
) -> None:
    with psycopg.connect(hub_db, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public")
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    assert _meta(hub_db, "org_id") == admin.org_id


def test_an_administrator_who_is_not_a_superuser_makes_a_working_hub(
    pg_admin_url: str, hub_db: str, make_desk: MakeDesk
) -> None:
    """A managed PostgreSQL: the organiser's login may create roles and owns the database, and is
    no superuser. The hub it makes takes desks, and a desk syncs."""
    dbname = urlsplit(hub_db).path.lstrip("/")
    owner = f"{dbname}_organiser"  # dropped with the database's other roles after the test
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{owner}\" LOGIN PASSWORD 'organiser-pw' CREATEROLE")
        conn.execute(f'ALTER DATABASE "{dbname}" OWNER TO "{owner}"')
    url = _as(hub_db, owner, "organiser-pw")
    try:
        admin = make_desk("Admin")
        hub_admin.init_hub(url, admin.org_id, admin.ticket_key.hex())
        desk = hub_admin.add_desk(url, "Porte")
        result = client.sync_round(admin, desk.url)
        assert result.pushed >= 1
    finally:  # the roles it made hold grants it gave: they go first, the organiser last
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (dbname,),
            )
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
            made = conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s AND rolname <> %s",
                (f"{dbname}\\_%", owner),
            ).fetchall()
            for (role,) in made:
                conn.execute(f'DROP ROLE "{role}"')
            conn.execute(f'DROP ROLE "{owner}"')


def test_the_clusters_other_databases_are_closed_to_desk_logins(
    pg_admin_url: str, hub_db: str, make_desk: MakeDesk
) -> None:
    """A database of the same server open to every login (`postgres`, as a fresh cluster has it):
    a desk login cannot connect to it once the hub is made."""
    other = f"{urlsplit(hub_db).path.lstrip('/')}_other"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{other}"')
        conn.execute(f'CREATE DATABASE "{other}"')
        conn.execute(f'GRANT CONNECT ON DATABASE "{other}" TO PUBLIC')
    try:
        admin = make_desk("Admin")
        hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
        desk = hub_admin.add_desk(hub_db, "Porte")
        psycopg.connect(desk.url).close()  # its own hub: yes
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(_as(desk.url, desk.login, _password(desk.url), other)).close()
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{other}"')


def _password(url: str) -> str:
    return str(psycopg.conninfo.conninfo_to_dict(url)["password"])
