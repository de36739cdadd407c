"""What this desk may do with personal data: its role and the organiser passphrase.

`desk_role(ws)` is "door" or "organiser" (default): "door" when the local setting `desk_role` of
this database (never synced) says so, or when this desk's certificate does (other desks check the
role of every operation from its certificate, `trust.roles`). On a door desk, erasure and purge are refused
(`require_organiser`), and exports of personal data and the operation log ask for the organiser
passphrase (`require_passphrase`), stored hashed with scrypt (salted, never in clear).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Literal

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.meta_keys import DESK_ROLE

Role = Literal["door", "organiser"]
ROLES: tuple[Role, ...] = ("door", "organiser")
ROLE_KEY = DESK_ROLE
PASSPHRASE_KEY = "organiser_passphrase"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSPHRASE = 8


def desk_role(ws: Workspace) -> Role:
    """ "door" when this database says so or when this desk's certificate (signed by the
    organisation key) names it a door desk; else "organiser"."""
    if ws.meta(ROLE_KEY) == "door":
        return "door"
    from sqlalchemy import select

    from mornings_desktop.store.schema_trust import CertificateRow

    with ws.db.read() as session:
        roles = set(
            session.execute(
                select(CertificateRow.role).where(
                    CertificateRow.org_id == ws.org_id, CertificateRow.desk_id == ws.desk_id
                )
            ).scalars()
        )
    return "door" if "door" in roles else "organiser"


def may_record_here(ws: Workspace, op_type: str, payload: object) -> bool:
    """Whether this desk's role may record this operation (`trust.roles`, DESIGN §6): what a
    service asks before an optional write a door desk may not make (seeding the categories,
    filling in a registered person's missing details)."""
    from mornings_desktop.trust import roles

    return roles.may_record(desk_role(ws), ws.desk_id, op_type, payload) is True


def _hash(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def set_passphrase(ws: Workspace, passphrase: str) -> None:
    """Set (or change) the organiser passphrase of this desk; only an organiser desk may."""
    require_organiser(ws)
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The passphrase is too short (at least {n} characters)."),
            n=MIN_PASSPHRASE,
        )
    salt = secrets.token_bytes(16)
    digest = _hash(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    stored = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"
    with ws.db.write() as session:
        meta.put(session, PASSPHRASE_KEY, stored)


def has_passphrase(ws: Workspace) -> bool:
    return bool(ws.meta(PASSPHRASE_KEY))


def check_passphrase(ws: Workspace, passphrase: str | None) -> bool:
    stored = ws.meta(PASSPHRASE_KEY)
    if not stored or passphrase is None:
        return False
    try:
        _, n, r, p, salt, digest = stored.split("$")
        found = _hash(passphrase, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(found, bytes.fromhex(digest))


def set_desk_role(ws: Workspace, role: str, passphrase: str | None = None) -> None:
    """Make this a door or organiser desk. Going back to organiser needs the passphrase."""
    if role not in ROLES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A desk is a door desk or an organiser desk, not {role}."),
            role=role,
        )
    if role == "door" and not has_passphrase(ws):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Set the organiser passphrase first, then make this a door desk."
            )
        )
    if role == "organiser" and desk_role(ws) == "door":
        require_passphrase(ws, passphrase)
    with ws.db.write() as session:
        meta.put(session, ROLE_KEY, role)


def require_organiser(ws: Workspace) -> None:
    """Refuse on a door desk (erasure, purge and the organiser's settings are not done there)."""
    if desk_role(ws) == "door":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This is a door desk: erasure and purge are done on an organiser desk."
            )
        )


def require_passphrase(ws: Workspace, passphrase: str | None) -> None:
    """On a door desk, refuse unless `passphrase` is the organiser's. An organiser desk passes."""
    if desk_role(ws) != "door":
        return
    if not check_passphrase(ws, passphrase):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This is a door desk: the organiser passphrase is needed for this."
            )
        )
