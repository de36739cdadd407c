"""The recovery key: exported once, used to rotate the organisation key (DESIGN §6 "Keys").

`export_recovery_key` makes a new recovery key, writes it to a passphrase-protected file (0600,
`trust.keys.save_recovery_key`) and keeps only its public part: in new signed organisation
settings (desks learn it at join, or at their next round if they knew none) and beside the
organisation key. The private part is never kept here, so "again" cannot mean "the same key again":
`again=True` makes a *new* recovery key; desks that already knew the previous one keep trusting
only that one until they join again, so keep both files until then.

`rotate` opens the recovery file, makes a new organisation key, re-issues with it the certificates
that stay valid (all held, but the desks named in `without`), signs with the recovery key a rotation
naming the new key, those certificates and the revocations in force here (signed by the old key:
desks keep enforcing them, and no other revocation of that key; so sync before rotating),
accepts it here like any desk does, and signs new settings with the new key. Desks accept the rotation as it reaches them (`org_records`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import org_key_store, signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import org_records, revocation_check
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import (
    Certificate,
    Rotation,
    Signed,
    issue_certificate,
    issue_rotation,
    verify_certificate,
)
from mornings_desktop.trust.formats import now_issued

ISSUED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class Exported:
    path: str
    recovery_key_id: str
    exported_at: str
    again: bool

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class Rotated:
    org_key_id: str
    certificates: int
    left_out: list[str]

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def organiser_key(ws: Workspace) -> Ed25519PrivateKey:
    key = signing.org_key(ws.org_id)
    if key is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer does not hold the organisation key; run this on the organiser's "
                "computer.",
            )
        )
    return key


def exported_at(ws: Workspace) -> str | None:
    return ws.meta(org_records.RECOVERY_EXPORTED_AT) or None


def check_exportable(ws: Workspace, path: Path, *, again: bool) -> str | None:
    """When it was exported before (None: never); refuses a second export without `again`, and
    an existing file (a recovery key file is never overwritten)."""
    if Path(path).expanduser().exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} already exists; choose another file name (a recovery key file is never "
                "overwritten).",
            ),
            path=str(path),
        )
    when = exported_at(ws)
    if when is not None and not again:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The recovery key was already exported on {when}; it is not kept here, so it "
                "cannot be exported twice (--again makes a new one).",
            ),
            when=when[:16].replace("T", " "),
        )
    return when


def export_recovery_key(
    ws: Workspace, path: Path, passphrase: str, *, again: bool = False
) -> Exported:
    when = check_exportable(ws, path, again=again)
    path = Path(path).expanduser().absolute()
    org_key = organiser_key(ws)
    recovery = keys.new_key()
    public = keys.public_text(recovery)
    settings = org_records.make_settings(org_key, ws.org_id, ws.ticket_key.hex(), public)
    keys.save_recovery_key(path, recovery, passphrase)
    org_key_store.save_recovery_public(ws.org_id, public)
    now = now_issued()
    with ws.db.write() as session:
        value = org_records.check_settings(
            settings.to_json(), keys.public_text(org_key), ws.org_id, ws.ticket_key.hex()
        )
        assert value is not None
        org_records.keep_settings(session, value, settings, trusted_anchor=True)
        meta.put(session, org_records.RECOVERY_EXPORTED_AT, now)
    return Exported(str(path), keys.key_id(recovery), now, when is not None)


def _not_ours() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This recovery key is not the one this organisation's desks know; use the file "
            "from 'mornings org recovery-key'.",
        )
    )


def recovery_signer(ws: Workspace, recovery_path: Path, passphrase: str) -> Ed25519PrivateKey:
    """The recovery key of this organisation, from its file: it signs a rotation, or a
    revocation when the organisation key is lost (`hub revoke-desk --recovery-key`)."""
    recovery = keys.load_recovery_key(Path(recovery_path).expanduser(), passphrase)
    if ws.meta(org_records.RECOVERY_PUBLIC_KEY) != keys.public_text(recovery):
        raise _not_ours()
    return recovery


def rotate(
    ws: Workspace, recovery_path: Path, passphrase: str, *, without: tuple[str, ...] = ()
) -> Rotated:
    recovery = recovery_signer(ws, recovery_path, passphrase)
    new_key = keys.new_key()
    with ws.db.write() as session:
        org_public = keys.public_from_text(meta.get(session, signing.ORG_PUBLIC_KEY) or "")
        rows = session.execute(
            select(CertificateRow).where(CertificateRow.org_id == ws.org_id)
        ).scalars()
        kept: list[Certificate] = []
        left_out: list[str] = []
        for row in rows:
            signed = Signed.from_json({"body": row.body, "sig": row.sig})
            cert = verify_certificate(signed, org_public).value if signed else None
            if cert is None:
                continue
            if cert.name in without or cert.desk_id in without:
                left_out.append(cert.name)
                continue
            kept.append(cert)
        unknown = set(without) - set(left_out) - {c.desk_id for c in kept}
        if unknown:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "No desk of this organisation is named {name}."),
                name=sorted(unknown)[0],
            )
        issued = now_issued()
        fresh = [replace(c, issued=_later(issued, c.issued)) for c in kept]
        signed_certs = [(c, issue_certificate(new_key, c)) for c in fresh]
        rotation = issue_rotation(
            recovery,
            Rotation(ws.org_id, keys.public_text(new_key), tuple(s.digest for _, s in signed_certs),
                     issued, tuple(revocation_check.in_force_digests(session))),
        )  # fmt: skip
        signing.keep_org_key(ws.org_id, new_key)  # a failure here leaves the database as it was
        for cert, signed in signed_certs:
            signing.store_certificate(session, cert, signed)
        if not org_records.accept_rotation(session, rotation):
            raise _not_ours()
        settings = org_records.make_settings(
            new_key, ws.org_id, ws.ticket_key.hex(), keys.public_text(recovery)
        )
        value = org_records.check_settings(
            settings.to_json(), keys.public_text(new_key), ws.org_id, ws.ticket_key.hex()
        )
        assert value is not None
        org_records.keep_settings(session, value, settings, trusted_anchor=True)
    return Rotated(keys.key_id(new_key), len(fresh), sorted(left_out))


def _later(now: str, before: str) -> str:
    """The re-issued certificate's `issued`: now, or one second after its last issue when that is
    not earlier (a certificate issued in the rotation's own second, or by a clock ahead). The
    body must change: certificates are kept by the digest of their body, on desks and on the hub,
    so the same body signed by the new key would be taken for the old one."""
    if now > before:
        return now
    last = datetime.strptime(before, ISSUED_FORMAT).replace(tzinfo=UTC)
    return (last + timedelta(seconds=1)).strftime(ISSUED_FORMAT)
