"""Organisation-signed settings and recovery-signed rotations on a desk (DESIGN §6 "Keys").

*Settings* `{org_id, ticket_key_id, bundle_key, recovery_public_key, issued}` are signed by the
organisation key. A join file carries them; `mornings join` installs nothing unless they verify
against the file's `org_public_key` and name the file's ticket key (by its id) and the bundle key
derived from it. They give the desk the recovery key's public part. Later settings travel beside
certificates in bundles only (they name the bundle key: never on the hub); a desk keeps them when they verify against the organisation key it
holds and are newer, but takes a recovery key from them only if it has none yet: a stolen
organisation key cannot swap the recovery key of desks that already know one (a join file can).

A *rotation* `{org_id, new_org_key, certificates, issued[, revocations]}` is signed by the recovery
key. A desk that accepts it (recovery key as above, same organisation, newer than the last one)
takes the new organisation public key, and keeps only the certificates whose digests it lists: the
organiser re-issued those with the new key; others (a lost laptop, anything a thief certified)
stop. `revocations` lists the digests of the revocations in force on the organiser's desk when it
rotated: the desk keeps enforcing those although the old key signed them (`listed_revocations`,
used by `revocation_check`), and no other revocation of the old key (it may be the stolen one).

Meta keys: `org.settings`, `org.rotation` (the records, as `{"body", "sig"}` JSON),
`org.recovery_public_key`, `org.recovery_exported_at` (on the organiser's desk),
`org.revocations_recheck` (set when a rotation is taken: the next `admit_revocations` re-checks
every revoked desk, since the revocations in force may have changed).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import delete
from sqlalchemy.orm import Session

from mornings_desktop.ledger import signing
from mornings_desktop.store import meta
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import (
    Rotation,
    Settings,
    Signed,
    issue_settings,
    verify_rotation,
    verify_settings,
)
from mornings_desktop.trust.formats import now_issued

SETTINGS_RECORD = "org.settings"
ROTATION_RECORD = "org.rotation"
RECOVERY_PUBLIC_KEY = "org.recovery_public_key"
RECOVERY_EXPORTED_AT = "org.recovery_exported_at"
RECHECK = "org.revocations_recheck"


def ticket_key_id(ticket_key_hex: str) -> str:
    """Names the ticket key without revealing it: SHA-256 of a tag and the key, in hex."""
    return hashlib.sha256(
        b"mornings-ticket-key-id-v1\n" + bytes.fromhex(ticket_key_hex)
    ).hexdigest()


def derive_bundle_key(org_id: str, ticket_key: bytes) -> bytes:
    """The organisation's bundle key: HKDF-SHA256 of the ticket key, bound to the organisation."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=org_id.encode(), info=b"mornings-bundle-key-v2"
    ).derive(ticket_key)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def make_settings(
    org_key: Ed25519PrivateKey, org_id: str, ticket_key_hex: str, recovery_public_key: str
) -> Signed:
    bundle = derive_bundle_key(org_id, bytes.fromhex(ticket_key_hex))
    return issue_settings(
        org_key,
        Settings(
            org_id,
            ticket_key_id(ticket_key_hex),
            _b64(bundle),
            recovery_public_key,
            now_issued(),
        ),
    )


def check_settings(
    record: object, org_public_text: str, org_id: str, ticket_key_hex: str
) -> Settings | None:
    """The settings in `record` if the organisation signed them for this ticket key, else None."""
    signed = Signed.from_json(record)
    try:
        org_public = keys.public_from_text(org_public_text)
        bundle = derive_bundle_key(org_id, bytes.fromhex(ticket_key_hex))
    except (keys.KeyFormatError, ValueError):
        return None
    value = verify_settings(signed, org_public).value if signed is not None else None
    if value is None or value.org_id != org_id:
        return None
    if value.ticket_key_id != ticket_key_id(ticket_key_hex):
        return None
    return value if value.bundle_key == _b64(bundle) else None


def _held(session: Session, key: str) -> Signed | None:
    text = meta.get(session, key)
    return Signed.from_json(json.loads(text)) if text else None


def _issued(signed: Signed | None) -> str:
    if signed is None:
        return ""
    try:
        return str(json.loads(signed.body).get("issued", ""))
    except ValueError:
        return ""


def keep_settings(
    session: Session, settings: Settings, signed: Signed, *, trusted_anchor: bool
) -> None:
    """Keep verified settings; `trusted_anchor` (a join file, this organiser's own export) may
    replace a recovery key already held, settings from sync only fill one in."""
    meta.put(session, SETTINGS_RECORD, json.dumps(signed.to_json()))
    if settings.recovery_public_key and (
        trusted_anchor or not meta.get(session, RECOVERY_PUBLIC_KEY)
    ):
        meta.put(session, RECOVERY_PUBLIC_KEY, settings.recovery_public_key)


def records(session: Session, *, with_settings: bool) -> list[dict[str, str]]:
    """The rotation (and, `with_settings`, the settings) this desk holds, in the form certificates
    travel in. Settings name the bundle key, a secret: they go into bundles (sealed with that key)
    and join files, never to the hub."""
    held = [_held(session, ROTATION_RECORD)]
    if with_settings:
        held.append(_held(session, SETTINGS_RECORD))
    return [r.to_json() for r in held if r is not None]


def admit(session: Session, incoming: Sequence[object]) -> int:
    """Accept the rotations, then the settings, among records relayed with certificates."""
    signed = [s for s in (Signed.from_json(r) for r in incoming) if s is not None]
    accepted = sum(1 for s in signed if accept_rotation(session, s))
    return accepted + sum(1 for s in signed if _accept_settings(session, s))


def accept_rotation(session: Session, signed: Signed) -> bool:
    """Take the new organisation key if the recovery key signed this rotation (see above)."""
    recovery_text, org_id = meta.get(session, RECOVERY_PUBLIC_KEY), meta.get(session, meta.ORG_ID)
    if not recovery_text or org_id is None:
        return False
    rotation = verify_rotation(signed, keys.public_from_text(recovery_text)).value
    if rotation is None or rotation.org_id != org_id:
        return False
    if rotation.issued <= _issued(_held(session, ROTATION_RECORD)):
        return False  # the same one again, or an older one replayed
    _apply_rotation(session, rotation)
    meta.put(session, ROTATION_RECORD, json.dumps(signed.to_json()))
    return True


def listed_revocations(session: Session) -> frozenset[str]:
    """The digests of the revocations the rotation this desk accepted keeps in force (verified
    against the recovery key when accepted; none without a rotation, or in one of before the
    field)."""
    held = _held(session, ROTATION_RECORD)
    if held is None:
        return frozenset()
    try:
        listed = json.loads(held.body).get("revocations", [])
    except (ValueError, AttributeError):
        return frozenset()
    return (
        frozenset(d for d in listed if isinstance(d, str))
        if isinstance(listed, list)
        else frozenset()
    )


def rotated_key(session: Session, incoming: Sequence[object]) -> Ed25519PublicKey | None:
    """The new organisation key of a rotation among `incoming` that this desk would accept (to
    check a bundle signed under it before the rotation is taken), else None."""
    recovery_text, org_id = meta.get(session, RECOVERY_PUBLIC_KEY), meta.get(session, meta.ORG_ID)
    if not recovery_text:
        return None
    recovery = keys.public_from_text(recovery_text)
    newest = _issued(_held(session, ROTATION_RECORD))
    found: Rotation | None = None
    for record in incoming:
        signed = Signed.from_json(record)
        rotation = verify_rotation(signed, recovery).value if signed is not None else None
        if rotation is not None and rotation.org_id == org_id and rotation.issued > newest:
            found, newest = rotation, rotation.issued
    return None if found is None else keys.public_from_text(found.new_org_key)


def _apply_rotation(session: Session, rotation: Rotation) -> None:
    meta.put(session, signing.ORG_PUBLIC_KEY, rotation.new_org_key)
    meta.put(session, RECHECK, "1")
    session.execute(
        delete(CertificateRow).where(
            CertificateRow.org_id == rotation.org_id,
            CertificateRow.digest.not_in(rotation.certificates),
        )
    )
    session.flush()


def _accept_settings(session: Session, signed: Signed) -> bool:
    org_public, org_id = meta.get(session, signing.ORG_PUBLIC_KEY), meta.get(session, meta.ORG_ID)
    ticket_key = meta.get(session, meta.TICKET_KEY)
    if not org_public or org_id is None or ticket_key is None:
        return False
    settings = check_settings(signed.to_json(), org_public, org_id, ticket_key)
    if settings is None or settings.issued <= _issued(_held(session, SETTINGS_RECORD)):
        return False
    keep_settings(session, settings, signed, trusted_anchor=False)
    return True
