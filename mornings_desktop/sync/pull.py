"""The pull half of a sync round (`client.sync_round`): what is new on the hub, checked then
applied chunk by chunk.

- **checked before the write lock, beside the apply**: a fetched batch's signatures, envelopes,
  roles and personal blocks are checked first (`admission.start_check`, certificates read once per
  pull), in no write transaction, so a scan at the door never waits behind them; the signatures
  of the next batches are checked by worker processes while this one is applied
  (`pipeline.checked_batches`, `verify_pool`); the revocation check and everything that writes
  run inside each chunk's transaction;
- **checkpoints off the chunks**: the desk's background checkpointer copies the WAL back while
  the pull goes on (`store.checkpoints.desk_checkpointer`), no COMMIT of a chunk does it;
- **chunks in few transactions**: each transaction is committed with the cursor moved to the last
  row of its last chunk, so a desk killed at any moment resumes at the first chunk it had not
  committed (each pulled operation is idempotent: nothing lost, nothing applied twice); chunks are
  sized to take about `CHUNK_TARGET_S` each, and a transaction goes on chunk after chunk (at most
  `TX_MOST_S`, within one fetched batch) only while no write of this desk waits, so a scan waits
  for one chunk at most;
- **progress and cancel**: `progress("pull", n)` after each transaction; it may raise to stop the
  pull between two transactions (what was committed stays);
- **the current Mornings first**: the first pull from a large hub applies what a desk needs to
  work before the history (`sync.early`: `progress("early", n)`, then `progress("ready", total)`
  when the desk is usable); the history pull below is unchanged, and clears the pending mark
  once it has read to the hub's end.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.checkpoints import desk_checkpointer
from mornings_desktop.sync import admission, early, hub_marks, hub_wire, pipeline
from mornings_desktop.sync.admission import Checked
from mornings_desktop.sync.hub_schema import HubInfo
from mornings_desktop.sync.quarantine import admit_raw, counts, retry
from mornings_desktop.sync.verify_pool import VerifyPool
from mornings_desktop.timeutil import now_iso

BATCH = 1000  # rows fetched from the hub per query
# Pulled operations applied per SQLite write transaction (issue 18: a scan's BEGIN IMMEDIATE waits
# for at most one chunk, not for a whole batch of 1,000): the first chunk's size.
APPLY_CHUNK = 200
# Each transaction aims at CHUNK_TARGET_S (a scan waiting behind it stays well under the door's
# 50 ms): smaller chunks when the machine is slow, never fewer than MIN_CHUNK operations (a COMMIT
# costs an fsync); larger ones when it is fast, up to MAX_CHUNK and at most twice the last one.
# MAX_CHUNK stays at the first chunk's size: a chunk is what a waiting scan may wait for whole,
# and a larger one starved of the processor (the round's child runs at a lower priority) held the
# lock for seconds; fewer COMMITs come from transactions of several chunks (TX_MOST_S).
CHUNK_TARGET_S = 0.04
MIN_CHUNK = 20
MAX_CHUNK = APPLY_CHUNK
# Called before each chunk's transaction: the round's child process waits there while the
# window's process has a write waiting (a scan), so the scan takes the lock next (`round_process`).
before_chunk: Callable[[], None] | None = None
# A transaction goes on past its first chunk, chunk after chunk of the same fetched batch, for at
# most TX_MOST_S, while no write of this desk waits (`writers_waiting`: the window's, told to the
# round's child process by `round_process`; else this process's own, `Database.writers_waiting`):
# a COMMIT writes every page its chunks touched, and pulled operations land all over the tables'
# random-keyed indexes (ids, digests, codes), so one COMMIT per 35-200 operations wrote each such
# page again and again (issue 18: ~13 pages per operation of the demo's mix on a loaded machine).
# A waiting write still gets the lock at the end of the chunk under way.
TX_MOST_S = 0.2
writers_waiting: Callable[[], bool] | None = None
HUB_ID = "sync.hub_id"
LAST_PULL = "sync.last_pull"
MARKS_SINCE = 5  # hub schema version that answers `hub_marks` (and numbers folds)

Progress = Callable[[str, int], None]


def cursor_key(hub_id: str) -> str:
    return f"sync.cursor.{hub_id}"


class Pulled:
    """What a pull did (added into the round's result by the caller)."""

    def __init__(self) -> None:
        self.pulled = 0
        self.applied = 0
        self.quarantined = 0
        self.fresh: list[Op] = []


def pull(
    ws: Workspace,
    conn: psycopg.Connection[Any],
    info: HubInfo,
    batch: int,
    progress: Progress | None,
    *,
    touch: Callable[[], None],
) -> Pulled:
    """Everything the hub holds past this desk's cursor, checked and applied."""
    out = Pulled()
    key = cursor_key(info.hub_id)
    # WAL checkpoints leave the chunks' COMMITs for the desk's background checkpointer (the one
    # policy, `store.checkpoints`): inside them they cost a joining desk a fifth of its time.
    desk_checkpointer(ws.db)
    with ws.db.read() as session:
        cursor = int(meta.get(session, key) or 0)
        pending = counts(session)["waiting"]
    # New certificates and revocations first: what they change (waiting operations now
    # verifiable, a revoked desk's operations leaving the log) is done before anything is pulled.
    changed = hub_wire.take_trust(ws, conn, info.schema_version)
    out.applied += len(changed.fresh)
    out.fresh.extend(changed.touched)
    if pending and not changed.retried:
        # edits that were not due yet, handlers that failed: tried again each round
        with ws.db.write() as session:
            again = retry(session)
        out.applied += len(again.fresh)
        out.fresh.extend(again.fresh)
    with ws.db.read() as session:  # certificates do not change during the pull (taken above)
        lookup = admission.certificate_lookup(session)
    size = APPLY_CHUNK
    waiting = writers_waiting or (lambda: ws.db.writers_waiting() > 0)
    fetched = _fetch(conn, info, cursor, batch, touch)
    with VerifyPool() as pool:
        if early.wanted(ws, info.hub_id, cursor):
            ahead = early.run(ws, conn, info.hub_id, lookup, pool, progress, wait=before_chunk)
            if ahead is not None:
                out.applied += ahead.applied
                out.quarantined += ahead.quarantined
                out.fresh.extend(ahead.fresh)
        for (rows, raws), checked in pipeline.checked_batches(
            fetched, lambda got: got[1], lookup, _held_of(ws), pool
        ):
            part = _slicer(checked, raws)
            start = 0
            while start < len(rows):
                if before_chunk is not None:
                    before_chunk()
                opened, first = time.monotonic(), start
                with ws.db.write(durable=False) as session:
                    while True:  # chunk after chunk, while nothing waits (TX_MOST_S)
                        end = min(len(rows), start + size)
                        began = time.monotonic()
                        # A refused row is kept aside, the cursor moves on.
                        admitted = admit_raw(session, raws[start:end], "pull", part(start, end))
                        out.applied += len(admitted.fresh)
                        out.quarantined += admitted.refused + admitted.waiting
                        out.fresh.extend(admitted.fresh)
                        # Our own operations coming back: the hub has them, whatever our last
                        # push heard.
                        hub_wire.mark_pushed(session, raws[start:end], admitted.fresh)
                        now = time.monotonic()
                        size = chunk_size(end - start, now - began, size)
                        start = end
                        if start >= len(rows) or now - opened >= TX_MOST_S or waiting():
                            break
                        # The next chunk sees the tables as a new session would: handlers'
                        # plain SQL leaves ORM objects of this session stale (read anew).
                        session.flush()
                        session.expunge_all()
                    _note(
                        session,
                        [
                            (key, str(int(rows[start - 1][0]))),
                            hub_marks.cursor_note(info.hub_id, rows[start - 1][10]),
                            (HUB_ID, info.hub_id),
                            (LAST_PULL, now_iso()),
                        ],
                    )
                out.pulled += start - first
                if progress is not None:
                    progress("pull", out.pulled)
    early.history_done(ws)
    if out.quarantined:
        # An ancestor a revoked desk's operation waited for may have come in a later batch.
        with ws.db.write() as session:
            again = retry(session)
        out.applied += len(again.fresh)
        out.fresh.extend(again.fresh)
    return out


Batch = tuple[list[tuple[Any, ...]], list[dict[str, Any]]]
_META_PUT_SQL = (
    "INSERT INTO meta (key, value) VALUES (?, ?)"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def _note(session: Session, entries: list[tuple[str, str]]) -> None:
    """`meta.put` of each entry, in one plain statement (a chunk writes four: a tenth of a small
    chunk's time through SQLAlchemy under load)."""
    sqlite_connection(session).executemany(_META_PUT_SQL, entries)


def _fetch(
    conn: psycopg.Connection[Any], info: HubInfo, cursor: int, batch: int, touch: Callable[[], None]
) -> Iterator[Batch]:
    """The hub's rows past `cursor`, `batch` at a time, each with its entries for `admit_raw`.
    Read ahead of the apply (the cursor stored moves only with each applied chunk)."""
    while True:
        rows = conn.execute(
            "SELECT hub_seq, op_id, desk_id, desk_seq, hlc, type, payload, body, sig, personal, "
            + ("fold" if info.schema_version >= MARKS_SINCE else "NULL::bigint")
            + " FROM mornings.pull(%s, %s)",
            (cursor, batch),
        ).fetchall()
        conn.commit()
        if not rows:
            touch()
            return
        yield rows, [hub_wire.pulled_entry(row[1:10]) for row in rows]
        cursor = int(rows[-1][0])
        if len(rows) < batch:
            return


def _held_of(ws: Workspace) -> admission.HeldOf:
    """What this desk holds among some digests, read with no write lock held."""

    def held(digests: list[str]) -> set[str]:
        with ws.db.read() as session:
            return admission.held_in(session)(digests)

    return held


def _slicer(checked: Checked, raws: list[dict[str, Any]]) -> Callable[[int, int], Checked]:
    """`slice(start, end)`: the part of `checked` whose entries lie in rows [start, end) of the
    batch (each list sorted by row once, then cut by bisection: a batch has many chunks)."""
    at = {id(raw): n for n, raw in enumerate(raws)}

    def by_row(items: list[Any]) -> tuple[list[int], list[Any]]:
        ranked = sorted(((at[id(item[1])], item) for item in items), key=lambda p: p[0])
        return [n for n, _ in ranked], [item for _, item in ranked]

    lists = [by_row(checked.passed), by_row(checked.refused), by_row(checked.waiting)]

    def cut(start: int, end: int) -> Checked:
        parts = [
            items[bisect.bisect_left(rows, start) : bisect.bisect_left(rows, end)]
            for rows, items in lists
        ]
        return Checked(parts[0], parts[1], parts[2], checked.malformed, checked.validated)

    return cut


def chunk_size(done: int, took_s: float, size: int = APPLY_CHUNK) -> int:
    """The next chunk's size after one of `done` operations (of `size` planned) that took
    `took_s`: as many operations as its pace fits in `CHUNK_TARGET_S`, between `MIN_CHUNK` and
    `MAX_CHUNK`, at most twice `size` (a loaded machine applies fewer per transaction, so a scan
    still waits about the same; a fast one grows step by step). A batch's short tail (under half
    of `size`) says too little about the pace: the size stays."""
    if done < size // 2:
        return size
    most = min(MAX_CHUNK, 2 * size)
    if took_s <= 0:
        return most
    return max(MIN_CHUNK, min(most, int(done * CHUNK_TARGET_S / took_s)))
