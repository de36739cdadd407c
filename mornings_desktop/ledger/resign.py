"""Migration of a database from before signing (DESIGN §6 "Migration", issue 12 item 11).

On the organiser's computer (it holds the organisation key), the first start after the upgrade
signs every operation the database holds without a body, in `(desk_id, desk_seq)` order, chained
by `prev`, with their personal values moved to blocks like a new record:

- this database's own desks sign with their desk keys (certified here as organisers);
- every other desk's operations are signed by a *migration key* made for that desk id and
  certified by the organisation key (name "… (migrated)", role organiser: an old desk may have
  recorded anything), and its private half is thrown away once the migration is done: nobody can
  sign new operations as that desk, whose laptop joins again under a new identity.

A database from before signing that is not a door desk's is the organisation's origin: its
organisation key is made now (kept out of the database, like a new organisation's). A door desk's
database, or one whose organisation key is on another computer, signs nothing: its old operations
stay as they were and the desk joins again. The migration runs once (`meta`).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.ledger import signed_store, signing
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store import meta
from mornings_desktop.store.meta_keys import DESK_ROLE
from mornings_desktop.store.schema import Desk
from mornings_desktop.timeutil import now_iso
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate, issue_certificate

DONE = "signing.migrated"
MIGRATION_INC = "migrated"
MIGRATION_OPERATOR = "migration"
_ROWS_SQL = (
    "SELECT op_id, desk_id, desk_seq, hlc, type, payload FROM operations"
    " WHERE body IS NULL ORDER BY desk_id, desk_seq"
)
_PREV_SQL = (
    "SELECT desk_seq, digest FROM operations WHERE desk_id = ? AND desk_seq < ?"
    " AND digest IS NOT NULL ORDER BY desk_seq DESC LIMIT 1"
)
_UPDATE_SQL = (
    "UPDATE operations SET payload = ?, body = ?, sig = ?, digest = ?, inc = ?, prev = ?,"
    " operator = ? WHERE op_id = ?"
)


def resign_legacy(session: Session, progress: Callable[[int], None] | None = None) -> int:
    """Sign the operations kept from before signing, if this computer may; how many."""
    if meta.get(session, DONE) is not None:
        return 0
    org_id = meta.get(session, meta.ORG_ID)
    if org_id is None:
        return 0
    door = meta.get(session, DESK_ROLE) == "door"  # a door desk's database re-joins instead
    if meta.get(session, signing.ORG_PUBLIC_KEY) is None and not door:
        signing.create_org_key(session, org_id)  # the organisation began here, before signing
    if signing.org_key(org_id) is None:
        return 0
    conn = sqlite_connection(session)
    rows = conn.execute(_ROWS_SQL).fetchall()
    local = set(session.execute(select(Desk.id).where(Desk.is_local.is_(True))).scalars())
    signers: dict[str, tuple[Ed25519PrivateKey, str]] = {}
    last: dict[str, tuple[int, str]] = {}
    count = 0
    for op_id, desk_id, desk_seq, stamp, op_type, payload in rows:
        if desk_id not in signers:
            signers[desk_id] = _signer(session, org_id, desk_id, desk_id in local)
        key, inc = signers[desk_id]
        previous = last.get(desk_id)
        if previous is None:
            found = conn.execute(_PREV_SQL, (desk_id, desk_seq)).fetchone()
            previous = (int(found[0]), str(found[1])) if found else (0, "")
        prev = previous[1] if previous[0] == desk_seq - 1 else signing.NO_PREV_DIGEST
        op = Op(op_id, desk_id, desk_seq, stamp, op_type, signing.nfc(json.loads(payload)))
        env = signed_store.sign_local(
            conn, key, op, org_id=org_id, inc=inc, prev=prev, operator=MIGRATION_OPERATOR
        )
        conn.execute(_UPDATE_SQL, (env.public, *env.columns(), op_id))
        signed_store.store_blocks(conn, env)
        last[desk_id] = (desk_seq, env.digest)
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count)
    meta.put(session, DONE, now_iso())
    return count


def mark_done(session: Session) -> None:
    meta.put(session, DONE, now_iso())


def _signer(
    session: Session, org_id: str, desk_id: str, is_local: bool
) -> tuple[Ed25519PrivateKey, str]:
    """(key, incarnation) that signs `desk_id`'s old operations."""
    if is_local:
        signer = signing.signer_for(session, desk_id)
        return signer.key, signer.inc
    org_key = signing.org_key(org_id)
    assert org_key is not None
    key = keys.new_key()  # kept in memory only: thrown away after the migration
    name = _name(session, desk_id)
    cert = Certificate(
        org_id, desk_id, f"{name} (migrated)"[:200], "organiser", keys.public_text(key),
        now_iso()[:19] + "Z",
    )  # fmt: skip
    signing.store_certificate(session, cert, issue_certificate(org_key, cert))
    return key, MIGRATION_INC


def _name(session: Session, desk_id: str) -> str:
    found = session.execute(select(Desk.name).where(Desk.id == desk_id)).scalar_one_or_none()
    return found or desk_id
