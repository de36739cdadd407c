"""Administration of the hub: `hub init` (create or harden) and desk logins (`hub_desks.py` has
the rest of the desk lifecycle: join files, list, reset, revoke).

Roles (names are cluster-wide in PostgreSQL, so they carry the database name):
- `<db>_owner`: NOLOGIN, owns the schema `mornings`, its tables and functions, and nothing else;
  the SECURITY DEFINER functions run with its rights only (never the admin's or a superuser's).
- `<db>_desks`: NOLOGIN group holding CONNECT on the hub database, USAGE on the schema and
  EXECUTE on the desk functions (`hub_sql.DESK_FUNCTIONS`, `desk_clock`) — nothing else (a login may change its
  own password, as every PostgreSQL role may: that is how a desk replaces its one-time password).
- `<db>_desk_<name>`: one LOGIN per desk, member of the group, with a CONNECTION LIMIT and an
  hourly quota of operations (`mornings.logins.hourly_quota`, else the hub's default).

The hub database keeps no privilege for PUBLIC (no CONNECT, no TEMP, no CREATE), and `public`
schema CREATE is revoked. Desk logins must not reach the cluster's other databases either:
PostgreSQL cannot deny one role what PUBLIC has, so `hub init` revokes CONNECT from PUBLIC on
every other database that still grants it, after granting CONNECT there explicitly to every
existing login that is not a desk login (so nobody who could connect before loses it). Roles
created later on that cluster need an explicit `GRANT CONNECT`: give the hub its own cluster, or
re-run `hub init` after creating a new database on it.

`hub init` on an existing hub upgrades it in place: ownership moves to the owner role, old
functions are dropped and re-created, grants are reset, desk logins get their connection limit.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any

import psycopg
from psycopg import sql

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.sync import hub_desks_sql, hub_lockdown, hub_sql
from mornings_desktop.sync.hub_schema import (
    DEFAULT_CONNECTION_LIMIT,
    HUB_SCHEMA_VERSION,
    NOT_ADMIN,
    HubError,
    HubInfo,
    NewDesk,
    check_version,
    connect,
    slug,
    url_user,
    with_credentials,
)

DEFAULT_HOURLY_QUOTA = hub_sql.DEFAULT_HOURLY_QUOTA


def _database(conn: psycopg.Connection[Any]) -> str:
    row = conn.execute("SELECT current_database()").fetchone()
    assert row is not None
    return str(row[0])


def _role_base(conn: psycopg.Connection[Any]) -> str:
    return slug(_database(conn))[:24]


def group_role(conn: psycopg.Connection[Any]) -> str:
    return f"{_role_base(conn)}_desks"


def owner_role(conn: psycopg.Connection[Any]) -> str:
    return f"{_role_base(conn)}_owner"


def _is_superuser(conn: psycopg.Connection[Any]) -> bool:
    row = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    return bool(row and row[0])


def _ensure_role(conn: psycopg.Connection[Any], name: str) -> None:
    found = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    if found is None:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    elif _is_superuser(conn):
        conn.execute(
            sql.SQL(
                "ALTER ROLE {} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                "NOBYPASSRLS"
            ).format(sql.Identifier(name))
        )


def _existing_meta(conn: psycopg.Connection[Any]) -> dict[str, str]:
    row = conn.execute("SELECT to_regclass('mornings.meta')").fetchone()
    if row is None or row[0] is None:
        return {}
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM mornings.meta")}


def _take_ownership(conn: psycopg.Connection[Any], owner: str) -> None:
    """Give the schema and its tables to the owner role; drop the functions (re-created next)."""
    ident = sql.Identifier(owner)
    found = conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'mornings'").fetchone()
    if found is None:
        conn.execute(sql.SQL("CREATE SCHEMA mornings AUTHORIZATION {}").format(ident))
        return
    conn.execute(sql.SQL("ALTER SCHEMA mornings OWNER TO {}").format(ident))
    relations = conn.execute(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'mornings' AND c.relkind IN ('r', 'S', 'v', 'm', 'p') "
        "AND c.relowner <> %s::regrole",
        (owner,),
    ).fetchall()
    for name, kind in relations:
        keyword = {"S": "SEQUENCE", "v": "VIEW", "m": "MATERIALIZED VIEW"}.get(str(kind), "TABLE")
        conn.execute(
            sql.SQL("ALTER {} mornings.{} OWNER TO {}").format(
                sql.SQL(keyword), sql.Identifier(str(name)), ident
            )
        )
    triggers = conn.execute(  # they depend on functions dropped below; re-created next
        "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'mornings' AND NOT t.tgisinternal"
    ).fetchall()
    for trigger, table in triggers:
        conn.execute(
            sql.SQL("DROP TRIGGER {} ON mornings.{}").format(
                sql.Identifier(str(trigger)), sql.Identifier(str(table))
            )
        )
    functions = conn.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'mornings'"
    ).fetchall()
    for (signature,) in functions:
        conn.execute(sql.SQL("DROP FUNCTION {}").format(sql.SQL(str(signature))))


def init_hub(
    admin_url: str, org_id: str, ticket_key: str, *, hourly_quota: int | None = None
) -> HubInfo:
    """Create (or harden and bring up to date) the hub in the database of `admin_url`.

    The organisation identity is the one of the database that runs `hub init`. Re-running it is
    harmless and upgrades an older hub; it refuses a hub of another organisation and a hub made by
    a newer version. `hourly_quota`: operations a desk login may push per hour (default 200,000).
    """
    with connect(admin_url) as conn:
        existing = _existing_meta(conn)
        if existing:
            check_version(int(existing.get("schema_version", "0")))
            if existing.get("org_id") not in (None, org_id):
                raise HubError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This hub belongs to another organisation; it was left untouched.",
                    )
                )
        owner, group = owner_role(conn), group_role(conn)
        _ensure_role(conn, owner)
        _ensure_role(conn, group)
        if not _is_superuser(conn):
            conn.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(owner)))
        _take_ownership(conn, owner)
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(owner)))
        conn.execute(hub_sql.TABLES_SQL.encode())
        conn.execute(hub_sql.FUNCTIONS_SQL.encode())
        conn.execute(hub_sql.BACKFILL_SQL.encode())
        _install_lifecycle(conn, group)
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA mornings TO {}").format(sql.Identifier(group)))
        for fn in hub_sql.DESK_FUNCTIONS:
            conn.execute(
                sql.SQL("GRANT EXECUTE ON FUNCTION mornings.{} TO {}").format(
                    sql.SQL(fn), sql.Identifier(group)
                )
            )
        values = {
            "schema_version": str(HUB_SCHEMA_VERSION),
            "org_id": org_id,
            "ticket_key": ticket_key,
            "hub_id": existing.get("hub_id") or str(uuid.uuid4()),
            # Part of the generation desks compare (hub_sql_marks): made once, with the hub.
            "generation": existing.get("generation") or str(uuid.uuid4()),
        }
        if hourly_quota is not None or "hourly_quota" not in existing:
            values["hourly_quota"] = str(hourly_quota or DEFAULT_HOURLY_QUOTA)
        for key, value in values.items():
            conn.execute(
                "INSERT INTO mornings.meta (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (key, value),
            )
        logins = [str(r[0]) for r in conn.execute("SELECT login FROM mornings.logins")]
        conn.execute("RESET ROLE")
        hub_lockdown.lock_database(conn, _database(conn), group)
        for login in logins:  # desk logins of an older hub get the connection limit
            if _conn_limit(conn, login) == -1:
                conn.execute(
                    sql.SQL("ALTER ROLE {} CONNECTION LIMIT {}").format(
                        sql.Identifier(login), sql.Literal(DEFAULT_CONNECTION_LIMIT)
                    )
                )
        conn.commit()
        return HubInfo(
            org_id, ticket_key, values["hub_id"], HUB_SCHEMA_VERSION, url_user(admin_url)
        )


def _conn_limit(conn: psycopg.Connection[Any], login: str) -> int | None:
    row = conn.execute("SELECT rolconnlimit FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    return None if row is None else int(row[0])


def _install_lifecycle(conn: psycopg.Connection[Any], group: str) -> None:
    """The desk lifecycle's tables and functions (hub_desks_sql); desk_clock for the desk group."""
    conn.execute(hub_desks_sql.LIFECYCLE_SQL.encode())
    for fn in hub_desks_sql.DESK_FUNCTIONS:
        conn.execute(
            sql.SQL("GRANT EXECUTE ON FUNCTION mornings.{} TO {}").format(
                sql.SQL(fn), sql.Identifier(group)
            )
        )


def require_current_hub(conn: psycopg.Connection[Any]) -> dict[str, str]:
    """The hub's meta; refuses a database that is no hub, or a hub of an older or newer version."""
    meta = _existing_meta(conn)
    if not meta:
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors", "This database is not a Mornings hub (run 'mornings hub init' first)."
            )
        )
    check_version(int(meta.get("schema_version", "0")))
    if int(meta.get("schema_version", "0")) < HUB_SCHEMA_VERSION:
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This hub was made by an older version; run 'mornings hub init' on it first.",
            )
        )
    return meta


def require_lifecycle(conn: psycopg.Connection[Any], org_id: str | None) -> dict[str, str]:
    """The hub's meta, for the desk lifecycle commands (and of `org_id`'s organisation if given);
    a desk's login in place of the administrator's gets one sentence, not "permission denied"."""
    try:
        meta = require_current_hub(conn)
    except psycopg.errors.InsufficientPrivilege as exc:
        raise HubError(NOT_ADMIN, login=conn.info.user) from exc
    found = conn.execute("SELECT to_regclass('mornings.desk_roster')").fetchone()
    if found is None or found[0] is None:
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This hub was made by an older version; run 'mornings hub init' on it first.",
            )
        )
    if org_id is not None and meta.get("org_id") != org_id:
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This hub belongs to another organisation than this database; run the command "
                "on the organiser's desk of this hub.",
            )
        )
    return meta


def _verifier(conn: psycopg.Connection[Any], login: str, password: str) -> str:
    """The SCRAM verifier of `password`, computed here: the password itself never reaches the
    server (nor its statement log)."""
    raw = conn.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return raw.decode("ascii")


def set_password(conn: psycopg.Connection[Any], login: str, password: str) -> None:
    """Give `login` a new password (and LOGIN back, if it was only disabled)."""
    conn.execute(
        sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(login), sql.Literal(_verifier(conn, login, password))
        )
    )


def create_login(
    conn: psycopg.Connection[Any],
    name: str,
    password: str,
    *,
    role: str | None = None,
    hourly_quota: int | None = None,
    connection_limit: int = DEFAULT_CONNECTION_LIMIT,
) -> str:
    """Create the desk login of `name` (refused if taken) in the open transaction; its name."""
    login = f"{_role_base(conn)}_desk_{slug(name)[:30]}"
    taken = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    if taken is not None:
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A desk named “{name}” is already on this hub: give another name, or reset it "
                "('mornings hub reset-desk').",
            ),
            name=name,
        )
    conn.execute(
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} CONNECTION LIMIT {} IN ROLE {}").format(
            sql.Identifier(login),
            sql.Literal(_verifier(conn, login, password)),
            sql.Literal(max(1, connection_limit)),
            sql.Identifier(group_role(conn)),
        )
    )
    conn.execute(
        "INSERT INTO mornings.logins (login, desk_name, hourly_quota) VALUES (%s, %s, %s)",
        (login, name, hourly_quota),
    )
    if conn.execute("SELECT to_regclass('mornings.desk_roster')").fetchone() != (None,):
        conn.execute(
            "INSERT INTO mornings.desk_roster (login, role) VALUES (%s, %s) "
            "ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role",
            (login, role),
        )
    return login


def add_desk(
    admin_url: str,
    name: str,
    *,
    hourly_quota: int | None = None,
    connection_limit: int = DEFAULT_CONNECTION_LIMIT,
    role: str | None = None,
) -> NewDesk:
    """Create a desk login that can only call the desk functions; return its URL once.

    The password is random and shown only in the returned URL: the hub keeps only its SCRAM
    verifier. Refuses a name already taken. `hourly_quota` overrides the hub's default for this
    desk. (`hub add-desk` writes a join file instead: `hub_desks.issue_desks`.)
    """
    with connect(admin_url) as conn:
        require_current_hub(conn)
        password = secrets.token_urlsafe(24)
        login = create_login(
            conn,
            name,
            password,
            role=role,
            hourly_quota=hourly_quota,
            connection_limit=connection_limit,
        )
        conn.commit()
    return NewDesk(desk=name, login=login, url=with_credentials(admin_url, login, password))
