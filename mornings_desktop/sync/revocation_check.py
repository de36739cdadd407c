"""The revocations a desk holds, and the check every operation entering it goes through
(DESIGN §6, "Incarnations and revocation").

A revocation is stored only once it verifies against the organisation's public key, or the recovery
key's this desk holds (DESIGN §6 "Keys": the recovery key may sign a revocation, for when the
organisation key is lost), or the rotation this desk accepted lists its digest (it was in force on
the organiser's desk when the organisation key was rotated: signed by the old key), and names
this organisation (`admit_revocations`); a record signed by any other key (a desk's, a
stranger's, the old organisation key's when no rotation lists it) is not stored. It may be signed
by a new organisation key whose rotation has not reached this desk yet (a bundle or a hub that
carries one without the other): such a record, naming this organisation, waits (`WAITING`, in
`meta`, at most `MAX_WAITING`, the newest kept) and is checked again when a rotation is taken
(`org_records.RECHECK`). For each desk, the
one in force is the latest issued, whichever key signed it (a revised revocation names the
operations the organiser took back, `sync accept`). `Check` tells,
for an operation of a revoked desk, whether it is on the accepted chain (kept), past the mark or a
fork (refused, with a sentence naming the desk), or not decidable yet because an ancestor is
missing (waiting). The ancestors are looked up among the operations arriving together and those
this desk holds; each incarnation's accepted chain is walked once per check.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.ledger import signing
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.store import meta
from mornings_desktop.store.schema_trust import CertificateRow, RevocationRow
from mornings_desktop.sync import org_records
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Revocation, Signed, verify_revocation
from mornings_desktop.trust.revocation import accepted_chain, revocation_verdict
from mornings_desktop.trust.signed_op import OpFields
from mornings_desktop.trust.verdict import Verdict, accepted, refused

REVOKED = "revoked"  # every refusal reason of a revocation begins with it
WAITING = "org.revocations_waiting"  # JSON list of `{"body", "sig"}`: signer not known yet
MAX_WAITING = 100


@dataclass(frozen=True)
class Admitted:
    """What storing revocations changed: the desks whose revocation in force is new."""

    desks: frozenset[str]


def revocation_records(session: Session) -> list[dict[str, str]]:
    """Every revocation held, in the form bundles and the hub carry (`{"body", "sig"}`)."""
    rows = session.execute(select(RevocationRow).order_by(RevocationRow.digest)).scalars()
    return [{"body": r.body, "sig": r.sig} for r in rows]


def admit_revocations(session: Session, records: Sequence[object]) -> Admitted:
    """Keep the revocations the organisation key signed for this organisation (any other record
    is ignored); returns the desks whose revocation in force changed — after a rotation was
    accepted (`org_records.RECHECK`), every desk a revocation held names: the rotation may have
    ended one (signed by the old key, not listed) or, with the records it came with, begun one."""
    signers = _signers(session)
    org_id = meta.get(session, meta.ORG_ID)
    if signers is None or org_id is None:
        return Admitted(frozenset())
    recheck: set[str] = set()
    waiting = _waiting(session)
    if meta.get(session, org_records.RECHECK):
        meta.put(session, org_records.RECHECK, "")
        recheck.update(session.execute(select(RevocationRow.desk_id).distinct()).scalars())
        records = [*waiting, *records]  # a new organisation key may verify them now
        waiting = []
    before = in_force(session)
    added: set[str] = set()
    for record in records:
        signed = Signed.from_json(record)
        if signed is None or session.get(RevocationRow, signed.digest) is not None:
            continue
        verdict = verify_revocation(signed, *signers)
        revocation = verdict.value
        if revocation is None:
            if _names_org(signed, org_id):
                waiting = [w for w in waiting if w != signed.to_json()] + [signed.to_json()]
            continue
        if revocation.org_id != org_id:
            continue
        session.add(
            RevocationRow(
                digest=signed.digest,
                org_id=revocation.org_id,
                desk_id=revocation.desk_id,
                issued=revocation.issued,
                body=signed.body.decode("utf-8"),
                sig=base64.b64encode(signed.sig).decode("ascii"),
            )
        )
        added.add(revocation.desk_id)
    _keep_waiting(session, waiting)
    if not added:
        return Admitted(frozenset(recheck))
    session.flush()
    after = in_force(session)
    changed = {d for d in added if after.get((org_id, d)) != before.get((org_id, d))}
    return Admitted(frozenset(changed | recheck))


def worth_admitting(session: Session, records: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """Those of `records` (not held yet) that `admit_revocations` would store or keep waiting
    anew: checked without writing, so a round whose hub holds records no desk takes (a hostile
    login may offer some) stays a read."""
    signers = _signers(session)
    org_id = meta.get(session, meta.ORG_ID)
    if signers is None or org_id is None:
        return []
    held = [Signed.from_json(w) for w in _waiting(session)]
    waiting = {s.digest for s in held if s is not None}
    found: list[dict[str, str]] = []
    for record in records:
        signed = Signed.from_json(record)
        if signed is None or signed.digest in waiting:
            continue
        if verify_revocation(signed, *signers).value is not None or _names_org(signed, org_id):
            found.append(record)
    return found


def _waiting(session: Session) -> list[dict[str, str]]:
    text = meta.get(session, WAITING)
    try:
        held = json.loads(text) if text else []
    except ValueError:
        return []
    return [r for r in held if isinstance(r, dict)] if isinstance(held, list) else []


def _keep_waiting(session: Session, waiting: list[dict[str, str]]) -> None:
    kept = waiting[-MAX_WAITING:]
    if kept != _waiting(session):
        meta.put(session, WAITING, json.dumps(kept) if kept else "")


def waiting_count(session: Session) -> int:
    """Revocations waiting for the rotation that introduces their signer (`sync status`)."""
    return len(_waiting(session))


def _names_org(signed: Signed, org_id: str) -> bool:
    """Whether a record that did not verify reads as a revocation of this organisation (it may be
    signed by a new organisation key this desk does not know yet)."""
    try:
        body = json.loads(signed.body)
    except ValueError:
        return False
    return (
        isinstance(body, dict)
        and body.get("org_id") == org_id
        and {"desk_id", "incarnations", "issued"} <= set(body)
    )


def _signers(
    session: Session,
) -> tuple[Ed25519PublicKey, Ed25519PublicKey | None, frozenset[str]] | None:
    """The keys a revocation may be signed by: the organisation's, and the recovery key's when
    this desk knows it; and the digests the accepted rotation keeps in force whatever signed
    them (None without an organisation key)."""
    org_public_text = meta.get(session, signing.ORG_PUBLIC_KEY)
    if not org_public_text:  # none known yet ("" after taking an organisation without it)
        return None
    recovery_text = meta.get(session, org_records.RECOVERY_PUBLIC_KEY)
    try:
        recovery = keys.public_from_text(recovery_text) if recovery_text else None
    except keys.KeyFormatError:
        recovery = None
    listed = org_records.listed_revocations(session)
    return keys.public_from_text(org_public_text), recovery, listed


def in_force(session: Session) -> dict[tuple[str, str], Revocation]:
    """(org_id, desk_id) → the revocation in force (the latest issued; ties by digest)."""
    return {k: value for k, (_, value) in _in_force(session).items()}


def in_force_digests(session: Session) -> list[str]:
    """The digests of the revocations in force (what a rotation lists to keep them so)."""
    return sorted(digest for digest, _ in _in_force(session).values())


def _in_force(session: Session) -> dict[tuple[str, str], tuple[str, Revocation]]:
    signers = _signers(session)
    if signers is None:
        return {}
    rows = list(
        session.execute(
            select(RevocationRow).order_by(RevocationRow.issued, RevocationRow.digest)
        ).scalars()
    )
    if not rows:
        return {}
    found: dict[tuple[str, str], tuple[str, Revocation]] = {}
    for row in rows:  # verified when stored; checked again (a handful of rows) rather than parsed
        signed = Signed(row.body.encode("utf-8"), base64.b64decode(row.sig))
        value = verify_revocation(signed, *signers).value
        if value is not None:
            found[(value.org_id, value.desk_id)] = (row.digest, value)
    return found


def _fields(org_id: str, desk_id: str, inc: str, desk_seq: int) -> OpFields:
    return OpFields(org_id, desk_id, inc, desk_seq, "", "", "", "", "", {})


class Check:
    """Whether operations of revoked desks are kept, inside one transaction."""

    def __init__(self, session: Session, arriving: Mapping[str, str] | None = None) -> None:
        self.revocations = in_force(session)
        self._session = session
        self._arriving = dict(arriving or {})  # digest → prev of the operations arriving now
        self._chains: dict[tuple[str, str], set[str]] = {}
        self._names: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self.revocations)

    def prev_of(self, digest: str) -> str | None:
        if digest in self._arriving:
            return self._arriving[digest] or None
        row = (
            sqlite_connection(self._session)
            .execute("SELECT prev FROM operations WHERE digest = ?", (digest,))
            .fetchone()
        )
        return None if row is None or not row[0] else str(row[0])

    def verdict(
        self, org_id: str, desk_id: str, inc: str, desk_seq: int, digest: str
    ) -> Verdict[str]:
        revocation = self.revocations.get((org_id, desk_id))
        if revocation is None or digest in revocation.accepted:
            return accepted(digest)
        mark = revocation.incarnations.get(inc)
        if mark is not None and 0 < desk_seq <= mark[0]:
            key = (desk_id, inc)
            if key not in self._chains:
                self._chains[key] = accepted_chain(mark[0], mark[1], self.prev_of)[0]
            if digest in self._chains[key]:
                return accepted(digest)
        found = revocation_verdict(
            revocation, _fields(org_id, desk_id, inc, desk_seq), digest, self.prev_of
        )
        if found.status != "refused":
            return found
        return refused(self._reason(desk_id, found.reason))

    def _reason(self, desk_id: str, technical: str) -> str:
        name = self._name(desk_id)
        if "was not accepted" in technical:
            why = "it comes from a restored or copied database of that desk"
        elif "fork" in technical:
            why = "it is not on the chain of operations kept from that desk (a copy of it)"
        else:
            why = "it was made after the last operation kept from that desk"
        return (
            f"{REVOKED}: the organiser revoked the desk {name}; {why} "
            f"('mornings sync accept' on the organiser's desk can take it back)"
        )

    def _name(self, desk_id: str) -> str:
        if desk_id not in self._names:
            name = self._session.execute(
                select(CertificateRow.name).where(CertificateRow.desk_id == desk_id).limit(1)
            ).scalar_one_or_none()
            self._names[desk_id] = name or desk_id
        return self._names[desk_id]
