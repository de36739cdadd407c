"""A desk that joined without a hub gets one, keeping its identity:
`mornings hub add-desk NAME --existing --url ADMIN_URL -o FILE` (DESIGN §6 "Joining").

A laptop joined with a file of `mornings desk add` already holds a certified desk key and has
recorded work under its desk id. Given an ordinary hub join file it would write from then on as a
new desk: its earlier operations reach the hub (relays), but the Log and `hub desks` show two
desks for one laptop. Instead, on the organiser's computer, this registers that very desk on the
hub: the certificate is the one the organiser's desk holds (kept by `desk add`, or received from
the desk's bundles), verified against the organisation key; the hub gets a login for it, the desk
id claimed for that login (taken back from a desk that relayed its operations first: the
organiser decides), and the certificate. The join file carries the hub login with a one-time
password and that certificate, but no desk key (the organiser never kept it): `mornings join` on
the laptop checks that the laptop is that desk (its desk id, and the key in its keyring that the
certificate names) before the first contact, so a wrong laptop does not spend the file, and then
changes nothing of its identity.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy import or_, select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import org_key_store, signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import hub_admin, join_file, org_records
from mornings_desktop.sync.hub_admin import require_lifecycle
from mornings_desktop.sync.hub_desks import IssuedDesk
from mornings_desktop.sync.hub_schema import DEFAULT_CONNECTION_LIMIT, connect, with_credentials
from mornings_desktop.trust import certificates, keys


def find_certificate(
    ws: Workspace, name: str
) -> tuple[certificates.Certificate, certificates.Signed]:
    """The newest certificate this desk holds for the desk named `name` (or with that desk id),
    verified against the organisation key in force."""
    org_public = keys.public_from_text(str(ws.meta(signing.ORG_PUBLIC_KEY) or ""))
    with ws.db.read() as session:
        rows = session.execute(
            select(CertificateRow).where(
                CertificateRow.org_id == ws.org_id,
                or_(CertificateRow.name == name, CertificateRow.desk_id == name),
            )
        ).scalars()
        found: list[tuple[certificates.Certificate, certificates.Signed]] = []
        for row in rows:
            signed = certificates.Signed.from_json({"body": row.body, "sig": row.sig})
            cert = certificates.verify_certificate(signed, org_public).value if signed else None
            if cert is not None and signed is not None:
                found.append((cert, signed))
    if found:
        return max(found, key=lambda f: f[0].issued)
    raise UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This computer holds no certificate of a desk named {name}; run the command on the "
            "organiser's computer that made its join file ('mornings desk add'), or import a "
            "bundle of that desk first.",
        ),
        name=name,
    )


def issue_existing(
    admin_url: str,
    ws: Workspace,
    name: str,
    output: Path,
    *,
    hourly_quota: int | None = None,
    connection_limit: int = DEFAULT_CONNECTION_LIMIT,
) -> IssuedDesk:
    """Register the desk `name` this organiser certified on the hub, and its hub join file."""
    org_key = signing.org_key(ws.org_id)
    if org_key is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer does not hold the organisation key; run this on the organiser's "
                "computer.",
            )
        )
    cert, signed = find_certificate(ws, name)
    settings = org_records.make_settings(
        org_key, ws.org_id, ws.ticket_key.hex(), org_key_store.recovery_public(ws.org_id)
    )
    written: Path | None = None
    try:
        with connect(admin_url) as conn:
            meta = require_lifecycle(conn, ws.org_id)
            password = secrets.token_urlsafe(24)
            login = hub_admin.create_login(
                conn,
                cert.name,
                password,
                role=cert.role,
                hourly_quota=hourly_quota,
                connection_limit=connection_limit,
            )
            conn.execute(
                "INSERT INTO mornings.desk_claims AS c (desk_id, login) VALUES (%s, %s) "
                "ON CONFLICT (desk_id) DO UPDATE SET login = EXCLUDED.login, claimed_at = now()",
                (cert.desk_id, login),
            )
            record = signed.to_json()
            conn.execute(
                "INSERT INTO mornings.certificates (digest, body, sig, login) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                (signed.digest, record["body"], record["sig"], login),
            )
            made = join_file.make(
                cert.name,
                cert.role,
                with_credentials(admin_url, login, password),
                ws.org_id,
                ws.ticket_key.hex(),
                meta["hub_id"],
                certificate=record,
                org_public_key=keys.public_text(org_key),
                settings=settings.to_json(),
            )
            written = join_file.write_join_file(output, made)
            conn.commit()
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    return IssuedDesk(cert.name, cert.role, login, str(written))
