"""Signed operations entering this desk (DESIGN §6, issue 12 step 2): verified once, on entry.

An entry shaped like a wire operation (`{"sig", "body"}`, `trust.signed_op.from_wire`) is
deduplicated by `digest = sha256(body)` first (a desk never verifies again what it holds), then
`verify_op`'s checks run against the certificates this desk holds, each verified against the
organisation's public key when it was stored (`start_check`: the whole check, `trust.op_check`,
made by worker processes while the batch before is applied, `sync.verify_pool`; only a verdict
per digest comes back, and the operations that passed are built here). *Refused* (bad signature, impersonation, a role that
may not record that type, malformed) goes to the refused room with the verdict's reason; *waiting*
(a certificate this desk does not hold yet) to the waiting room, retried each round. Certificates
travel in bundles and through the hub: `admit_certificates` keeps those the organisation signed.
Then an operation of a revoked desk is kept only on the chain its revocation accepts
(`revocation_check`): past the mark or a fork is refused, a missing ancestor waits.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.ledger import personal_split, signing, validate
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.ledger.operation import Envelope, Op, dumps
from mornings_desktop.store import meta
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import org_records
from mornings_desktop.sync.revocation_check import Check
from mornings_desktop.sync.verify_pool import Ticket, VerifyPool
from mornings_desktop.sync.verify_worker import Table
from mornings_desktop.trust import canonical, keys, op_check
from mornings_desktop.trust.certificates import Certificate, Signed, verify_certificate
from mornings_desktop.trust.op_check import CertRow
from mornings_desktop.trust.signed_op import (
    CertificateLookup,
    digest,
    from_wire,
)

_CHUNK = 500


@dataclass
class Verified:
    ops: list[Op]  # each carries its signed form (`op.envelope`) and its checked blocks
    refused: list[tuple[str, Mapping[str, Any], str]]  # (digest, entry, reason)
    waiting: list[tuple[str, Mapping[str, Any], str]]


def is_signed_entry(raw: object) -> bool:
    return isinstance(raw, Mapping) and "sig" in raw and "body" in raw


class CertificateTable:
    """The certificates held here by desk (each verified against the organisation key when
    stored): a `CertificateLookup`, and `rows` as signature workers receive them."""

    def __init__(self, by_desk: dict[tuple[str, str], list[Certificate]]) -> None:
        self._by_desk = by_desk
        self.rows: Table = {
            key: [CertRow(c.org_id, c.desk_id, c.role, c.public_key) for c in certs]
            for key, certs in by_desk.items()
        }

    def __call__(self, org_id: str, desk_id: str) -> list[Certificate] | None:
        return self._by_desk.get((org_id, desk_id))


def certificate_lookup(session: Session) -> CertificateTable:
    """The certificates held here (each verified against the organisation key when stored)."""
    by_desk: dict[tuple[str, str], list[Certificate]] = {}
    for row in session.execute(select(CertificateRow)).scalars():
        cert = Certificate(row.org_id, row.desk_id, row.name, row.role, row.public_key, "")  # type: ignore[arg-type]
        by_desk.setdefault((row.org_id, row.desk_id), []).append(cert)
    return CertificateTable(by_desk)


def certificate_records(session: Session, *, with_settings: bool = False) -> list[dict[str, str]]:
    """Every certificate held, in the form bundles carry (`{"body", "sig"}`), after the rotation
    held and, `with_settings` (bundles only: they name the bundle key), the signed settings."""
    rows = session.execute(select(CertificateRow).order_by(CertificateRow.digest)).scalars()
    held = org_records.records(session, with_settings=with_settings)
    return held + [{"body": r.body, "sig": r.sig} for r in rows]


def admit_certificates(session: Session, records: Sequence[object]) -> int:
    """Keep the certificates signed by this organisation's key (after a rotation or settings
    among `records`, checked first); returns how many records were new."""
    rotated = org_records.admit(session, records)
    return rotated + _admit_certificates(session, records)


def _admit_certificates(session: Session, records: Sequence[object]) -> int:
    org_public_text = meta.get(session, signing.ORG_PUBLIC_KEY)
    if not org_public_text:  # none known yet ("" after taking an organisation without it)
        return 0
    org_public = keys.public_from_text(org_public_text)
    org_id = meta.get(session, meta.ORG_ID)
    added = 0
    for record in records:
        signed = Signed.from_json(record)
        if signed is None or session.get(CertificateRow, signed.digest) is not None:
            continue
        verdict = verify_certificate(signed, org_public)
        if verdict.value is None or verdict.value.org_id != org_id:
            continue
        signing.store_certificate(session, verdict.value, signed)
        added += 1
    return added


def _held_digests(session: Session, digests: list[str]) -> set[str]:
    """The digests this desk holds or keeps in quarantine (never verified again)."""
    conn = sqlite_connection(session)
    found: set[str] = set()
    for k in range(0, len(digests), _CHUNK):
        chunk = digests[k : k + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for sql in (
            f"SELECT digest FROM operations WHERE digest IN ({marks})",
            f"SELECT op_id FROM sync_quarantine WHERE op_id IN ({marks})",  # kept aside already
        ):
            found.update(str(r[0]) for r in conn.execute(sql, chunk))
    return found


@dataclass
class Checked:
    """Signed entries checked without the desk's write lock (signature, envelope schema, role,
    personal blocks, and the ledger's own checks of the operation they carry): what remains is
    the revocation check, inside the write transaction.

    `malformed`: by digest, why `validate.check_op` refuses the operation of a passed entry
    (run here, outside the lock; `quarantine.admit_raw` keeps it aside after the revocation
    check, as it did when it ran the check itself). `validated`: the ledger's checks ran."""

    passed: list[tuple[str, Mapping[str, Any], Op]]
    refused: list[tuple[str, Mapping[str, Any], str]]
    waiting: list[tuple[str, Mapping[str, Any], str]]
    malformed: dict[str, str] = field(default_factory=dict)
    validated: bool = False

    def problem(self, op: Op) -> str | None:
        """Why the ledger refuses `op` (a passed entry's), or None; checked now unless it was."""
        if self.validated and op.envelope is not None:
            return self.malformed.get(op.envelope.digest)
        try:
            validate.check_op(op)
        except validate.Malformed as exc:
            return str(exc)
        return None


HeldOf = Callable[[list[str]], set[str]]


Todo = tuple[str, Mapping[str, Any], bytes, bytes, object]  # digest, entry, sig, body, personal


class PendingCheck:
    """Signed entries whose checks are under way (`start_check`); `result()` waits for their
    verdicts and builds the operations of those that passed."""

    def __init__(
        self, out: Checked, todo: list[Todo], lookup: CertificateLookup, ticket: Ticket | None
    ) -> None:
        self._out = out
        self._todo = todo
        self._lookup = lookup
        self._ticket = ticket

    def result(self) -> Checked:
        if self._ticket is not None:
            verdicts = self._ticket.result()  # exactly the digests sent, or it raised
        else:
            verdicts = {
                d: op_check.check(sig, body, personal, self._lookup)
                for d, _, sig, body, personal in self._todo
            }
        out = self._out
        for op_digest, raw, sig, body, personal in self._todo:
            status, reason = verdicts[op_digest]
            if status == "waiting":
                out.waiting.append((op_digest, raw, reason))
            elif status != "ok":
                out.refused.append((op_digest, raw, reason))
            else:  # canonical, as checked: plain decoding gives the same value
                blocks = dict(personal) if isinstance(personal, dict) else {}
                op = _passed_op(op_digest, str(raw["body"]), sig, json.loads(body), blocks)
                out.passed.append((op_digest, raw, op))
                # The ledger's checks too, before the write lock (a chunk's transaction is
                # shorter, so more operations fit in each: issue 18).
                public = _public_if_whole(op)
                try:  # a payload with no block merged in is the canonical one the check decoded
                    validate.check_op(op, public, canonical=public is not None)
                except validate.Malformed as exc:
                    out.malformed[op_digest] = str(exc)
        out.validated = True
        self._todo = []
        return out


def _passed_op(
    op_digest: str, body_text: str, sig: bytes, f: dict[str, Any], blocks: dict[str, Any]
) -> Op:
    """The operation of a signed entry that passed, as `signed_store.op_of` makes it, from what
    was read already: the body's text and digest, and the payload's canonical text cut from the
    body (issue 12: re-encoding it was a tenth of the applying process's time)."""
    public = _payload_text(body_text, f)
    envelope = Envelope(
        body_text, base64.b64encode(sig).decode("ascii"), op_digest, f["inc"], f["prev"],
        f["operator"], public, blocks, _block_texts(blocks),
    )  # fmt: skip
    payload = personal_split.merge(f["type"], f["payload"], _fields_of(blocks))
    return Op(f["op_id"], f["desk_id"], f["desk_seq"], f["hlc"], f["type"], payload, envelope)


def _block_texts(blocks: Mapping[str, Any]) -> dict[str, str] | None:
    """The canonical text of each block, made here before the write lock (the transaction that
    stores them has less to do); None when there is none, or one has no canonical form (its
    storing then fails as it did). The blocks passed their check (`personal.check_block`
    encoded their fields): `encode_checked` skips walking the fields again."""
    if not blocks:
        return None
    try:
        return {s: canonical.encode_checked(b).decode("utf-8") for s, b in blocks.items()}
    except canonical.CanonicalError:
        return None


def _public_if_whole(op: Op) -> str | None:
    """The canonical text of `op.payload` when it is the signed payload itself (no personal
    block merged in): `envelope.public`, already cut from the body; else None (encode it)."""
    env = op.envelope
    return env.public if env is not None and not env.personal else None


def _payload_text(body_text: str, f: dict[str, Any]) -> str:
    """`operation.dumps(f["payload"])`, read from the canonical body that holds it: the keys are
    in order, so the payload runs from the first `,"payload":` (a quote inside a string is
    always escaped, and only `commit`, of entity ids and digests, is an object before it) to
    the `prev` and `type` that end the body. Encoded again when the body is not so shaped."""
    start = body_text.find(_PAYLOAD_KEY)
    tail = f',"prev":"{f["prev"]}","type":"{f["type"]}"}}'
    if start < 0 or not body_text.endswith(tail):  # an escape in `prev` or `type`: not here
        return dumps(f["payload"])
    return body_text[start + len(_PAYLOAD_KEY) : len(body_text) - len(tail)]


_PAYLOAD_KEY = ',"payload":'


def _fields_of(blocks: Mapping[str, object]) -> dict[str, Any]:
    """The personal values of each block present, by subject (`signed_store.op_of`'s)."""
    return {s: b.get("fields") or {} for s, b in blocks.items() if isinstance(b, Mapping)}


def start_check(
    raws: Sequence[Mapping[str, Any]],
    lookup: CertificateLookup,
    held_of: HeldOf,
    pool: VerifyPool | None = None,
    seen: set[str] | None = None,
) -> PendingCheck:
    """Begin checking signed entries against the certificates `lookup` names (the whole check,
    `trust.op_check.check`), by `pool`'s workers while the caller does something else (in place
    without a pool, or for a lookup that is not a `CertificateTable`). Those whose digest
    `held_of` says this desk holds (or keeps aside), or that `seen` (shared by the batches of
    one pull or file) already names, are skipped."""
    out = Checked([], [], [])
    parsed: list[Todo] = []
    for raw in raws:
        wire = from_wire(dict(raw))
        if wire is None:
            out.refused.append((_entry_key(raw), raw, "malformed: not a signed operation"))
            continue
        sig, body, personal = wire
        parsed.append((digest(body), raw, sig, body, personal))
    held = held_of(list({d for d, *_ in parsed})) if parsed else set()
    seen = set() if seen is None else seen
    todo: list[Todo] = []
    for entry in parsed:
        if entry[0] in held or entry[0] in seen:
            continue
        seen.add(entry[0])
        todo.append(entry)
    ticket = None
    if pool is not None and todo and isinstance(lookup, CertificateTable):
        ticket = pool.submit(lookup.rows, [(d, sig, body, p) for d, _, sig, body, p in todo])
    return PendingCheck(out, todo, lookup, ticket)


def check_signed(
    raws: Sequence[Mapping[str, Any]], lookup: CertificateLookup, held_of: HeldOf
) -> Checked:
    """Verify signed entries against the certificates `lookup` names; those whose digest
    `held_of` says this desk holds (or keeps aside) are skipped, each digest checked once.

    Pure work on the entries: a pull runs it before taking the write lock (issue 18), so a scan
    at the door never waits behind signature checks."""
    return start_check(raws, lookup, held_of).result()


def held_in(session: Session) -> HeldOf:
    return lambda digests: _held_digests(session, digests)


def verify_entries(session: Session, checked: Checked) -> Verified:
    """Split signed entries into those to apply and those to keep aside: `checked`, the entries
    through `check_signed` (outside the transaction), then the revocations held here."""
    out = Verified([], list(checked.refused), list(checked.waiting))
    _check_revocations(session, checked.passed, out)
    return out


def _check_revocations(
    session: Session, passed: list[tuple[str, Mapping[str, Any], Op]], out: Verified
) -> None:
    """Keep aside the operations of revoked desks that their revocation does not accept."""
    # No revocation held (the usual case): nothing to check, and no reading of the keys and
    # revocations per chunk of a pull (a tenth of a joining desk's time, issue 18).
    revoked = bool(passed) and _any_revocation(session)
    check = Check(session, {d: _envelope(op).prev for d, _, op in passed}) if revoked else None
    if not check:
        out.ops.extend(op for _, _, op in passed)
        return
    org_id = meta.get(session, meta.ORG_ID) or ""
    for op_digest, raw, op in passed:
        found = check.verdict(org_id, op.desk_id, _envelope(op).inc, op.desk_seq, op_digest)
        if found.status == "waiting":
            out.waiting.append((op_digest, raw, found.reason))
        elif found.status == "refused":
            out.refused.append((op_digest, raw, found.reason))
        else:
            out.ops.append(op)


def _any_revocation(session: Session) -> bool:
    conn = sqlite_connection(session)
    return conn.execute("SELECT 1 FROM revocations LIMIT 1").fetchone() is not None


def _envelope(op: Op) -> Envelope:
    """Its signed form: every operation `check_signed` passes carries one (`signed_store.op_of`)."""
    assert op.envelope is not None, "a signed entry passed without its signed form"
    return op.envelope


def _entry_key(raw: object) -> str:
    text = json.dumps(raw, sort_keys=True, default=str)[:1_000_000]
    return "bad-" + digest(text.encode("utf-8", "replace"))[:60]
