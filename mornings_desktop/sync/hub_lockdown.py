"""The hub's database and the cluster's others closed to what a desk login must not reach
(`hub init`; the module docstring of `hub_admin` says why): no PUBLIC privilege on the hub
database, no CREATE in its `public` schema, no CONNECT for PUBLIC on the other databases. A login
that may not close one of those is refused in a sentence, never left with a warning only."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.sync.hub_schema import HubError


def lock_database(conn: psycopg.Connection[Any], name: str, group: str) -> None:
    """No PUBLIC privilege on the hub database; CONNECT for desk logins only; no CREATE in public."""
    db = sql.Identifier(name)
    conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db))
    conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, sql.Identifier(group)))
    if conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'public'").fetchone():
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    lock_other_databases(conn)


def lock_other_databases(conn: psycopg.Connection[Any]) -> None:
    """Desk logins cannot CONNECT to the cluster's other databases (see the module docstring)."""
    others = conn.execute(
        "SELECT d.datname FROM pg_database d WHERE d.datname <> current_database() "
        "AND d.datallowconn AND (d.datacl IS NULL OR EXISTS ("
        "  SELECT 1 FROM aclexplode(d.datacl) a "
        "  WHERE a.grantee = 0 AND a.privilege_type = 'CONNECT'))"
    ).fetchall()
    if not others:
        return
    # Logins that may keep connecting: every login but superusers and desk logins of any hub.
    keep = [
        str(r[0])
        for r in conn.execute(
            "SELECT r.rolname FROM pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper "
            "AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "                WHERE m.member = r.oid AND g.rolname LIKE '%\\_desks' "
            "                AND NOT g.rolcanlogin)"
        )
    ]
    for (name,) in others:
        db = sql.Identifier(str(name))
        try:
            with conn.transaction():
                for role in keep:
                    conn.execute(
                        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                            db, sql.Identifier(role)
                        )
                    )
                conn.execute(sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(db))
                # A login that neither owns that database nor holds the grant option is only
                # warned ("no privileges could be revoked"): PUBLIC would keep its CONNECT.
                if conn.execute(_PUBLIC_CONNECT, (name,)).fetchone() != (False,):
                    raise _cannot_close(name)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise _cannot_close(name) from exc


# Whether PUBLIC may still connect to the database named (no ACL: the defaults, which grant it).
_PUBLIC_CONNECT = (
    "SELECT EXISTS (SELECT 1 FROM pg_database d, "
    "aclexplode(COALESCE(d.datacl, acldefault('d', d.datdba))) a "
    "WHERE d.datname = %s AND a.grantee = 0 AND a.privilege_type = 'CONNECT')"
)


def _cannot_close(name: object) -> HubError:
    return HubError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The hub login may not change the rights on database {name}; run 'mornings "
            "hub init' with a superuser login, or give the hub its own cluster.",
        ),
        name=name,
    )
