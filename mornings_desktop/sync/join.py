"""Joining the organisation: from a join file (`mornings join FILE`) or a desk URL.

Joining by file (`join_with_file`): the file's organisation material is adopted (never the hub's),
and at first contact the desk replaces the file's one-time password by a new one of its own —
`ALTER ROLE CURRENT_USER PASSWORD`, which every PostgreSQL role may do for itself and which gives
the desk login no other right — sent as a SCRAM verifier computed here. The new password goes to
the keyring *before* it is set on the hub, so a failure in between leaves the file still usable.
A second use of the same file then fails at login, with one sentence. A join file without a hub
(`mornings desk add`, `sync/join_offline.py`) installs the same identity with no first contact.

A laptop that has recorded nothing yet (only its own desk announcements) adopts the organisation's
id and ticket key, so it verifies codes made on every other desk. A database that already holds
data of another organisation is refused: merging two organisations is not something sync does.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import func, select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services.desk_role import ROLE_KEY
from mornings_desktop.services.workspace import Workspace, local_desks
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import client, credentials, desk_identity, hub_schema, join_file
from mornings_desktop.sync.hub_schema import HubError
from mornings_desktop.trust import keys


@dataclass(frozen=True)
class Identity:
    org_id: str
    ticket_key: str


def _has_own_data(ws: Workspace) -> bool:
    with ws.db.read() as session:
        local = [d.id for d in local_desks(session)]
        count = session.execute(
            select(func.count())
            .select_from(Operation)
            .where((Operation.type != "desk.announced") | Operation.desk_id.not_in(local))
        ).scalar_one()
    return int(count) > 0


def check_can_adopt(ws: Workspace, org_id: str) -> None:
    """Refuse (UserError) if this database holds data of an organisation other than `org_id`."""
    if ws.org_id != org_id and _has_own_data(ws):
        raise _other_organisation()


def _other_organisation() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This database already holds data of another organisation; it cannot join this "
            "one. Use a new database file to join.",
        )
    )


def adopt(ws: Workspace, identity: Identity) -> bool:
    """Take the organisation's identity. Returns True if it changed. Refuses another org's data."""
    if ws.org_id == identity.org_id:
        if ws.ticket_key.hex() != identity.ticket_key:
            with ws.db.write() as session:
                meta.put(session, meta.TICKET_KEY, identity.ticket_key)
            ws.refresh_identity()
            return True
        return False
    if _has_own_data(ws):
        raise _other_organisation()
    with ws.db.write() as session:
        meta.put(session, meta.ORG_ID, identity.org_id)
        meta.put(session, meta.TICKET_KEY, identity.ticket_key)
        # The organisation's public key comes only from organisation material: here, the
        # organisation key this computer holds (an organiser's laptop). Without it, this desk
        # cannot check other desks' certificates until it joins with a join file: their
        # operations wait. Never the former organisation's key: this computer holds it, and
        # could certify anyone under the new organisation's name with it ("": none known).
        org_key = signing.org_key(identity.org_id)
        known = keys.public_text(org_key) if org_key is not None else ""
        meta.put(session, signing.ORG_PUBLIC_KEY, known)
    ws.refresh_identity()
    return True


RunRound = Callable[[Workspace, str], client.RoundResult]


def join_hub(
    ws: Workspace, desk_url: str, *, remember: bool = True, run_round: RunRound | None = None
) -> client.RoundResult:
    """Join with a desk URL: adopt the hub's organisation, keep the URL, run a first sync round
    (with `run_round`: the window's runs it in a child process, `sync.round_process`).

    A hub that refuses or fails, at the connection or at its first statement, is a HubError with
    the sentence of `hub_words` (never PostgreSQL's text); nothing is joined then."""
    conn = hub_schema.connect(desk_url)
    try:
        info = hub_schema.read_info(conn)
    except psycopg.Error as exc:  # `hub_info` timed out, the connection dropped…
        raise hub_schema.explain_connect_error(desk_url, exc) from exc
    finally:
        conn.close()
    hub_schema.check_version(info.schema_version)
    adopt(ws, Identity(info.org_id, info.ticket_key))
    configure(ws, desk_url, remember=remember)
    return (run_round or _round)(ws, desk_url)


def _round(ws: Workspace, desk_url: str) -> client.RoundResult:
    return client.sync_round(ws, desk_url)


def configure(ws: Workspace, desk_url: str, *, remember: bool = True) -> bool:
    """Keep the hub URL (without password) in the database and the password in the keyring.

    Returns False when the password could not be kept because this computer has no keyring: the
    URL is kept all the same, and the person gives the password with each `mornings sync --hub`.
    """
    with ws.db.write() as session:
        meta.put(session, client.HUB_URL, hub_schema.redact(desk_url))
    if not remember:
        return True
    if not credentials.keyring_usable():
        return False
    credentials.save_password(desk_url)
    return True


# -- setup files (retired) -------------------------------------------------------------------------
def setup_file_retired() -> UserError:
    """Setup files carried no certificate: a desk joined with one could neither have its
    operations accepted by other desks nor sign a bundle. `mornings desk add` replaces them."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Setup files are no longer used: on the organiser's computer, make a join file with "
            "'mornings desk add NAME --role door -o FILE', then run 'mornings join FILE' on the "
            "desk.",
        )
    )


# -- join files ------------------------------------------------------------------------------------
@dataclass
class Joined:
    """What `join_with_file` did; `round` is None when the first sync round failed (`error`)."""

    org_id: str
    desk: str
    role: str
    hub: str
    round: client.RoundResult | None
    error: str | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "org_id": self.org_id,
            "desk": self.desk,
            "role": self.role,
            "hub": self.hub,
            "error": self.error,
        }
        if self.round is not None:
            data.update(self.round.to_json())
        return data


def _file_used() -> HubError:
    return HubError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This join file was already used, or replaced by a newer one; ask the organiser for "
            "a new join file ('mornings hub reset-desk').",
        )
    )


def _first_contact(url: str) -> psycopg.Connection[Any]:
    try:
        return hub_schema.connect(url)
    except HubError as exc:
        cause = str(exc.__cause__ or "").lower()
        if "password authentication failed" in cause:
            raise _file_used() from exc
        raise


def _check_same_desk(ws: Workspace, hub_url: str) -> None:
    """A database joined to this hub as one desk does not become another: the hub keeps its desk
    ids for the first login (its pushes under another login would be refused)."""
    current = ws.meta(client.HUB_URL)
    if not current:
        return
    old, new = hub_schema.conninfo_params(current), hub_schema.conninfo_params(hub_url)
    place = ("host", "port", "dbname")
    same_hub = all(old.get(k) == new.get(k) for k in place)
    if same_hub and old.get("user") and old.get("user") != new.get("user"):
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database already joined the hub as the desk “{desk}”; join with a new "
                "database file, or ask the organiser to reset that desk.",
            ),
            desk=ws.desk_name,  # its name, not the hub's login for it
        )


def _join_without_hub(ws: Workspace, joining: join_file.JoinFile) -> Joined:
    """A join file of `mornings desk add`: the organisation and the certified identity, no hub (a
    hub the database knew is kept: `hub add-desk` and a hub join file change it)."""
    check_can_adopt(ws, joining.org_id)
    adopt(ws, Identity(joining.org_id, joining.ticket_key))
    desk_identity.install(ws, joining)
    with ws.db.write() as session:
        meta.put(session, ROLE_KEY, joining.role)
    return Joined(ws.org_id, joining.desk, joining.role, "", None)


def join_with_file(
    ws: Workspace, source: Path | str, *, run_round: RunRound | None = None
) -> Joined:
    """Install the desk identity of a join file (`-`: standard input) and run a first round
    (with `run_round`, as `join_hub`)."""
    joining = join_file.read_join_file(source)
    desk_identity.check(joining)  # before first contact: a bad identity does not spend the file
    if joining.hub_url is None:
        return _join_without_hub(ws, joining)
    if not credentials.keyring_usable():
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer has no password store (keyring), so it cannot keep the desk's hub "
                "password; join from a computer with a keyring, or use bundle files.",
            )
        )
    check_can_adopt(ws, joining.org_id)
    if joining.for_existing_desk:  # before first contact: a wrong laptop does not spend it
        desk_identity.check_existing(ws, joining)
    _check_same_desk(ws, joining.hub_url)
    joined_before = bool(ws.meta(client.HUB_URL))  # `hub reset-desk`: the same laptop again
    conn = _first_contact(joining.hub_url)
    try:
        info = hub_schema.read_info(conn)
        hub_schema.check_version(info.schema_version)
        if info.org_id != joining.org_id:
            raise HubError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The hub named in this join file belongs to another organisation; nothing "
                    "was changed.",
                )
            )
        login = joining.login
        password = secrets.token_urlsafe(32)
        own_url = hub_schema.with_credentials(joining.hub_url, login, password)
        credentials.save_password(own_url)  # first: a failure below leaves the file usable
        verifier = conn.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
        conn.execute(
            sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(sql.Literal(verifier.decode()))
        )
        conn.commit()
    except psycopg.Error as exc:
        raise hub_schema.explain_connect_error(joining.hub_url, exc) from exc
    finally:
        conn.close()
    adopt(ws, Identity(joining.org_id, joining.ticket_key))
    if joining.for_existing_desk:  # `hub add-desk --existing`: this desk keeps its identity
        desk_identity.install_existing(ws, joining)
    else:
        desk_identity.install(ws, joining, joined_before=joined_before)
    with ws.db.write() as session:
        meta.put(session, client.HUB_URL, hub_schema.redact(own_url))
        meta.put(session, ROLE_KEY, joining.role)
    joined = Joined(ws.org_id, joining.desk, joining.role, hub_schema.redact(own_url), None)
    try:
        joined.round = (run_round or _round)(ws, own_url)
        client.record_error(ws, None)
    except UserError as exc:  # joined all the same: the next round will do the work
        joined.error = str(exc)
        client.record_error(ws, joined.error)
    return joined


__all__ = [
    "HubError",
    "Identity",
    "Joined",
    "adopt",
    "join_hub",
    "join_with_file",
    "setup_file_retired",
]
