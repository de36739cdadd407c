"""The organiser's desk lifecycle on the hub: add desks as join files, list, reset, revoke.

- `issue_desks` (`hub add-desk NAME --role R -o FILE [--spare N]`): one desk login per desk with a
  random one-time password, and its join file (0600). `--spare N` adds N door desks "NAME spare k"
  with files `FILE-spare-k…`, for a venue the organiser cannot reach. All logins and files are
  made, or none: a failure removes the files written and rolls the logins back.
- `list_desks` (`hub desks`): name, role, last seen, clock offset (desk minus hub), operations the
  hub holds of it, operations set aside by a revocation, disabled/revoked.
- `reset_desk` (`hub reset-desk NAME -o FILE`): a new one-time password and file for the same
  login (so the desk ids it claimed stay its own); the old laptop's password stops working and its
  open connections are closed.
- `revoke_desk` (`hub revoke-desk NAME [--until TIME]`): the login can no longer log in; for each
  incarnation of its desk ids, the chain of operations the hub received before TIME (default:
  now) is kept, every other operation of it moves to `mornings.revoked_ops` (kept, no longer
  pulled); any later delivery of its operations, by any desk, is set aside there too (by
  `ingest`). On the organiser's desk (which holds the organisation key) it also
  issues an organisation-signed revocation naming each chain's last operation
  (`hub_revocations`), which every desk enforces on whatever path the operations come.

The organisation material of the join files (id, ticket key) comes from the organiser's database
that runs the command, never from the hub; the hub must belong to the same organisation.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from psycopg import sql

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ledger import signing
from mornings_desktop.sync import (
    desk_identity,
    hub_admin,
    hub_desks_sql,
    hub_revocations,
    join_file,
)
from mornings_desktop.sync.hub_admin import require_lifecycle
from mornings_desktop.sync.hub_schema import (
    DEFAULT_CONNECTION_LIMIT,
    HubError,
    connect,
    with_credentials,
)
from mornings_desktop.timeutil import now_utc

CLOCK_WARNING_S = 120  # a desk further off than this is told so (and flagged in `hub desks`)


@dataclass(frozen=True)
class IssuedDesk:
    desk: str
    role: str
    login: str
    file: str

    def to_json(self) -> dict[str, str]:
        return {"desk": self.desk, "role": self.role, "login": self.login, "file": self.file}


@dataclass(frozen=True)
class DeskRow:
    desk: str
    login: str
    role: str | None
    last_seen: str | None
    clock_offset_s: float | None
    ops: int
    set_aside: int
    disabled: bool
    revoked_until: str | None

    @property
    def clock_off(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_WARNING_S

    def to_json(self) -> dict[str, object]:
        return {
            "desk": self.desk,
            "login": self.login,
            "role": self.role,
            "last_seen": self.last_seen,
            "clock_offset_s": self.clock_offset_s,
            "clock_off": self.clock_off,
            "ops": self.ops,
            "set_aside": self.set_aside,
            "disabled": self.disabled,
            "revoked": self.revoked_until is not None,
            "revoked_until": self.revoked_until,
        }


@dataclass(frozen=True)
class Revoked:
    desk: str
    login: str
    until: str
    set_aside: int
    signed: int = 0  # organisation-signed revocations issued (0: desks were not told)

    def to_json(self) -> dict[str, object]:
        return {
            "desk": self.desk,
            "login": self.login,
            "until": self.until,
            "set_aside": self.set_aside,
            "signed": self.signed,
        }


def _find(conn: psycopg.Connection[Any], name: str) -> tuple[str, str]:
    row = conn.execute(
        "SELECT l.login, l.desk_name FROM mornings.logins l "
        "WHERE l.desk_name = %s OR l.login = %s ORDER BY (l.desk_name = %s) DESC LIMIT 1",
        (name, name, name),
    ).fetchone()
    if row is None:
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors", "No desk {name} on this hub ('mornings hub desks' lists them)."
            ),
            name=name,
        )
    return str(row[0]), str(row[1])


def _close_sessions(conn: psycopg.Connection[Any], login: str) -> None:
    """End the login's open connections (best effort: needs the right to signal them)."""
    try:
        with conn.transaction():
            conn.execute(
                "SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity a "
                "WHERE a.usename = %s AND a.pid <> pg_backend_pid()",
                (login,),
            )
    except psycopg.errors.InsufficientPrivilege:
        pass


def spare_path(output: Path, k: int) -> Path:
    """`door.json` → `door-spare-1.json`."""
    return output.with_name(f"{output.stem}-spare-{k}{output.suffix}")


# -- add-desk ---------------------------------------------------------------------------------------
def _claimed_join_file(
    conn: psycopg.Connection[Any],
    login: str,
    desk: str,
    role: str,
    url: str,
    org_id: str,
    ticket_key: str,
    hub_id: str,
) -> join_file.JoinFile:
    """The join file, its certified desk id claimed for `login` now: whichever desk later relays
    that desk's operations, the hub counts and revokes them as this login's."""
    made, desk_id = desk_identity.join_file_for(desk, role, url, org_id, ticket_key, hub_id)
    conn.execute(
        "INSERT INTO mornings.desk_claims (desk_id, login) VALUES (%s, %s) "
        "ON CONFLICT (desk_id) DO NOTHING",
        (desk_id, login),
    )
    return made


def issue_desks(
    admin_url: str,
    org_id: str,
    ticket_key: str,
    name: str,
    role: str,
    output: Path,
    *,
    spare: int = 0,
    hourly_quota: int | None = None,
    connection_limit: int = DEFAULT_CONNECTION_LIMIT,
) -> list[IssuedDesk]:
    """Desk logins and their join files: `name` (with `role`), then `spare` door desks."""
    if role not in join_file.ROLES:
        raise HubError(
            QT_TRANSLATE_NOOP("errors", "A desk is a door desk or an organiser desk, not {role}."),
            role=role,
        )
    wanted = [(name, role, output)] + [
        (f"{name} spare {k}", "door", spare_path(output, k)) for k in range(1, spare + 1)
    ]
    desk_identity.require_org_key(org_id)  # before any login is made on the hub
    written: list[Path] = []
    issued: list[IssuedDesk] = []
    try:
        with connect(admin_url) as conn:
            meta = require_lifecycle(conn, org_id)
            for desk, desk_role, path in wanted:
                password = secrets.token_urlsafe(24)
                login = hub_admin.create_login(
                    conn,
                    desk,
                    password,
                    role=desk_role,
                    hourly_quota=hourly_quota,
                    connection_limit=connection_limit,
                )
                url = with_credentials(admin_url, login, password)
                made = _claimed_join_file(
                    conn, login, desk, desk_role, url, org_id, ticket_key, meta["hub_id"]
                )
                written.append(join_file.write_join_file(path, made))
                issued.append(IssuedDesk(desk, desk_role, login, str(written[-1])))
            conn.commit()
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return issued


# -- desks ------------------------------------------------------------------------------------------
def list_desks(admin_url: str) -> list[DeskRow]:
    with connect(admin_url) as conn:
        require_lifecycle(conn, None)
        held = dict(
            conn.execute(
                "SELECT c.login, count(*) FROM mornings.ops o "
                "JOIN mornings.desk_claims c ON c.desk_id = o.desk_id GROUP BY c.login"
            ).fetchall()
        )
        rows = conn.execute(
            "SELECT l.desk_name, l.login, r.role, r.last_seen, r.clock_offset_ms, "
            "       r.revoked_until, coalesce(p.rolcanlogin, false), "
            "       (SELECT count(*) FROM mornings.revoked_ops v WHERE v.login = l.login) "
            "FROM mornings.logins l "
            "LEFT JOIN mornings.desk_roster r ON r.login = l.login "
            "LEFT JOIN pg_roles p ON p.rolname = l.login "
            "ORDER BY l.created_at, l.desk_name"
        ).fetchall()
    return [
        DeskRow(
            desk=str(desk),
            login=str(login),
            role=None if role is None else str(role),
            last_seen=_iso(seen),
            clock_offset_s=None if offset is None else round(int(offset) / 1000, 1),
            ops=int(held.get(login, 0)),
            set_aside=int(aside),
            disabled=not can_login,
            revoked_until=_iso(until),
        )
        for desk, login, role, seen, offset, until, can_login, aside in rows
    ]


def _iso(moment: datetime | None) -> str | None:
    from mornings_desktop.timeutil import to_iso

    return None if moment is None else to_iso(moment)


# -- reset-desk -------------------------------------------------------------------------------------
def reset_desk(admin_url: str, org_id: str, ticket_key: str, name: str, output: Path) -> IssuedDesk:
    """A new one-time password (and join file) for the desk's login; the old one stops working."""
    desk_identity.require_org_key(org_id)  # before the desk's password is changed
    written: Path | None = None
    try:
        with connect(admin_url) as conn:
            meta = require_lifecycle(conn, org_id)
            login, desk = _find(conn, name)
            row = conn.execute(
                "SELECT r.role, r.revoked_at FROM mornings.desk_roster r WHERE r.login = %s",
                (login,),
            ).fetchone()
            if row is not None and row[1] is not None:
                raise HubError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The desk {name} was revoked; it cannot be reset. Add a new desk instead.",
                    ),
                    name=desk,
                )
            role = str(row[0]) if row is not None and row[0] else "door"
            password = secrets.token_urlsafe(24)
            hub_admin.set_password(conn, login, password)
            conn.execute(
                "INSERT INTO mornings.desk_roster AS r (login, role, reset_at) "
                "VALUES (%s, %s, now()) ON CONFLICT (login) DO UPDATE SET reset_at = now(), "
                "role = coalesce(r.role, EXCLUDED.role)",
                (login, role),
            )
            url = with_credentials(admin_url, login, password)
            made = _claimed_join_file(
                conn, login, desk, role, url, org_id, ticket_key, meta["hub_id"]
            )
            written = join_file.write_join_file(output, made)
            conn.commit()
            _close_sessions(conn, login)
            conn.commit()
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    return IssuedDesk(desk, role, login, str(written))


# -- revoke-desk ------------------------------------------------------------------------------------
def revoke_desk(
    admin_url: str,
    name: str,
    until: datetime | None = None,
    *,
    org_id: str | None = None,
    signer: Ed25519PrivateKey | None = None,
    now: Callable[[], datetime] = now_utc,
) -> Revoked:
    """Disable the desk's login; set aside its operations the hub did not hold, in a chain, at
    `until` (default now). With `org_id` and its key on this computer, sign the revocation; with
    `signer` (the recovery key, when the organisation key is lost), sign it with that."""
    moment = until or now()
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    if moment > now():
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The revocation time {until} is in the future; give a time that has passed "
                "(or none, for now).",
            ),
            until=moment.isoformat(timespec="minutes"),
        )
    key = None if org_id is None else (signer or signing.org_key(org_id))
    with connect(admin_url) as conn:
        require_lifecycle(conn, org_id)
        login, desk = _find(conn, name)
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(login)))
        conn.execute(
            "INSERT INTO mornings.desk_roster AS r (login, revoked_at, revoked_until) "
            "VALUES (%s, now(), %s) ON CONFLICT (login) DO UPDATE "
            "SET revoked_at = coalesce(r.revoked_at, now()), "
            "    revoked_until = least(coalesce(r.revoked_until, EXCLUDED.revoked_until), "
            "                          EXCLUDED.revoked_until)",
            (login, moment),
        )
        effective = conn.execute(
            "SELECT revoked_until FROM mornings.desk_roster WHERE login = %s", (login,)
        ).fetchone()
        assert effective is not None
        marks, kept = hub_revocations.accepted_marks(conn, login, effective[0])
        found = conn.execute(
            hub_desks_sql.MOVE_UNACCEPTED_SQL.encode(),
            {"login": login, "until": effective[0], "kept": sorted(kept)},
        ).fetchone()
        conn.execute(hub_desks_sql.NOTE_REVOKED_DESKS_SQL.encode(), {"login": login})
        signed = 0
        if key is not None and org_id is not None:
            signed = hub_revocations.issue(conn, key, org_id, login, marks)
        conn.commit()
        _close_sessions(conn, login)
        conn.commit()
    aside = int(found[0]) if found else 0
    return Revoked(desk, login, _iso(effective[0]) or "", aside, signed)


# `sync accept` lives in hub_accept.py; its names stay reachable from here.
from mornings_desktop.sync.hub_accept import Held, accept, held  # noqa: E402

__all__ = ["Held", "accept", "held"]
