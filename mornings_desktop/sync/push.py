"""Sending operations to the hub (one round's push, `client.sync_round`).

An operation is marked `pushed` only after the hub answered `stored` or `present` for it (a push
whose answer was lost is simply sent again: the hub says `present`); one the hub refuses is
quarantined here with its reason, never deleted. Two sources feed a push: the operations not yet
confirmed (`unsent`), and those the hub lacks whatever their flag says (`hub_marks`: after a hub
restore, or a relayed operation marked pushed by an older version).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import Select, select, update

from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import hub_wire
from mornings_desktop.sync.quarantine import REFUSED, quarantine
from mornings_desktop.timeutil import now_iso

LAST_PUSH = "sync.last_push"


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


UNSENT = (
    columns().where(Operation.pushed.is_(False)).order_by(Operation.desk_id, Operation.desk_seq)
)


@dataclass
class Sent:
    """The hub's answers to one push."""

    stored: int = 0  # new on the hub
    present: int = 0  # already there
    refused: int = 0  # quarantined here

    @property
    def count(self) -> int:
        return self.stored + self.present + self.refused


def send(
    ws: Workspace, conn: psycopg.Connection[Any], query: Select[*tuple[Any, ...]]
) -> Sent | None:
    """Send the operations `query` (over `columns()`) finds; None when it finds none."""
    with ws.db.read() as session:
        found = session.execute(query).mappings().all()
        ops, keys = hub_wire.push_rows(sqlite_connection(session), [dict(r) for r in found])
    if not ops:
        return None
    answer = conn.execute(
        "SELECT op_id, status, reason FROM mornings.ingest(%s::jsonb)", (json.dumps(ops),)
    ).fetchall()
    conn.commit()
    # The hub answers in the order it was sent: each answer belongs to one row key here.
    answer = [(key, st, reason) for key, (_, st, reason) in zip(keys, answer, strict=False)]
    by_id = dict(zip(keys, ops, strict=True))
    confirmed = [str(op_id) for op_id, st, _ in answer if st in ("stored", "present")]
    sent = Sent(
        stored=sum(1 for _, st, _ in answer if st == "stored"),
        present=sum(1 for _, st, _ in answer if st == "present"),
    )
    with ws.db.write() as session:
        for k in range(0, len(confirmed), 500):
            session.execute(
                update(Operation)
                .where(Operation.op_id.in_(confirmed[k : k + 500]), Operation.pushed.is_(False))
                .values(pushed=True)
            )
        for op_id, st, reason in answer:
            if st == "refused":
                op = by_id.get(str(op_id))
                text = json.dumps(op) if op else "{}"
                if quarantine(session, str(op_id), text, "push", str(reason or "refused"), REFUSED):
                    sent.refused += 1
        unanswered = set(by_id) - {str(a[0]) for a in answer}
        for op_id in unanswered:  # never happens with a sound hub; never loop forever either
            if quarantine(session, op_id, json.dumps(by_id[op_id]), "push", "no answer"):
                sent.refused += 1
        meta.put(session, LAST_PUSH, now_iso())
    return sent
