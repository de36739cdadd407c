"""`hub init` and `hub add-desk` against a real PostgreSQL (`hub_admin`), the cases an organiser's
server may hold: a re-run that keeps the quota set earlier, a hub of another organisation or of a
newer version left untouched, an older hub refused until `hub init` brings it up to date, older
desk logins given their connection limit, names cut to fit, and a desk's role on the roster
(`test_hub_lockdown.py` has what `hub init` closes)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin, hub_desks
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


def _password(url: str) -> str:
    return str(psycopg.conninfo.conninfo_to_dict(url)["password"])


def _role(url: str, login: str) -> tuple[int, bool] | None:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT rolconnlimit, rolcanlogin FROM pg_roles WHERE rolname = %s", (login,)
        ).fetchone()
    return None if row is None else (int(row[0]), bool(row[1]))


def test_desk_logins_of_an_older_hub_get_the_connection_limit(
    hub_db: str, make_desk: MakeDesk
) -> None:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    old, kept = hub_admin.add_desk(hub_db, "Ancienne"), hub_admin.add_desk(hub_db, "Gardée")
    with psycopg.connect(hub_db) as conn:  # as an older hub made them: no limit
        conn.execute(f'ALTER ROLE "{old.login}" CONNECTION LIMIT -1')
        conn.execute(f'ALTER ROLE "{kept.login}" CONNECTION LIMIT 9')
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    assert _role(hub_db, old.login) == (hub_admin.DEFAULT_CONNECTION_LIMIT, True)
    assert _role(hub_db, kept.login) == (9, True)  # a limit set by hand stays


@pytest.mark.parametrize(("asked", "given"), [(0, 1), (1, 1), (3, 3)])
def test_a_desk_login_may_always_connect_at_least_once(
    hub_db: str, make_desk: MakeDesk, asked: int, given: int
) -> None:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    desk = hub_admin.add_desk(hub_db, "Porte", connection_limit=asked)
    assert _role(hub_db, desk.login) == (given, True)


def test_a_desk_login_is_named_after_30_characters_of_its_desk_and_24_of_its_database(
    pg_admin_url: str, make_desk: MakeDesk
) -> None:
    """Role names are the cluster's (63 bytes at most): a long database and a long desk name are
    cut, the same way at every `hub` command. Its one-time password: 24 random bytes."""
    name = "hub_of_the_club_made_in_morocco_casablanca"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = urlunsplit(urlsplit(pg_admin_url)._replace(path="/" + name))
    base = name[:24]
    try:
        admin = make_desk("Admin")
        hub_admin.init_hub(url, admin.org_id, admin.ticket_key.hex())
        desk = hub_admin.add_desk(url, "Accueil principal du grand hall Est")
        assert desk.login == f"{base}_desk_" + "accueil_principal_du_grand_hall_est"[:30]
        assert len(_password(desk.url)) == 32
        with psycopg.connect(url) as conn:
            roles = conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY 1", (base + "\\_%",)
            ).fetchall()
        assert [r[0] for r in roles] == [desk.login, f"{base}_desks", f"{base}_owner"]
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            for (role,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (base + "\\_%",)
            ).fetchall():
                conn.execute(f'DROP ROLE "{role}"')


def test_a_hub_whose_roster_is_gone_is_sent_to_hub_init(hub_db: str, make_desk: MakeDesk) -> None:
    """The desk commands need the roster of desks' roles (schema 5 on): a hub without it (an
    older hub whose version was edited, a table dropped by hand) is refused in a sentence."""
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    with psycopg.connect(hub_db) as conn:
        conn.execute("DROP TABLE mornings.desk_roster CASCADE")
    with pytest.raises(HubError, match="made by an older version; run 'mornings hub init'"):
        hub_desks.list_desks(hub_db)


def drop_login(conn: psycopg.Connection[Any], login: str) -> None:
    """Drop a login that `hub init` may have granted CONNECT on the cluster's other databases
    (`make mutants` runs two tests at once on one cluster: another `hub init` may grant it one
    more between the two statements, hence the second try)."""
    for attempt in range(3):
        try:
            conn.execute(f'DROP OWNED BY "{login}"')
            conn.execute(f'DROP ROLE "{login}"')
            return
        except psycopg.errors.DependentObjectsStillExist:
            if attempt == 2:
                raise


@pytest.fixture
def organiser_url(pg_admin_url: str, hub_db: str) -> Iterator[str]:
    """The hub database's URL for an organiser login that is no superuser (a managed
    PostgreSQL): it may create roles and owns that database only. The roles it makes hold grants
    it gave, so they are dropped first, then the login (and any database `<db>_…` a test made)."""
    dbname = urlsplit(hub_db).path.lstrip("/")
    owner = f"{dbname}_organiser"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{owner}\" LOGIN PASSWORD 'organiser-pw' CREATEROLE")
        conn.execute(f'ALTER DATABASE "{dbname}" OWNER TO "{owner}"')
    try:
        yield _as(hub_db, owner, "organiser-pw")
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            for (name,) in conn.execute(
                "SELECT datname FROM pg_database WHERE datname = %s OR datname LIKE %s",
                (dbname, f"{dbname}\\_%"),
            ).fetchall():
                conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                    (name,),
                )
                conn.execute(f'DROP DATABASE "{name}"')
            made = conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s AND rolname <> %s",
                (f"{dbname}\\_%", owner),
            ).fetchall()
            for (role,) in made:
                conn.execute(f'DROP ROLE "{role}"')
            drop_login(conn, owner)


def test_an_administrator_who_is_not_a_superuser_makes_a_working_hub(
    organiser_url: str, make_desk: MakeDesk
) -> None:
    """The hub it makes takes desks, and a desk syncs."""
    admin = make_desk("Admin")
    hub_admin.init_hub(organiser_url, admin.org_id, admin.ticket_key.hex())
    desk = hub_admin.add_desk(organiser_url, "Porte")
    assert client.sync_round(admin, desk.url).pushed >= 1
