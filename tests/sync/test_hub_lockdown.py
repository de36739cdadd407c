"""`hub init` closing what a desk login must not reach (`hub_lockdown`), against a real
PostgreSQL: a database without the `public` schema, an administrator who is not a superuser (a
managed PostgreSQL) refused in a sentence while the cluster holds a database it may not close, the
cluster's other databases closed to desk logins and still open to every other login."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import psycopg
import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import hub_admin, hub_lockdown
from mornings_desktop.sync.hub_schema import HubError
from tests.sync import test_hub_admin_init
from tests.sync.test_hub_admin_init import _as, _meta, _password

MakeDesk = Callable[..., Workspace]
organiser_url = test_hub_admin_init.organiser_url


def test_a_database_without_the_public_schema_is_made_a_hub(
    hub_db: str, make_desk: MakeDesk
) -> None:
    with psycopg.connect(hub_db, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public")
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    assert _meta(hub_db, "org_id") == admin.org_id


def test_an_administrator_who_may_not_close_another_database_is_refused(
    organiser_url: str, pg_admin_url: str, make_desk: MakeDesk
) -> None:
    """A database of the cluster open to every login, which this organiser login (no superuser,
    owner of the hub database only) may not close: PostgreSQL only warns, so the hub is refused
    in a sentence rather than made with its desks able to reach that database. Closed by the
    server's administrator, the same login makes the hub."""
    other = f"{urlsplit(organiser_url).path.lstrip('/')}_other"
    admin = make_desk("Admin")
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{other}"')
        conn.execute(f'GRANT CONNECT ON DATABASE "{other}" TO PUBLIC')
    with pytest.raises(HubError, match=f"may not change the rights on database {other}"):
        hub_admin.init_hub(organiser_url, admin.org_id, admin.ticket_key.hex())
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        assert conn.execute(hub_lockdown._PUBLIC_CONNECT, (other,)).fetchone() == (True,)
        conn.execute(f'REVOKE CONNECT ON DATABASE "{other}" FROM PUBLIC')
    hub_admin.init_hub(organiser_url, admin.org_id, admin.ticket_key.hex())
    assert _meta(organiser_url, "org_id") == admin.org_id


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


def test_logins_that_could_connect_to_the_other_databases_still_can(
    pg_admin_url: str, hub_db: str, make_desk: MakeDesk
) -> None:
    """Closing the cluster's other databases to PUBLIC keeps them open to every login that is no
    desk login (a reporting tool's, say): they are granted CONNECT by name first."""
    dbname = urlsplit(hub_db).path.lstrip("/")
    other, reporter = f"{dbname}_other", f"{dbname}_reporter"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{other}"')
        conn.execute(f'GRANT CONNECT ON DATABASE "{other}" TO PUBLIC')
        conn.execute(f"CREATE ROLE \"{reporter}\" LOGIN PASSWORD 'reporter-pw'")
    try:
        admin = make_desk("Admin")
        hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
        psycopg.connect(_as(hub_db, reporter, "reporter-pw", other)).close()
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{other}"')
            test_hub_admin_init.drop_login(conn, reporter)  # and its CONNECT on the others
