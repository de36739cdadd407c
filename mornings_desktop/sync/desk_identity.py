"""A desk's signed identity travels in its join file (DESIGN.md §6 "Joining").

`issue` runs on the organiser's computer, the only one holding the organisation key: a new desk id,
a desk key, and the certificate naming that desk's role, signed by the organisation key. `install`
runs on the joining laptop: it keeps the organisation's public key (from the join file, never from
the hub), the desk key and the certificate, and this database's desk becomes the certified one — a
fresh database's placeholder desk is replaced; a database that joined before (the same laptop
joining again after `hub reset-desk`) or holds work of its own keeps that desk and its operations,
and writes from now on as the new one. Whether the hub holds the former desk's announcement is not
known here (the hub's answer to a push may have been lost, a bundle may have carried it): dropping
it would leave this laptop without a desk every other one names.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import ledger, org_key_store, signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Desk, Operation
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import join_file, org_records
from mornings_desktop.sync.join_file import JoinFile
from mornings_desktop.timeutil import now_iso
from mornings_desktop.trust import certificates, keys


@dataclass(frozen=True)
class Issued:
    desk_id: str
    certificate: dict[str, str]
    desk_key: str  # secret: written only into the owner-only join file
    org_public_key: str
    settings: dict[str, str]  # the organisation's signed settings (`org_records`)


def no_org_key() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This computer does not hold the organisation key, so it cannot certify a desk; "
            "issue the join file on the organiser's computer that holds it.",
        )
    )


def require_org_key(org_id: str) -> None:
    """Refuse (one sentence) on a computer that cannot certify a desk: a join file without a
    certificate would join a desk whose every operation the other desks hold for ever."""
    if signing.org_key(org_id) is None:
        raise no_org_key()


def issue(org_id: str, name: str, role: str, ticket_key: str) -> Issued:
    """A certified identity for a new desk (refused without the organisation key)."""
    org_key = signing.org_key(org_id)
    if org_key is None:
        raise no_org_key()
    key = keys.new_key()
    desk_id = str(uuid.uuid4())
    desk_role: certificates.Role = "door" if role == "door" else "organiser"
    issued = now_iso()[:19] + "Z"
    cert = certificates.Certificate(
        org_id, desk_id, name[:200], desk_role, keys.public_text(key), issued
    )
    signed = certificates.issue_certificate(org_key, cert)
    settings = org_records.make_settings(
        org_key, org_id, ticket_key, org_key_store.recovery_public(org_id)
    )
    return Issued(
        desk_id,
        signed.to_json(),
        keys.private_text(key),
        keys.public_text(org_key),
        settings.to_json(),
    )


def join_file_for(
    desk: str, role: str, url: str | None, org_id: str, ticket_key: str, hub_id: str | None
) -> tuple[join_file.JoinFile, str]:
    """A join file with a new certified identity, and that identity's desk id (refused on a
    computer without the organisation key). `url` and `hub_id` None: a file without a hub
    (`sync/join_offline.py`)."""
    issued = issue(org_id, desk, role, ticket_key)
    return join_file.make(
        desk,
        role,
        url,
        org_id,
        ticket_key,
        hub_id,
        certificate=issued.certificate,
        desk_key=issued.desk_key,
        org_public_key=issued.org_public_key,
        settings=issued.settings,
    ), issued.desk_id


def _bad_identity() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The desk identity in this join file does not hold together; ask the organiser for a "
            "new join file. Nothing was changed.",
        )
    )


def _read(joining: JoinFile) -> tuple[certificates.Certificate, certificates.Signed, str] | None:
    if joining.certificate is None or joining.for_existing_desk:
        return None
    signed = certificates.Signed.from_json(joining.certificate)
    try:
        org_public = keys.public_from_text(joining.org_public_key or "")
        desk_key = keys.private_from_text(joining.desk_key or "")
    except keys.KeyFormatError as exc:
        raise _bad_identity() from exc
    verdict = certificates.verify_certificate(signed, org_public) if signed else None
    cert = verdict.value if verdict is not None else None
    if (
        cert is None
        or signed is None
        or cert.org_id != joining.org_id
        or cert.role != joining.role
        or cert.public_key != keys.public_text(desk_key)
    ):
        raise _bad_identity()
    return cert, signed, keys.private_text(desk_key)


def _settings(joining: JoinFile) -> tuple[certificates.Settings, certificates.Signed] | None:
    """The join file's organisation settings, checked against its `org_public_key` and ticket key
    (None when the file carries no organisation identity at all)."""
    if joining.org_public_key is None and joining.settings is None:
        return None
    found = org_records.check_settings(
        joining.settings, joining.org_public_key or "", joining.org_id, joining.ticket_key
    )
    signed = certificates.Signed.from_json(joining.settings)
    if found is None or signed is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The organisation settings in this join file are not the ones the organisation "
                "signed; ask the organiser for a new join file. Nothing was changed.",
            )
        )
    return found, signed


def check(joining: JoinFile) -> None:
    """Refuse (one sentence) a join file whose certificate, keys, role or settings disagree, or
    that carries no desk identity at all (made on a computer without the organisation key by an
    older version: the desk it joined was one no certificate named, held on every other desk)."""
    if joining.certificate is None or joining.org_public_key is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This join file carries no desk identity (it was made on a computer without the "
                "organisation key); ask the organiser for a new join file. Nothing was changed.",
            )
        )
    _read(joining)
    _settings(joining)


def _existing(joining: JoinFile) -> tuple[certificates.Certificate, certificates.Signed]:
    signed = certificates.Signed.from_json(joining.certificate)
    try:
        org_public = keys.public_from_text(joining.org_public_key or "")
    except keys.KeyFormatError as exc:
        raise _bad_identity() from exc
    cert = certificates.verify_certificate(signed, org_public).value if signed else None
    if cert is None or signed is None or cert.org_id != joining.org_id:
        raise _bad_identity()
    return cert, signed


def check_existing(ws: Workspace, joining: JoinFile) -> None:
    """A join file for an existing desk (`hub add-desk --existing`) joins only that desk's
    database: its desk, and the key in this computer's keyring that the certificate names."""
    cert, _ = _existing(joining)
    key = signing.desk_key(cert.org_id, cert.desk_id)
    if (
        ws.org_id != cert.org_id
        or ws.desk_id != cert.desk_id
        or key is None
        or keys.public_text(key) != cert.public_key
    ):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This join file is for the desk {name}, which this computer is not: join it on "
                "the laptop that joined as {name} without a hub. Nothing was changed.",
            ),
            name=cert.name,
        )


def install_existing(ws: Workspace, joining: JoinFile) -> None:
    """The identity stays; the organisation's key and settings of the file are kept."""
    cert, signed = _existing(joining)
    settings = _settings(joining)
    with ws.db.write() as session:
        meta.put(session, signing.ORG_PUBLIC_KEY, joining.org_public_key or "")
        if settings is not None:
            org_records.keep_settings(session, *settings, trusted_anchor=True)
        signing.store_certificate(session, cert, signed)


def install(ws: Workspace, joining: JoinFile, *, joined_before: bool = False) -> bool:
    """Install the join file's identity in `ws` (after `join.adopt`). Returns whether it had one.
    `joined_before`: this database joined a hub already (its desk is kept, whatever it did)."""
    read = _read(joining)
    if read is None:
        return False
    cert, signed, desk_key = read
    settings = _settings(joining)
    signing.keep_desk_key(cert.org_id, cert.desk_id, keys.private_from_text(desk_key))
    with ws.db.write() as session:
        meta.put(session, signing.ORG_PUBLIC_KEY, joining.org_public_key or "")
        if settings is not None:
            org_records.keep_settings(session, *settings, trusted_anchor=True)
        signing.store_certificate(session, cert, signed)
        _become(session, ws.desk_id, cert, keep_old=joined_before)
    ws.desk_id, ws.desk_name = cert.desk_id, cert.name
    return True


def _become(
    session: Session, old_id: str, cert: certificates.Certificate, *, keep_old: bool
) -> None:
    """This database's desk becomes `cert`'s (the placeholder desk of a fresh file is removed;
    with `keep_old`, or once it did anything but announce itself unpushed, it stays)."""
    meta.put(session, meta.DEFAULT_DESK, cert.desk_id)
    if old_id == cert.desk_id or session.get(Desk, cert.desk_id) is not None:
        return
    own_work = session.execute(
        select(func.count())
        .select_from(Operation)
        .where(
            Operation.desk_id == old_id,
            (Operation.type != "desk.announced") | Operation.pushed.is_(True),
        )
    ).scalar_one()
    if not keep_old and not own_work:
        session.execute(delete(Operation).where(Operation.desk_id == old_id))
        session.execute(delete(CertificateRow).where(CertificateRow.desk_id == old_id))
        session.execute(delete(Desk).where(Desk.id == old_id))
    session.add(Desk(id=cert.desk_id, name=cert.name, is_local=True, created_at=now_iso()))
    session.flush()
    ledger.record(session, cert.desk_id, "desk.announced", {"id": cert.desk_id, "name": cert.name})
