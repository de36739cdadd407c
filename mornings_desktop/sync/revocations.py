"""What a desk does when the organisation's certificates or revocations it holds change
(DESIGN §6, "Incarnations and revocation", "Quarantine").

`trust_changed` runs in the write transaction that stored them (a pull, a bundle import):
1. the waiting room is tried again (a certificate or an ancestor may have come with them), and so
   are the operations refused by a revocation (a revised one may now accept them: `sync accept`;
   or a later one with a later mark: tried together, so the chain runs through them);
2. for each desk whose revocation in force is new, the operations of that desk this desk already
   holds are checked again: those it no longer accepts leave the log for the refused room (or the
   waiting room, when an ancestor is missing), kept in their signed form with their personal
   blocks, and the tables are rebuilt from the log without them (`ledger.rebuild`).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from mornings_desktop.ledger import rebuild, signed_store, validate
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import local_desks
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.store.schema_trust import OpPersonal
from mornings_desktop.sync.quarantine import REFUSED, WAITING, admit_raw, quarantine, retry
from mornings_desktop.sync.revocation_check import REVOKED, Check

_CHUNK = 500


@dataclass
class Changed:
    """What a change of trust did on this desk."""

    fresh: list[Op] = field(default_factory=list)  # applied now (from the rooms)
    removed: list[Op] = field(default_factory=list)  # taken out of the log by a revocation
    retried: bool = False  # the waiting room was tried again

    @property
    def touched(self) -> list[Op]:
        """What the window should refresh for (`Workspace.notify`)."""
        return self.fresh + self.removed


def trust_changed(
    session: Session, *, certificates: int = 0, revoked: Collection[str] = ()
) -> Changed:
    """Re-check what the new certificates (`certificates` new ones) and revocations (the desks
    `revoked`, whose revocation in force is new) decide, inside the caller's transaction."""
    result = Changed()
    if not certificates and not revoked:
        return result
    result.fresh.extend(retry(session).fresh)
    result.retried = True
    if revoked:
        result.fresh.extend(_retry_revoked(session))
        result.removed = _enforce(session, revoked)
    return result


def _retry_revoked(session: Session) -> list[Op]:
    """Operations refused by a revocation, tried again (a revised revocation may accept them)."""
    rows = session.execute(
        select(QuarantinedOp.op_id).where(
            QuarantinedOp.room == REFUSED, QuarantinedOp.reason.startswith(REVOKED)
        )
    ).scalars()
    ids = list(rows)
    if not ids:
        return []
    for k in range(0, len(ids), _CHUNK):
        session.execute(
            update(QuarantinedOp)
            .where(QuarantinedOp.op_id.in_(ids[k : k + _CHUNK]))
            .values(room="recheck")
        )
    # Tried again together (per source), not one by one: a later mark may name one of them, and
    # the chain down to what the log holds runs through the others (one by one, an operation
    # whose successor on the chain is still aside would wait, and so would the whole chain).
    by_source: dict[str, list[dict[str, object]]] = {}
    for row in session.execute(
        select(QuarantinedOp).where(QuarantinedOp.room == "recheck")
    ).scalars():
        try:
            raw = validate.loads(row.op_json, what="kept operation")
        except validate.Malformed:
            continue
        if row.source == "push" or not isinstance(raw, dict):
            continue
        by_source.setdefault(row.source, []).append(raw)
        session.delete(row)
    session.flush()
    fresh: list[Op] = []
    for source, raws in sorted(by_source.items()):
        fresh.extend(admit_raw(session, raws, source).fresh)
    # What could not even be read again stays refused, as it was.
    session.execute(
        update(QuarantinedOp).where(QuarantinedOp.room == "recheck").values(room=REFUSED)
    )
    return fresh


def _enforce(session: Session, desks: Collection[str]) -> list[Op]:
    """Take out of the log the operations of `desks` their revocation no longer accepts, keep
    them aside, and rebuild the tables; returns those that left the log.

    Never this database's own desks: the revoked laptop keeps what it made (every other desk
    refuses it), since taking its own operations out would hand their `desk_seq` out again."""
    own = {d.id for d in local_desks(session)}
    desks = [d for d in desks if d not in own]
    if not desks:
        return []
    check = Check(session)
    org_id = meta.get(session, meta.ORG_ID) or ""
    rows = session.execute(
        select(
            Operation.digest, Operation.desk_id, Operation.inc, Operation.desk_seq,
            Operation.body, Operation.sig, Operation.pushed, Operation.op_id, Operation.hlc,
            Operation.type, Operation.payload,
        ).where(Operation.desk_id.in_(list(desks)), Operation.body.is_not(None))
    ).all()  # fmt: skip
    digests: list[str] = []
    removed: list[Op] = []
    for held, desk_id, inc, desk_seq, body, sig, pushed, op_id, stamp, op_type, public in rows:
        digest = str(held)
        found = check.verdict(org_id, desk_id, inc or "", int(desk_seq), digest)
        if found.status == "ok":
            continue
        kept: dict[str, object] = {"body": body, "sig": sig}
        personal = signed_store.blocks_of(sqlite_connection(session), [digest]).get(digest)
        if personal:
            kept["personal"] = personal
        room = WAITING if found.status == "waiting" else REFUSED
        source = "pull" if pushed else "bundle"  # how it came: the same when tried again
        text = json.dumps(kept, ensure_ascii=False)
        quarantine(session, digest, text, source, found.reason, room)
        digests.append(digest)
        # Its public payload (ids of what it touched): enough for the window to refresh.
        payload = json.loads(public) if public else {}
        removed.append(
            Op(str(op_id), str(desk_id), int(desk_seq), str(stamp), str(op_type), payload)
        )
    if not digests:
        return removed
    for k in range(0, len(digests), _CHUNK):
        session.execute(delete(OpPersonal).where(OpPersonal.digest.in_(digests[k : k + _CHUNK])))
    rebuild.remove_and_rebuild(session, digests)
    return removed
