"""Signing this desk's operations (DESIGN §6): keys, certificate, incarnation and operator.

Private keys never enter the database. The organisation key (made with the organisation) and each
desk's key live in the keyring (service `mornings-desktop`, entries `org-key/<org>` and
`desk-key/<org>/<desk>`). On a computer without a usable keyring a desk key lives in
`private-keys.json` in the data folder, readable by its owner only, and the organisation key in a
passphrase-protected file (scrypt + ChaCha20-Poly1305, `ledger.org_key_store`). The database keeps
the organisation's public key (`meta.org_public_key`) and this desk's certificate (`certificates`).

The incarnation (`meta.incarnation`) names one life of the database file: a new one on first start
and whenever the file is found at another path (a copy or a restore).
"""

from __future__ import annotations

import base64
import functools
import getpass
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ledger import org_key_store
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.store import meta, meta_keys
from mornings_desktop.store.meta_keys import DESK_ROLE
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.timeutil import now_iso
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate, Signed, issue_certificate

ORG_PUBLIC_KEY = "org_public_key"
INCARNATION = meta_keys.INCARNATION
INCARNATION_PATH = meta_keys.INCARNATION_PATH
NO_PREV_DIGEST = "0" * 64  # `prev` after an operation recorded before signing (step 5 re-signs)
# Keys read or made by this process, by entry: read from the store once per process.
_cache: dict[str, Ed25519PrivateKey] = {}


@dataclass(frozen=True)
class Signer:
    org_id: str
    desk_id: str
    inc: str
    key: Ed25519PrivateKey
    # The role its certificate gives this key ("door" or "organiser"; None while a joined desk
    # has no certificate yet): what every other desk will check each operation against.
    role: str | None = "organiser"


def default_operator() -> str:
    """The person at the desk when nobody said: the computer's user name."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):
        name = ""
    return clean_operator(name) or "desk"


def clean_operator(name: str | None) -> str:
    text = unicodedata.normalize("NFC", " ".join((name or "").split()))
    return "".join(c for c in text if c.isprintable())[:200]


# -- where private keys are kept ------------------------------------------------------------


def _fallback_path() -> Path:
    return org_key_store.plain_file()


def _location() -> str:
    return "keyring" if keys.keyring_usable() else str(_fallback_path())


def _read_secret(entry: str) -> str | None:
    """The keyring's entry; else the owner-only file kept while this computer had no keyring (a
    keyring installed since does not make the desk forget its key)."""
    if keys.keyring_usable():
        try:
            found = keyring.get_password(keys.SERVICE, entry)
        except keyring.errors.KeyringError:
            found = None
        if found is not None:
            return found
    found = org_key_store.plain_entries().get(entry)
    return found if isinstance(found, str) else None


def _write_secret(entry: str, value: str) -> None:
    if keys.keyring_usable():
        try:
            keyring.set_password(keys.SERVICE, entry, value)
            return
        except keyring.errors.KeyringError as exc:
            raise keys.KeyringUnavailable(
                QT_TRANSLATE_NOOP("errors", "The password store refused the desk's key: {detail}"),
                detail=str(exc),
            ) from exc
    data = org_key_store.plain_entries()
    data[entry] = value
    org_key_store.write_plain_entries(data)


def _load_key(entry: str) -> Ed25519PrivateKey | None:
    cached = _cache.get(entry)
    if cached is not None:
        return cached
    text = _read_secret(entry)
    if text is None:
        return None
    try:
        key = keys.private_from_text(text)
    except keys.KeyFormatError:
        return None
    _cache[entry] = key
    return key


def _save_key(entry: str, key: Ed25519PrivateKey) -> None:
    _write_secret(entry, keys.private_text(key))
    _cache[entry] = key


def keep_desk_key(org_id: str, desk_id: str, key: Ed25519PrivateKey) -> None:
    """Keep a desk key issued elsewhere (a join file's) for this desk's signatures."""
    _save_key(keys.entry_name(org_id, desk_id), key)


def desk_key(org_id: str, desk_id: str) -> Ed25519PrivateKey | None:
    """This computer's key for `desk_id` (None if it holds none): it signs a bundle's trailer."""
    return _load_key(keys.entry_name(org_id, desk_id))


def org_entry(org_id: str) -> str:
    return org_key_store.entry(org_id)


def org_key(org_id: str) -> Ed25519PrivateKey | None:
    """The organisation's private key, if this computer holds it (an organiser's). Without a
    keyring its file's passphrase is asked once per process (see `org_key_store`)."""
    cached = _cache.get(org_entry(org_id))
    if cached is not None:
        return cached
    key = org_key_store.load(org_id)
    if key is not None:
        _cache[org_entry(org_id)] = key
    return key


def holds_org_key(org_id: str) -> bool:
    """Whether this computer keeps the organisation key (asks no passphrase)."""
    return org_entry(org_id) in _cache or org_key_store.held(org_id)


def keep_org_key(org_id: str, key: Ed25519PrivateKey) -> None:
    """Keep the organisation key on this computer (an organiser's second computer, a rotation)."""
    org_key_store.save(org_id, key)
    _cache[org_entry(org_id)] = key


def create_org_key(session: Session, org_id: str) -> None:
    """A new organisation key: private part kept out of the database, public part in `meta`."""
    key = keys.new_key()
    keep_org_key(org_id, key)
    meta.put(session, ORG_PUBLIC_KEY, keys.public_text(key))


# -- this desk's signer ---------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _resolved(database: str) -> str:
    return str(Path(database).resolve()) if database else ""


def _database_path(session: Session) -> str:
    return _resolved(session.get_bind().engine.url.database or "")


def incarnation(session: Session, held: dict[str, str] | None = None) -> str:
    """This life of the database: new on first start and when the file moved (copy, restore).
    `held`: the meta values already read by the caller (`_signing_meta`)."""
    here = _database_path(session)
    if held is None:
        held = _signing_meta(session)
    inc = held.get(INCARNATION)
    if inc is None or held.get(INCARNATION_PATH) != here:
        inc = secrets.token_hex(16)
        meta.put(session, INCARNATION, inc)
        meta.put(session, INCARNATION_PATH, here)
    return inc


_SIGNING_META = (meta.ORG_ID, ORG_PUBLIC_KEY, INCARNATION, INCARNATION_PATH, DESK_ROLE)
_SIGNING_META_SQL = "SELECT key, value FROM meta WHERE key IN (?, ?, ?, ?, ?)"
_CERTIFIED_SQL = "SELECT role, public_key FROM certificates WHERE org_id = ? AND desk_id = ?"


def _signing_meta(session: Session) -> dict[str, str]:
    """The meta values a signer needs, in one plain statement (this runs at every scan)."""
    rows = sqlite_connection(session).execute(_SIGNING_META_SQL, _SIGNING_META)
    return {str(k): str(v) for k, v in rows if v is not None}


def signer_for(session: Session, desk_id: str) -> Signer:
    """The key that signs `desk_id`'s operations here (made, and certified when this computer
    holds the organisation key, on first use)."""
    held = _signing_meta(session)
    org_id = held.get(meta.ORG_ID)
    if org_id is None:  # a bare database (tests, tools): the organisation starts here
        org_id = secrets.token_hex(16)
        meta.put(session, meta.ORG_ID, org_id)
        meta.put(session, meta.TICKET_KEY, secrets.token_hex(32))
    if held.get(ORG_PUBLIC_KEY) is None:
        create_org_key(session, org_id)  # a database from before signing: its organiser's
    entry = keys.entry_name(org_id, desk_id)
    key = _load_key(entry)
    if key is None:
        key = keys.new_key()
        _save_key(entry, key)
    role = ensure_certificate(session, org_id, desk_id, key)
    if held.get(DESK_ROLE) == "door":  # a door laptop, whatever certificate it holds now
        role = "door"
    return Signer(org_id, desk_id, incarnation(session, held), key, role)


def ensure_certificate(
    session: Session, org_id: str, desk_id: str, key: Ed25519PrivateKey
) -> str | None:
    """The role this desk is certified for ("door" if any of its certificates says so, whatever
    key it names: a desk whose key was lost and made again stays a door desk), certifying its key
    as an organiser's first when this computer holds the organisation key; None for a joined desk
    whose certificate has not come yet."""
    public = keys.public_text(key)
    held = sqlite_connection(session).execute(_CERTIFIED_SQL, (org_id, desk_id)).fetchall()
    roles = {str(role) for role, _ in held}
    if not any(named == public for _, named in held):
        signing_key = org_key(org_id)
        if signing_key is not None:
            name = _desk_name(session, desk_id)
            cert = Certificate(org_id, desk_id, name, "organiser", public, now_iso()[:19] + "Z")
            store_certificate(session, cert, issue_certificate(signing_key, cert))
            roles.add("organiser")
    if not roles:
        return None  # a joined desk: its certificate comes with the join file
    return "door" if "door" in roles else "organiser"


def _desk_name(session: Session, desk_id: str) -> str:
    from mornings_desktop.store.schema import Desk

    name = session.execute(select(Desk.name).where(Desk.id == desk_id)).scalar_one_or_none()
    return (name or desk_id)[:200]


def store_certificate(session: Session, cert: Certificate, signed: Signed) -> None:
    """Keep a certificate already verified against the organisation key.

    The same body signed again (a rotation re-issues a certificate within the second it was first
    issued: same body, same digest) replaces the signature: the caller verified the new one against
    the organisation key in force, and the old signature no longer verifies against it."""
    held = session.get(CertificateRow, signed.digest)
    sig = base64.b64encode(signed.sig).decode("ascii")
    if held is not None:
        if held.sig != sig:
            held.sig = sig
            session.flush()
        return
    session.add(
        CertificateRow(
            digest=signed.digest,
            org_id=cert.org_id,
            desk_id=cert.desk_id,
            name=cert.name,
            role=cert.role,
            public_key=cert.public_key,
            body=signed.body.decode("utf-8"),
            sig=sig,
        )
    )
    session.flush()


def nfc(value: Any) -> Any:
    """`value` with every string in NFC (canonical JSON refuses other forms)."""
    if isinstance(value, str):
        return value if value.isascii() else unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    return value
