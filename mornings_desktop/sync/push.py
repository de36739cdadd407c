"""Sending operations to the hub (one round's push, `client.sync_round`).

An operation is marked `pushed` only after the hub answered `stored` or `present` for it (a push
whose answer was lost is simply sent again: the hub says `present`); one the hub refuses is
quarantined here with its reason, never deleted. Two sources feed a push: the operations not yet
confirmed (`unsent_keys`), and those the hub lacks whatever their flag says (`hub_marks`: after a
hub restore, or a relayed operation marked pushed by an older version).

A push is streamed (`send_keys`): the keys of what to send are read once, in order, then batches
of `BATCH` operations (at most about `MAX_CHARS` characters of JSON each) go to the hub's
`ingest`, one call and one hub transaction each. A worker thread reads and encodes the next batch,
and records the answers of the previous one, while the hub stores the current one: the desk's
work and the hub's overlap instead of adding up. Recording an answer is a write that can be done
again (`durable=False`): if a power cut undoes it, the operations are sent again and the hub
answers `present`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import hub_wire
from mornings_desktop.sync.quarantine import REFUSED, quarantine
from mornings_desktop.timeutil import now_iso

LAST_PUSH = "sync.last_push"
BATCH = 2000  # operations per `ingest` call (every hub since schema 2 takes up to 10,000)
MAX_CHARS = 16_000_000  # and about this many characters of JSON per call
_MARK_CHUNK = 500  # op_ids per UPDATE


def columns() -> Select[*tuple[Any, ...]]:
    """What a push reads of each operation (columns, not ORM objects: building 10,000
    `Operation` instances was a tenth of the push), kept operations left out."""
    return select(
        Operation.op_id,
        Operation.desk_id,
        Operation.desk_seq,
        Operation.hlc,
        Operation.type,
        Operation.payload,
        Operation.body,
        Operation.sig,
        Operation.digest,
    ).where(Operation.op_id.not_in(select(QuarantinedOp.op_id)))


# Read through the partial index `ix_operations_unpushed` (`pushed IS 0`, by desk_id, desk_seq):
# no sort, no read of the operations already pushed.
UNSENT_KEYS = (
    select(Operation.op_id)
    .where(Operation.pushed.is_(False), Operation.op_id.not_in(select(QuarantinedOp.op_id)))
    .order_by(Operation.desk_id, Operation.desk_seq)
)


def unsent_keys(session: Session) -> list[str]:
    """The op_ids of the operations the hub has not confirmed, in push order (kept ones left
    out). Read once per pass: re-reading the unsent rows for every batch made a push quadratic."""
    return [str(k) for k in session.scalars(UNSENT_KEYS)]


@dataclass
class Sent:
    """The hub's answers to one push."""

    stored: int = 0  # new on the hub
    present: int = 0  # already there
    refused: int = 0  # quarantined here

    @property
    def count(self) -> int:
        return self.stored + self.present + self.refused


@dataclass
class _Batch:
    """One `ingest` call: the JSON sent, and each row's key here in the same order."""

    text: str
    keys: list[str]
    ops: list[dict[str, Any]]


Answer = list[tuple[str, str, str | None]]  # (key here, status, reason), in the order sent


def send(
    ws: Workspace, conn: psycopg.Connection[Any], query: Select[*tuple[Any, ...]]
) -> Sent | None:
    """Send the operations `query` (over `columns()`) finds; None when it finds none."""
    with ws.db.read() as session:
        batches = _encode(session, session.execute(query).mappings().all())
    if not batches:
        return None
    sent = Sent()
    for batch in batches:
        answer = _ingest(conn, batch)
        sent.stored += sum(1 for _, st, _ in answer if st == "stored")
        sent.present += sum(1 for _, st, _ in answer if st == "present")
        sent.refused += _record(ws, batch, answer)
    return sent


def send_keys(
    ws: Workspace,
    conn: psycopg.Connection[Any],
    keys: Sequence[str],
    count: Callable[[Sent], None],
    *,
    batch: int = BATCH,
) -> None:
    """Send the operations of `keys` (op_ids, in order), streamed; `count` hears each batch's
    answers as they come (the refusals of a batch once they are recorded here).

    Whatever fails (the hub, the connection), the answers already received are recorded before
    the error goes up: the hub committed them."""
    chunks = [list(keys[k : k + batch]) for k in range(0, len(keys), batch)]
    if not chunks:
        return
    recorded: list[Future[int]] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as worker:
        upcoming: Future[list[_Batch]] = worker.submit(_read, ws, chunks[0])
        try:
            for k in range(len(chunks)):
                batches = upcoming.result()
                if k + 1 < len(chunks):
                    upcoming = worker.submit(_read, ws, chunks[k + 1])
                for one in batches:
                    answer = _ingest(conn, one)
                    recorded.append(worker.submit(_record, ws, one, answer))
                    count(
                        Sent(
                            stored=sum(1 for _, st, _ in answer if st == "stored"),
                            present=sum(1 for _, st, _ in answer if st == "present"),
                        )
                    )
        finally:
            upcoming.cancel()  # a batch read ahead and never sent is read again next round
    # Every recording ran (the pool's exit waits for them); a failing one fails the round.
    refused = sum(done.result() for done in recorded)
    if refused:
        count(Sent(refused=refused))


def _read(ws: Workspace, keys: list[str]) -> list[_Batch]:
    with ws.db.read() as session:
        query = (
            columns()
            .where(Operation.op_id.in_(keys))
            .order_by(Operation.desk_id, Operation.desk_seq)
        )
        return _encode(session, session.execute(query).mappings().all())


def _encode(session: Session, found: Sequence[Any]) -> list[_Batch]:
    """The rows as wire batches of at most about `MAX_CHARS` characters each (one JSON encoding
    per row, joined: a batch is never encoded twice)."""
    ops, keys = hub_wire.push_rows(sqlite_connection(session), [dict(r) for r in found])
    out: list[_Batch] = []
    texts: list[str] = []
    size = 0
    start = 0
    for i, op in enumerate(ops):
        text = json.dumps(op)
        if texts and size + len(text) > MAX_CHARS:
            out.append(_Batch("[" + ",".join(texts) + "]", keys[start:i], ops[start:i]))
            texts, size, start = [], 0, i
        texts.append(text)
        size += len(text) + 1
    if texts:
        out.append(_Batch("[" + ",".join(texts) + "]", keys[start:], ops[start:]))
    return out


def _ingest(conn: psycopg.Connection[Any], batch: _Batch) -> Answer:
    rows = conn.execute(
        "SELECT op_id, status, reason FROM mornings.ingest(%s::jsonb)", (batch.text,)
    ).fetchall()
    conn.commit()
    # The hub answers in the order it was sent: each answer belongs to one row key here.
    return [(key, str(st), reason) for key, (_, st, reason) in zip(batch.keys, rows, strict=False)]


def _record(ws: Workspace, batch: _Batch, answer: Answer) -> int:
    """Mark what the hub holds as pushed, quarantine what it refused; how many were refused."""
    by_id = dict(zip(batch.keys, batch.ops, strict=True))
    confirmed = [op_id for op_id, st, _ in answer if st in ("stored", "present")]
    refused = 0
    with ws.db.write(durable=False) as session:
        conn = sqlite_connection(session)
        for k in range(0, len(confirmed), _MARK_CHUNK):
            chunk = confirmed[k : k + _MARK_CHUNK]
            marks = ", ".join("?" * len(chunk))
            conn.execute(
                f"UPDATE operations SET pushed = 1 WHERE pushed = 0 AND op_id IN ({marks})",
                chunk,
            )
        for op_id, st, reason in answer:
            if st == "refused":
                op = by_id.get(op_id)
                text = json.dumps(op) if op else "{}"
                if quarantine(session, op_id, text, "push", str(reason or "refused"), REFUSED):
                    refused += 1
        unanswered = set(by_id) - {a[0] for a in answer}
        for op_id in unanswered:  # never happens with a sound hub; never loop forever either
            if quarantine(session, op_id, json.dumps(by_id[op_id]), "push", "no answer"):
                refused += 1
        meta.put(session, LAST_PUSH, now_iso())
    return refused
