"""Joining the organisation: take its identity and ticket key from the hub or a setup file.

A laptop that has recorded nothing yet (only its own desk announcements) adopts the organisation's
id and ticket key, so it verifies codes made on every other desk. A database that already holds
data of another organisation is refused: merging two organisations is not something sync does.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import signing
from mornings_desktop.private_files import private_opener
from mornings_desktop.services.workspace import Workspace, local_desks
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import client, credentials, hub_schema
from mornings_desktop.sync.hub_schema import HubError
from mornings_desktop.trust import keys

SETUP_FORMAT = "mornings-setup"
SETUP_VERSION = 1


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
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database already holds data of another organisation; it cannot join this "
                "one. Use a new database file to join.",
            )
        )
    with ws.db.write() as session:
        meta.put(session, meta.ORG_ID, identity.org_id)
        meta.put(session, meta.TICKET_KEY, identity.ticket_key)
        # The organisation's public key comes only from organisation material: here, the
        # organisation key this computer holds (an organiser's laptop). Without it, this desk
        # cannot check other desks' certificates until it joins with a join file: their
        # operations wait.
        org_key = signing.org_key(identity.org_id)
        if org_key is not None:
            meta.put(session, signing.ORG_PUBLIC_KEY, keys.public_text(org_key))
    ws.refresh_identity()
    return True


def join_hub(ws: Workspace, desk_url: str, *, remember: bool = True) -> client.RoundResult:
    """Join with a desk URL: adopt the hub's organisation, keep the URL, run a first sync round."""
    conn = hub_schema.connect(desk_url)
    try:
        info = hub_schema.read_info(conn)
    finally:
        conn.close()
    hub_schema.check_version(info.schema_version)
    adopt(ws, Identity(info.org_id, info.ticket_key))
    configure(ws, desk_url, remember=remember)
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


# -- setup files ----------------------------------------------------------------------------------
def _digest(body: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def write_setup_file(ws: Workspace, path: Path) -> Path:
    """A file carrying the organisation's identity and ticket key (and the hub address, if any).

    It holds the organisation's secret: written readable by its owner only.
    """
    body: dict[str, object] = {
        "format": SETUP_FORMAT,
        "version": SETUP_VERSION,
        "org_id": ws.org_id,
        "ticket_key": ws.ticket_key.hex(),
        "hub_url": ws.meta(client.HUB_URL) or None,
    }
    data = {**body, "sha256": _digest(body)}
    path = path.expanduser().absolute()
    tmp = path.with_name(path.name + ".part")
    fd = private_opener(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


def read_setup_file(path: Path) -> tuple[Identity, str | None]:
    """The identity (and hub URL) in a setup file. Raises UserError if it is damaged or newer."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a Mornings setup file."), path=path
        ) from exc
    if not isinstance(data, dict) or data.get("format") != SETUP_FORMAT:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a Mornings setup file."), path=path
        )
    if int(data.get("version", 0)) > SETUP_VERSION:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} was made by a newer version of Mornings Desktop; install it."
            ),
            path=path,
        )
    body = {k: v for k, v in data.items() if k != "sha256"}
    if data.get("sha256") != _digest(body):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is damaged (checksum mismatch); nothing was changed."
            ),
            path=path,
        )
    hub = data.get("hub_url")
    return Identity(str(data["org_id"]), str(data["ticket_key"])), (str(hub) if hub else None)


def join_setup_file(ws: Workspace, path: Path) -> Identity:
    identity, hub_url = read_setup_file(path)
    adopt(ws, identity)
    if hub_url:
        with ws.db.write() as session:
            meta.put(session, client.HUB_URL, hub_url)
    return identity


__all__ = ["HubError", "Identity", "adopt", "join_hub", "join_setup_file", "write_setup_file"]
