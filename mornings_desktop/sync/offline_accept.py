"""`mornings sync accept [DIGEST…]` without a hub (DESIGN §6, "Incarnations and revocation"):
list the operations a revocation refused on this desk, or take some back one by one.

On the organiser's desk (organisation key, or `--recovery-key`), accepting signs a revised
revocation of each desk concerned: the same marks, a later `issued`, and the digests taken back
added to those it already names (`Revocation.accepted`). It is stored and enforced here like one
from a bundle (`revocations.trust_changed` applies the operations taken back) and travels in every
bundle this desk exports, so every desk accepts them too. With a hub, `sync accept --url
ADMIN_URL` (`hub_accept.py`) does the same for what the hub set aside.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.store.schema_trust import CertificateRow, RevocationRow
from mornings_desktop.sync import desk_revoke
from mornings_desktop.sync.quarantine import REFUSED
from mornings_desktop.sync.revocation_check import REVOKED, admit_revocations, in_force
from mornings_desktop.sync.revocations import trust_changed
from mornings_desktop.timeutil import now_utc
from mornings_desktop.trust.certificates import Revocation, Signed, issue_revocation


@dataclass(frozen=True)
class HeldHere:
    """An operation a revocation refused on this desk."""

    digest: str
    desk_id: str
    desk: str
    type: str
    hlc: str
    received_at: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def held(session: Session) -> list[HeldHere]:
    """The operations refused here by a revocation, oldest stamp first."""
    rows = session.execute(
        select(QuarantinedOp).where(
            QuarantinedOp.room == REFUSED, QuarantinedOp.reason.startswith(REVOKED)
        )
    ).scalars()
    names = {
        str(d): str(n)
        for d, n in session.execute(select(CertificateRow.desk_id, CertificateRow.name)).all()
    }
    found: list[HeldHere] = []
    for row in rows:
        try:
            body = json.loads(json.loads(row.op_json)["body"])
        except (ValueError, KeyError, TypeError):
            continue
        if not isinstance(body, dict):
            continue
        desk_id = str(body.get("desk_id", ""))
        found.append(
            HeldHere(
                row.op_id, desk_id, names.get(desk_id, desk_id), str(body.get("type", "")),
                str(body.get("hlc", "")), row.at,
            )
        )  # fmt: skip
    return sorted(found, key=lambda h: (h.hlc, h.digest))


def listing(ws: Workspace) -> list[HeldHere]:
    with ws.db.read() as session:
        return held(session)


def accept(
    ws: Workspace,
    digests: Sequence[str],
    *,
    signer: Ed25519PrivateKey | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Take back `digests` (each refused here by a revocation); returns those now in the log."""
    key = signer or signing.org_key(ws.org_id)
    if key is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer does not hold the organisation key, so it cannot take back what a "
                "revocation refused; run the command on the organiser's computer that holds it, "
                "or give --recovery-key FILE.",
            )
        )
    wanted = sorted(set(digests))
    with ws.db.write() as session:
        by_desk: dict[str, set[str]] = {}
        refused = {h.digest: h.desk_id for h in held(session)}
        for digest in wanted:
            if digest not in refused:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{digest} is not an operation a revocation refused on this desk; "
                        "'mornings sync accept' with no digest lists them.",
                    ),
                    digest=digest,
                )
            by_desk.setdefault(refused[digest], set()).add(digest)
        current = in_force(session)
        signed: list[Signed] = []
        for desk_id, taken in sorted(by_desk.items()):
            revocation = current.get((ws.org_id, desk_id))
            if revocation is None:  # refused under a revocation no longer held: none to revise
                continue
            revised = Revocation(
                ws.org_id,
                desk_id,
                revocation.incarnations,
                desk_revoke.issued_after(session, ws.org_id, desk_id, now or now_utc()),
                tuple(sorted(set(revocation.accepted) | taken)),
            )
            signed.append(issue_revocation(key, revised))
        admitted = admit_revocations(session, [s.to_json() for s in signed])
        if any(session.get(RevocationRow, s.digest) is None for s in signed):
            raise UserError(desk_revoke.UNKNOWN_SIGNER)
        changed = trust_changed(session, revoked=admitted.desks)
        back = set(
            session.execute(select(Operation.digest).where(Operation.digest.in_(wanted))).scalars()
        )
    if changed.touched:
        ws.notify(changed.touched)
    return [d for d in wanted if d in back]
