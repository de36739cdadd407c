"""`mornings desk revoke NAME [--until TIME]`: revoke a desk without a hub (DESIGN §6,
"Incarnations and revocation"; docs/sync.md "Revoke a desk without a hub").

An organisation that works with USB sticks only revokes a lost or stolen laptop from the
organiser's desk that holds the organisation key (or with the recovery key). The revocation is the
one `hub revoke-desk` signs, but its cut-offs come from what THIS desk holds of the revoked desk:
for each incarnation, the last operation of the contiguous chain (`desk_seq` 1, 2, … each naming the
previous by `prev`) made before `until` (its stamp; default now). Operations this desk has not
received yet are not kept: import the latest bundles first.

The revocation is stored as a hub would deliver it (`revocation_check.admit_revocations`), enforced
here at once (`revocations.trust_changed`: the tables are rebuilt without what it refuses), carried
in every bundle this desk exports (every desk that imports one enforces it), and offered to a hub
at the organisation's first round with one (`hub_revocation_offer`). For each desk the latest
issued is in force: a later revocation (here or `hub revoke-desk`) replaces it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services import desk_role
from mornings_desktop.services.workspace import Workspace, local_desks
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.store.schema_trust import CertificateRow, RevocationRow
from mornings_desktop.sync.hub_revocations import ChainRow, marks_of
from mornings_desktop.sync.quarantine import REFUSED
from mornings_desktop.sync.revocation_check import REVOKED, admit_revocations, in_force
from mornings_desktop.sync.revocations import trust_changed
from mornings_desktop.timeutil import now_utc
from mornings_desktop.trust.certificates import Revocation, Signed, issue_revocation
from mornings_desktop.trust.formats import HLC, matches
from mornings_desktop.trust.signed_op import digest as body_digest

FUTURE_SLACK = timedelta(minutes=5)  # a clock a little ahead is not refused (DESIGN §6)
UNKNOWN_SIGNER = QT_TRANSLATE_NOOP(
    "errors",
    "This desk does not recognise the key that signed the revocation; give this organisation's "
    "recovery key. Nothing was changed.",
)


@dataclass(frozen=True)
class KeptIncarnation:
    """One incarnation of the revoked desk: what is kept of it, and what this desk set aside."""

    desk_id: str
    inc: str
    kept_seq: int  # 0: nothing kept
    kept_digest: str
    made_at: str | None  # when the last kept operation was made (its stamp), UTC ISO
    set_aside: int  # operations of it this desk held that the revocation refuses

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class OfflineRevoked:
    desk: str
    until: str
    incarnations: list[KeptIncarnation]
    signed: int  # revocations signed (one per desk id of that name)

    def to_json(self) -> dict[str, object]:
        return {
            "desk": self.desk,
            "until": self.until,
            "signed": self.signed,
            "incarnations": [i.to_json() for i in self.incarnations],
        }


def parse_until(text: str | None, now: datetime) -> datetime:
    """`--until`: ISO 8601 date and time (without a zone, this computer's local time); not
    further ahead than a clock may be off."""
    if text is None:
        return now
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{until} is not a date and time such as 2026-11-30T10:00; nothing was revoked.",
            ),
            until=text,
        ) from None
    moment = moment.astimezone() if moment.tzinfo is None else moment
    if moment > now + FUTURE_SLACK:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The revocation time {until} is in the future; give a time that has passed "
                "(or none, for now).",
            ),
            until=moment.isoformat(timespec="minutes"),
        )
    return moment


def _stamp_time(hlc: str) -> datetime | None:
    if not matches(HLC, hlc):
        return None
    return datetime.fromtimestamp(int(hlc[:13]) / 1000, UTC)


def _desk_ids(session: Session, org_id: str, name: str) -> list[str]:
    """The desk ids certified under `name` (or the desk id itself) this desk knows."""
    rows = session.execute(
        select(CertificateRow.desk_id)
        .where(
            CertificateRow.org_id == org_id,
            (func.lower(CertificateRow.name) == name.lower()) | (CertificateRow.desk_id == name),
        )
        .distinct()
    ).scalars()
    return sorted(str(d) for d in rows)


def _check(ws: Workspace, name: str, key: Ed25519PrivateKey | None) -> Ed25519PrivateKey:
    if desk_role.desk_role(ws) == "door":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "This is a door desk: desks are managed from an organiser desk."
            )
        )
    if key is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer does not hold the organisation key, so it cannot revoke a desk; "
                "run the command on the organiser's computer that holds it, or give "
                "--recovery-key FILE.",
            )
        )
    return key


def issued_after(session: Session, org_id: str, desk_id: str, now: datetime) -> str:
    """Now, or one second after the latest revocation of the desk held here (latest in force)."""
    moment = now.astimezone(UTC).replace(microsecond=0)
    latest = session.execute(
        select(func.max(RevocationRow.issued)).where(
            RevocationRow.org_id == org_id, RevocationRow.desk_id == desk_id
        )
    ).scalar_one_or_none()
    if latest:
        held = datetime.fromisoformat(latest.replace("Z", "+00:00"))
        moment = max(moment, held + timedelta(seconds=1))
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def revoke(
    ws: Workspace,
    name: str,
    until: str | None = None,
    *,
    signer: Ed25519PrivateKey | None = None,
    now: datetime | None = None,
) -> OfflineRevoked:
    """Sign, store and enforce the revocation of the desk named `name` (see the module)."""
    name = name.strip()
    now = now or now_utc()
    moment = parse_until(until, now)
    key = _check(ws, name, signer or signing.org_key(ws.org_id))
    with ws.db.write() as session:
        desks = _desk_ids(session, ws.org_id, name)
        if not desks:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No desk named {name} is known here; check the name given to 'mornings desk "
                    "add', or import the bundle that carries that desk's certificate first.",
                ),
                name=name,
            )
        if {d.id for d in local_desks(session)} & set(desks):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is this desk: revoke it from another organiser desk (or restore a "
                    "backup to start it afresh).",
                ),
                name=name,
            )
        rows = _chain_rows(session, desks)
        marks, kept = marks_of(rows, moment)
        current = in_force(session)
        signed: list[Signed] = []
        for desk_id in desks:
            before = current.get((ws.org_id, desk_id))
            revocation = Revocation(
                ws.org_id,
                desk_id,
                marks.get(desk_id, {}),
                issued_after(session, ws.org_id, desk_id, now),
                before.accepted if before is not None else (),
            )
            signed.append(issue_revocation(key, revocation))
        admitted = admit_revocations(session, [s.to_json() for s in signed])
        if any(session.get(RevocationRow, s.digest) is None for s in signed):
            raise UserError(UNKNOWN_SIGNER)  # nothing is kept: the transaction rolls back
        changed = trust_changed(session, revoked=admitted.desks)
        report = _report(rows, marks, kept)
        certified = session.execute(
            select(CertificateRow.name).where(CertificateRow.desk_id.in_(desks)).limit(1)
        ).scalar_one_or_none()
    if changed.touched:
        ws.notify(changed.touched)
    return OfflineRevoked(certified or name, moment.isoformat(), report, len(signed))


def _chain_rows(session: Session, desks: list[str]) -> list[ChainRow]:
    rows = session.execute(
        select(
            Operation.digest, Operation.desk_id, Operation.inc, Operation.desk_seq,
            Operation.prev, Operation.hlc,
        ).where(Operation.desk_id.in_(desks), Operation.digest.is_not(None))
    ).all()  # fmt: skip
    found: list[ChainRow] = []
    for digest, desk_id, inc, seq, prev, hlc in rows:
        made = _stamp_time(str(hlc))
        if made is not None:
            found.append(ChainRow(str(digest), desk_id, inc or "", seq, prev or "", made))
    return found + _refused_rows(session, set(desks))


def _refused_rows(session: Session, desks: set[str]) -> list[ChainRow]:
    """The operations of `desks` an earlier revocation refused here (kept in the refused room, out
    of the log): a new revocation with a later cut-off keeps them too."""
    kept = session.execute(
        select(QuarantinedOp.op_json).where(
            QuarantinedOp.room == REFUSED, QuarantinedOp.reason.startswith(REVOKED)
        )
    ).scalars()
    found: list[ChainRow] = []
    for text in kept:
        try:
            body_text = json.loads(text)["body"]
            body = json.loads(body_text)
        except (ValueError, KeyError, TypeError):
            continue
        if not isinstance(body, dict) or body.get("desk_id") not in desks:
            continue
        made = _stamp_time(str(body.get("hlc", "")))
        seq = body.get("desk_seq")
        if made is None or type(seq) is not int:
            continue
        found.append(
            ChainRow(
                body_digest(str(body_text).encode("utf-8")), str(body["desk_id"]),
                str(body.get("inc") or ""), seq, str(body.get("prev") or ""), made,
            )
        )  # fmt: skip
    return found


def _report(
    rows: list[ChainRow], marks: dict[str, dict[str, tuple[int, str]]], kept: set[str]
) -> list[KeptIncarnation]:
    made = {r.digest: r.received_at for r in rows}
    chains = sorted({(r.desk_id, r.inc) for r in rows})  # every mark is of one of these rows
    report: list[KeptIncarnation] = []
    for desk_id, inc in chains:
        seq, digest = marks.get(desk_id, {}).get(inc, (0, ""))
        at = made.get(digest)
        aside = sum(
            1 for r in rows if (r.desk_id, r.inc) == (desk_id, inc) and r.digest not in kept
        )
        report.append(
            KeptIncarnation(
                desk_id, inc, seq, digest,
                at.strftime("%Y-%m-%dT%H:%M:%SZ") if at is not None else None, aside,
            )
        )  # fmt: skip
    return report
