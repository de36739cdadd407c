"""Admission of operations from elsewhere (hub pull, bundle) and the quarantine's two rooms.

Every entry is checked by `ledger.validate` before anything is applied:
- **refused** (malformed envelope or payload, too large, duplicate keys, bad stamp…): kept with its
  reason, at most `MAX_REFUSED` (the oldest go first), never applied;
- **waiting** (an edit stamped more than 5 minutes ahead of this desk's clock, or one whose handler
  failed): retried at every round (`retry`), and by `mornings sync retry`.

A handler failure is logged with its traceback (logging module), never swallowed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mornings_desktop.ledger import ledger, validate
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import admission
from mornings_desktop.timeutil import now_iso

log = logging.getLogger(__name__)

WAITING = "waiting"
REFUSED = "refused"
MAX_REFUSED = 10_000


@dataclass
class Admitted:
    """What admitting a batch did."""

    fresh: list[Op] = field(default_factory=list)
    refused: int = 0
    waiting: int = 0


def quarantine(
    session: Session, op_id: str, op_json: str, source: str, reason: str, room: str = REFUSED
) -> bool:
    """Keep an operation that is not applied, with its reason. False if it was already kept."""
    if session.get(QuarantinedOp, op_id) is not None:
        return False
    if room == REFUSED:
        _make_room(session)
    session.add(
        QuarantinedOp(
            op_id=op_id,
            source=source,
            reason=reason[:2000],
            op_json=op_json,
            at=now_iso(),
            room=room,
        )
    )
    session.flush()
    return True


def _make_room(session: Session) -> None:
    count = session.execute(
        select(func.count()).select_from(QuarantinedOp).where(QuarantinedOp.room == REFUSED)
    ).scalar_one()
    if count >= MAX_REFUSED:
        oldest = (
            select(QuarantinedOp.op_id)
            .where(QuarantinedOp.room == REFUSED)
            .order_by(QuarantinedOp.at)
            .limit(count - MAX_REFUSED + 1)
        )
        session.execute(
            delete(QuarantinedOp).where(QuarantinedOp.op_id.in_(oldest.scalar_subquery()))
        )


_ANY_KEPT_SQL = "SELECT 1 FROM sync_quarantine LIMIT 1"


def _kept_among(session: Session, keys: list[str]) -> set[str]:
    """Which of `keys` the quarantine holds (a query per 500, not the whole room per batch)."""
    conn = sqlite_connection(session)  # plain SQL: a pull asks once per chunk
    found: set[str] = set()
    if conn.execute(_ANY_KEPT_SQL).fetchone() is None:  # the usual case: nothing kept aside
        return found
    for k in range(0, len(keys), 500):
        chunk = keys[k : k + 500]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(f"SELECT op_id FROM sync_quarantine WHERE op_id IN ({marks})", chunk)
        found.update(str(r[0]) for r in rows)
    return found


def _text(raw: object) -> str:
    """A kept line as text. What reaches here was parsed from JSON (a bundle line through
    `validate.loads`, a hub row through psycopg): no cycle, nothing `default=str` cannot write.
    (The fallback once here for a ValueError or RecursionError served no such input, and its
    `str(raw)` raises the same RecursionError on a structure too deep to dump.)"""
    return json.dumps(raw, ensure_ascii=False, default=str)


def admit_raw(
    session: Session,
    raws: Sequence[Mapping[str, Any]],
    source: str,
    checked: admission.Checked | None = None,
) -> Admitted:
    """Check then ingest entries read from the hub or a bundle (the payload may be text).

    `checked`: the signed ones among `raws` already through `admission.check_signed` (a pull
    checks signatures before it takes the write lock)."""
    result = Admitted()
    ops: list[Op] = []
    signed = [raw for raw in raws if admission.is_signed_entry(raw)]
    if checked is None:
        lookup = admission.certificate_lookup(session)
        checked = admission.check_signed(signed, lookup, admission.held_in(session))
    verified = admission.verify_entries(session, checked)
    for key, raw, reason in verified.refused:
        if quarantine(session, key, _text(raw), source, reason):
            result.refused += 1
    for key, raw, reason in verified.waiting:
        if quarantine(session, key, _text(raw), source, reason, WAITING):
            result.waiting += 1
    for op in verified.ops:
        problem = checked.problem(op)  # checked before the write lock when `checked` was given
        if problem is None:
            ops.append(op)
        elif quarantine(session, _key(op), _kept(op), source, f"malformed: {problem}"):
            result.refused += 1
    for raw in raws:
        if admission.is_signed_entry(raw):
            continue
        try:
            ops.append(validate.parse_op(raw))
        except validate.Malformed as exc:
            key = validate.quarantine_key(raw)
            if quarantine(session, key, _text(raw), source, f"malformed: {exc}"):
                result.refused += 1
    _admit(session, ops, source, result)
    return result


def _admit(
    session: Session,
    ops: Sequence[Op],
    source: str,
    result: Admitted,
) -> None:
    held = _kept_among(session, [_key(op) for op in ops]) if ops else set()
    due: list[Op] = []
    for op in ops:
        if _key(op) in held:
            continue
        try:
            validate.check_due(op)
            due.append(op)
        except validate.NotYetDue as exc:
            if quarantine(session, _key(op), _kept(op), source, str(exc), WAITING):
                result.waiting += 1
    if not due:
        return
    # What came from the hub is on the hub; what came by bundle is pushed by this desk (relay).
    pushed = source == "pull"
    try:
        with session.begin_nested():
            result.fresh.extend(ledger.ingest(session, due, pushed=pushed))
            return
    except Exception:  # a bad operation in the batch: found below, one at a time, and logged
        log.debug("batch of %d failed; applying one at a time", len(due), exc_info=True)
    for op in due:
        try:
            with session.begin_nested():
                result.fresh.extend(ledger.ingest(session, [op], pushed=pushed))
        except Exception as exc:
            log.exception("cannot apply operation %s (%s) from %s", op.op_id, op.type, source)
            reason = f"cannot apply: {type(exc).__name__}: {exc}"
            if quarantine(session, _key(op), _kept(op), source, reason, WAITING):
                result.waiting += 1


def _key(op: Op) -> str:
    """The quarantine's key: the digest of a signed operation, else its op_id."""
    return op.op_id if op.envelope is None else op.envelope.digest


def _kept(op: Op) -> str:
    """What the quarantine keeps: the signed form with its blocks (retried through
    verification), else the op."""
    env = op.envelope
    if env is None:
        return _text(op.to_json())
    return _text({"body": env.body, "sig": env.sig, "personal": env.personal})


def retry(session: Session, *, rooms: Sequence[str] = (WAITING,)) -> Admitted:
    """Try again the kept operations of `rooms`, together (per source), as if they arrived in
    one batch; those that now pass are applied and released.

    A refused push (source "push") is released so the next round offers it to the hub again.
    """
    rows = list(
        session.execute(
            select(QuarantinedOp)
            .where(QuarantinedOp.room.in_(list(rooms)))
            .order_by(QuarantinedOp.at)
        ).scalars()
    )
    result = Admitted()
    by_source: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        source = row.source
        if source == "push":
            session.delete(row)
            continue
        try:
            raw = validate.loads(row.op_json, what="kept operation")
        except validate.Malformed:
            continue
        if not isinstance(raw, dict):
            continue  # not even an object: stays as it is
        session.delete(row)
        by_source.setdefault(source, []).append(raw)
    session.flush()
    # Together, as they came: a revoked desk's operations that wait for their ancestors are
    # each other's ancestors (one at a time, a pass freed only the newest of them).
    for source, raws in by_source.items():
        again = admit_raw(session, raws, source)
        result.fresh.extend(again.fresh)
        result.refused += again.refused
        result.waiting += again.waiting
    return result


@dataclass(frozen=True)
class KeptOp:
    op_id: str
    room: str
    source: str
    reason: str
    at: str

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def listing(session: Session) -> list[KeptOp]:
    rows = session.execute(
        select(QuarantinedOp).order_by(QuarantinedOp.room.desc(), QuarantinedOp.at)
    ).scalars()
    return [KeptOp(r.op_id, r.room, r.source, r.reason, r.at) for r in rows]


def counts(session: Session) -> dict[str, int]:
    found: dict[str, int] = {}
    for room, count in session.execute(
        select(QuarantinedOp.room, func.count()).group_by(QuarantinedOp.room)
    ):
        found[str(room)] = int(count)
    return {WAITING: int(found.get(WAITING, 0)), REFUSED: int(found.get(REFUSED, 0))}


def sequence_gaps(session: Session, *, most: int = 20) -> dict[str, list[int]]:
    """Per desk incarnation, the first `most` desk_seq numbers below its highest that this desk
    lacks (keyed by desk id; a second holed incarnation of one desk by `desk id·inc`)."""
    from mornings_desktop.store.schema import Operation

    gaps: dict[str, list[int]] = {}
    holed = session.execute(
        select(Operation.desk_id, Operation.inc)
        .group_by(Operation.desk_id, Operation.inc)
        .having(func.max(Operation.desk_seq) > func.count(func.distinct(Operation.desk_seq)))
        .order_by(Operation.desk_id, Operation.inc)
    ).all()
    for desk_id, inc in holed:
        seqs = session.execute(
            select(Operation.desk_seq)
            .where(
                Operation.desk_id == desk_id,
                Operation.inc.is_(inc) if inc is None else Operation.inc == inc,
            )
            .distinct()
        ).scalars()
        have = set(seqs)
        missing = [n for n in range(1, max(have) + 1) if n not in have][:most]
        key = str(desk_id) if str(desk_id) not in gaps else f"{desk_id}·{str(inc)[:8]}"
        gaps[key] = missing
    return gaps
