"""The desk side of the hub's marks (DESIGN §6, "Hub"; the SQL is `hub_sql_marks.py`).

Each round, after its ordinary push, a desk reads `mornings.hub_marks(cursor)`:

- **the numbering**: when the hub's generation differs from the one this desk last saw (a hub
  restored from a dump), or the pull cursor is above the hub's highest `hub_seq`, or the
  numbering's fingerprint at the cursor (`ops.fold`: the XOR of the digests numbered up to it)
  differs from the one pulled there — the hub numbered other operations up to the cursor (a
  file-level restore, whose generation stays) — the hub was restored: the cursor goes back to 0 and the desk pulls
  everything again (idempotent: what it holds is recognised by digest and skipped);
- **the marks**: per incarnation `(desk_id, inc)`, the hub holds every `desk_seq` up to its mark.
  The desk sends again every operation it holds above a mark — its own and those it relays
  (signed ones of other desks, with their personal blocks) — whatever their `pushed` flag says:
  operations lost by a restore, and relayed ones an older version marked pushed, reach the hub.

It stays cheap when idle: one call to the hub and a few index probes per incarnation here. When the hub holds a gap
no desk can fill (an operation it refused), the desk would send what lies above it every round;
it remembers instead, per incarnation, the mark, how many the hub holds beyond it and its own
highest `desk_seq` when it last sent (`sync.marks.<hub_id>`), and sends again only when one of
them moves (a restore that lost some of those beyond the gap moves the second).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import push

Incarnation = tuple[str, str]  # (desk_id, inc); inc is '' for operations made before signing
_FIRST = "SELECT desk_id, inc FROM operations"


def generation_key(hub_id: str) -> str:
    return f"sync.generation.{hub_id}"


def cursor_fold_key(hub_id: str) -> str:
    return f"sync.cursor_fold.{hub_id}"


def memo_key(hub_id: str) -> str:
    return f"sync.marks.{hub_id}"


@dataclass(frozen=True)
class Marks:
    generation: str
    last_seq: int  # the hub's highest hub_seq (0: empty)
    cursor_fold: int | None  # the numbering's fingerprint at the desk's cursor
    marks: dict[Incarnation, tuple[int, int]]  # (mark, how many desk_seq held beyond a gap)


def read(conn: psycopg.Connection[Any], cursor: int) -> Marks | None:
    """The hub's marks (None for a login that is not a desk: `ingest` says so in a sentence)."""
    rows = conn.execute(
        "SELECT generation, last_seq, cursor_fold, desk_id, inc, mark, above "
        "FROM mornings.hub_marks(%s)",
        (cursor,),
    ).fetchall()
    conn.commit()
    if not rows:
        return None
    generation, last_seq, at_cursor = rows[0][:3]
    marks = {(str(r[3]), str(r[4])): (int(r[5]), int(r[6])) for r in rows if r[3] is not None}
    fold = None if at_cursor is None else int(at_cursor)
    return Marks(str(generation), int(last_seq or 0), fold, marks)


def renumbered(ws: Workspace, hub_id: str, found: Marks, cursor_key: str) -> bool:
    """Whether the hub was restored since this desk's last pull; if so the cursor is reset."""
    with ws.db.read() as session:
        known = meta.get(session, generation_key(hub_id))
        cursor = int(meta.get(session, cursor_key) or 0)
        fold = meta.get(session, cursor_fold_key(hub_id))
    restored = (
        (known is not None and known != found.generation)
        or cursor > found.last_seq
        or (cursor > 0 and bool(fold) and fold != str(found.cursor_fold))
    )
    if restored or known != found.generation:
        with ws.db.write() as session:
            meta.put(session, generation_key(hub_id), found.generation)
            if restored:
                meta.put(session, cursor_key, "0")
                meta.put(session, cursor_fold_key(hub_id), "")
                meta.put(session, memo_key(hub_id), "{}")
    return restored


def remember_cursor(session: Session, hub_id: str, fold: int | None) -> None:
    """Note the numbering's fingerprint at the cursor (none: the check is skipped there)."""
    meta.put(session, *cursor_note(hub_id, fold))


def cursor_note(hub_id: str, fold: int | None) -> tuple[str, str]:
    """The `meta` entry `remember_cursor` writes (a pull writes it with its other notes)."""
    return cursor_fold_key(hub_id), "" if fold is None else str(fold)


def _relayable(ws: Workspace) -> Any:
    """Operations this desk may deliver: signed ones of any desk, and its own unsigned ones
    (the hub takes an unsigned row only from the login that claimed its desk)."""
    return or_(Operation.body.is_not(None), Operation.desk_id == ws.desk_id)


def _tops(session: Session) -> dict[Incarnation, int]:
    """Per incarnation held here, its highest desk_seq: a skip-scan of the index (desk_id, inc,
    desk_seq), a few probes per incarnation (a GROUP BY reads the whole log: 40 ms at 100,000)."""
    conn = sqlite_connection(session)
    found: dict[Incarnation, int] = {}
    row = conn.execute(_FIRST + " ORDER BY desk_id, inc LIMIT 1").fetchone()
    while row is not None:
        desk_id, inc = row
        top = conn.execute(
            "SELECT max(desk_seq) FROM operations WHERE desk_id = ? AND inc IS ?", (desk_id, inc)
        ).fetchone()[0]
        found[(str(desk_id), str(inc or ""))] = int(top)
        same_desk = "inc IS NOT NULL" if inc is None else "inc > ?"
        row = (
            conn.execute(
                f"{_FIRST} WHERE desk_id = ? AND {same_desk} ORDER BY desk_id, inc LIMIT 1",
                (desk_id,) if inc is None else (desk_id, inc),
            ).fetchone()
            or conn.execute(
                f"{_FIRST} WHERE desk_id > ? ORDER BY desk_id, inc LIMIT 1", (desk_id,)
            ).fetchone()
        )
    return found


def _ahead(tops: dict[Incarnation, int], found: Marks) -> dict[str, list[int]]:
    """The incarnations held here beyond the hub's mark: key → [mark, held beyond it, top]."""
    ahead: dict[str, list[int]] = {}
    for (d, i), top in tops.items():
        mark, above = found.marks.get((d, i), (0, 0))
        if top > mark:
            ahead[f"{d}/{i}"] = [mark, above, top]
    return ahead


def repush(
    ws: Workspace,
    conn: psycopg.Connection[Any],
    hub_id: str,
    found: Marks,
    cursor: int,
    batch: int,
    count: Callable[[push.Sent], None],
) -> int:
    """Send again what this desk holds above the hub's marks; how many operations were sent."""
    with ws.db.read() as session:
        tops = _tops(session)
        memo = json.loads(meta.get(session, memo_key(hub_id)) or "{}")
        ahead = _ahead(tops, found)
        todo: list[str] = []
        for key, (mark, _, _) in ahead.items():
            if memo.get(key) == ahead[key]:
                continue  # sent already against this very mark: the hub keeps a gap
            desk_id, inc = key.split("/", 1)
            todo += session.scalars(
                select(Operation.op_id)
                .where(
                    Operation.desk_id == desk_id,
                    Operation.inc.is_(None) if inc == "" else Operation.inc == inc,
                    Operation.desk_seq > mark,
                    _relayable(ws),
                    Operation.op_id.not_in(select(QuarantinedOp.op_id)),
                )
                .order_by(Operation.desk_seq)
            ).all()
    if not ahead and not memo:
        return 0
    sent_count = 0
    for k in range(0, len(todo), batch):
        sent = push.send(
            ws,
            conn,
            push.columns()
            .where(Operation.op_id.in_(todo[k : k + batch]))
            .order_by(Operation.desk_id, Operation.desk_seq),
        )
        if sent is not None:
            count(sent)
            sent_count += sent.count
    after = read(conn, cursor) if sent_count else found
    remembered = _ahead(tops, after) if after is not None else {}
    if remembered != memo:
        with ws.db.write() as session:
            meta.put(session, memo_key(hub_id), json.dumps(remembered, sort_keys=True))
    return sent_count
