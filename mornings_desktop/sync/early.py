"""A joining desk is usable before its history is complete (issue 18).

A new laptop joining a hub of ten years of Mornings cannot apply 100,000 operations in the time a
door can wait. So the first pull of a large hub runs in two passes:

1. **the current Mornings first** (this module): one scan of the hub's rows reads only the ids
   each payload names, with the hub's own JSON functions on the rows `mornings.pull` returns (no
   new hub function, no new right for desk logins, hub schema unchanged); `early_select.choose`
   picks what a desk needs to work (the organisation's lists, the current and coming Mornings,
   their registrations, check-ins and people, whenever these were made); only those rows are
   fetched again (each run of consecutive chosen rows as one `pull(after, n)`, all in one
   statement per thousand rows), checked and applied, in chunks, as a pull applies them. The desk is then
   **usable**: `progress("ready", total)` and the `meta` entry `HISTORY_PENDING` (the hub's id)
   say so; the door can admit a person registered for the current Morning;
2. **the history**: the plain pull, from the same cursor, in the hub's order. It moves the cursor
   exactly as it always did; what the first pass applied comes again and is skipped as held. So
   after the whole join the desk holds exactly what a plain pull gives, whatever the first pass
   chose. `pull` clears `HISTORY_PENDING` once it has read to the hub's end.

Why the desk chooses and not the hub: the hub does not know an operation's Morning (a
registration's edit names only the registration, a person's only the person): it would need to
follow the same links, in new tables kept by `ingest`, under schema 9. The desk's scan costs one
read of the hub's rows (a plain fetch, about 2 % of the join here).

Every guarantee of the pull stays: nothing moves the cursor here, so a desk killed at any moment
starts this pass again (cursor still 0, `HISTORY_PENDING` not yet set: what it applied is held)
or continues the history; each chunk is one transaction and the door's scans take the lock
between chunks (`wait`); `progress` may raise to cancel between chunks; the certificates and
revocations were taken before (`hub_wire.take_trust`), and each chunk runs the revocation check.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import delete

from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.history_gate import cutoff as cutoff
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.meta_keys import HISTORY_PENDING
from mornings_desktop.store.schema import Meta
from mornings_desktop.sync import admission, hub_wire, pipeline
from mornings_desktop.sync.early_select import Ref, choose
from mornings_desktop.sync.quarantine import admit_raw
from mornings_desktop.sync.verify_pool import VerifyPool
from mornings_desktop.trust.signed_op import CertificateLookup

# Below this many rows on the hub a pull simply runs in order (a few seconds at most);
# MORNINGS_EARLY_MIN changes it (tests, and demonstrations on a small hub).
EARLY_MIN = int(os.environ.get("MORNINGS_EARLY_MIN") or 5000)
SCAN_PAGE = 10000  # the most rows `mornings.pull` returns at once
CHUNK = 100  # operations per write transaction of this pass (a scan waits for one at most)

Progress = Callable[[str, int], None]

_SCAN_SQL = """
SELECT hub_seq, type,
       CASE WHEN starts_with(type, 'morning.') THEN p->>'id'
            ELSE coalesce(p->>'morning_id', p->'fields'->>'morning_id') END,
       CASE WHEN starts_with(type, 'morning.') THEN p->'fields'->>'date' END,
       p->>'id',
       p->>'registration_id',
       coalesce(p->'fields'->>'person_id', p->>'person_id'),
       coalesce(p->>'into', p->'fields'->>'session_id'),
       CASE WHEN type = 'import.batch' THEN (p->'registrations')::text END
FROM (SELECT r.hub_seq, r.type, r.payload::jsonb AS p FROM mornings.pull(%s, %s) r) s
"""
# The chosen rows only: each run of consecutive chosen rows is one `pull(after, n)` (the hub
# computes no row it does not send), all the runs of a batch in one statement.
_FETCH_SQL = (
    "SELECT p.hub_seq, p.op_id, p.desk_id, p.desk_seq, p.hlc, p.type, p.payload, p.body, p.sig,"
    " p.personal FROM unnest(%s::bigint[], %s::int[]) WITH ORDINALITY AS r(after, n, k),"
    " LATERAL mornings.pull(r.after, r.n) p WHERE p.hub_seq = ANY(%s) ORDER BY r.k, p.hub_seq"
)
FETCH_ROWS = 1000  # chosen rows fetched per statement


@dataclass
class Early:
    """What the first pass did: `total` rows on the hub past the cursor, `chosen` of them
    applied first (`applied` new here, `quarantined` set aside)."""

    total: int
    chosen: int
    applied: int = 0
    quarantined: int = 0
    fresh: list[Op] = field(default_factory=list)


def wanted(ws: Workspace, hub_id: str, cursor: int) -> bool:
    """A first pull from this hub whose current Mornings were not applied first yet."""
    if cursor != 0:
        return False
    return ws.meta(HISTORY_PENDING) != hub_id


def run(
    ws: Workspace,
    conn: psycopg.Connection[Any],
    hub_id: str,
    lookup: CertificateLookup,
    pool: VerifyPool,
    progress: Progress | None,
    *,
    wait: Callable[[], None] | None = None,
    today: dt.date | None = None,
) -> Early | None:
    """The first pass; None when the hub is small (or its rows cannot be read this way)."""
    refs = _scan(conn)
    if refs is None or len(refs) < EARLY_MIN:
        return None
    chosen = choose(refs, cutoff(today))
    out = Early(total=len(refs), chosen=len(chosen))
    for (_, raws), checked in pipeline.checked_batches(
        _chosen_rows(conn, refs, chosen), lambda got: got[1], lookup, _held_of(ws), pool
    ):
        if wait is not None:
            wait()
        with ws.db.write(durable=False) as session:
            admitted = admit_raw(session, raws, "pull", checked)
            hub_wire.mark_pushed(session, raws, admitted.fresh)
        out.applied += len(admitted.fresh)
        out.quarantined += admitted.refused + admitted.waiting
        out.fresh.extend(admitted.fresh)
        if progress is not None:
            progress("early", out.applied)
    with ws.db.write() as session:  # the usable point, durable
        meta.put(session, HISTORY_PENDING, hub_id)
    if progress is not None:
        progress("ready", out.total)
    return out


def history_done(ws: Workspace) -> None:
    """The history pull read the hub to its end: nothing of the past is missing any more."""
    if ws.meta(HISTORY_PENDING) is None:
        return
    with ws.db.write() as session:
        session.execute(delete(Meta).where(Meta.key == HISTORY_PENDING))


def _scan(conn: psycopg.Connection[Any]) -> list[Ref] | None:
    refs: list[Ref] = []
    after = 0
    try:
        while True:
            rows = conn.execute(_SCAN_SQL, (after, SCAN_PAGE)).fetchall()
            conn.commit()
            refs.extend(Ref(int(r[0]), *r[1:]) for r in rows)
            if len(rows) < SCAN_PAGE:  # the hub's last page (an empty one too)
                break
            after = int(rows[-1][0])
    except psycopg.DataError:  # a row whose payload is not JSON: the plain pull will say
        conn.rollback()
        return None
    return refs


Batch = tuple[list[int], list[dict[str, Any]]]


def runs(refs: list[Ref], chosen: set[int]) -> list[tuple[int, int]]:
    """`(after, n)` for each run of consecutive chosen rows in the scan's order: `pull(after, n)`
    returns exactly that run."""
    out: list[tuple[int, int]] = []
    previous, inside = 0, False
    for ref in refs:
        if ref.hub_seq not in chosen:
            inside = False
        elif inside:
            out[-1] = (out[-1][0], out[-1][1] + 1)
        else:
            out.append((previous, 1))
            inside = True
        previous = ref.hub_seq
    return out


def _chosen_rows(
    conn: psycopg.Connection[Any], refs: list[Ref], chosen: set[int]
) -> Iterator[Batch]:
    """The chosen rows fetched again in full, `FETCH_ROWS` at a time, cut in `CHUNK`s, each with
    its entries for `admit_raw`."""
    wanted_runs = runs(refs, chosen)
    seqs = sorted(chosen)
    sent: set[int] = set()
    start = 0
    while start < len(wanted_runs):
        group: list[tuple[int, int]] = []
        size = 0
        while start < len(wanted_runs) and (
            not group or size + wanted_runs[start][1] <= FETCH_ROWS
        ):
            group.append(wanted_runs[start])
            size += wanted_runs[start][1]
            start += 1
        fetched = conn.execute(
            _FETCH_SQL, ([a for a, _ in group], [n for _, n in group], seqs)
        ).fetchall()
        conn.commit()
        # a row gone from the hub since the scan lets a run reach into the next: each row once
        rows = []
        for row in fetched:
            if int(row[0]) not in sent:
                sent.add(int(row[0]))
                rows.append(row)
        for k in range(0, len(rows), CHUNK):
            part = rows[k : k + CHUNK]
            yield [int(r[0]) for r in part], [hub_wire.pulled_entry(r[1:10]) for r in part]


def _held_of(ws: Workspace) -> admission.HeldOf:
    def held(digests: list[str]) -> set[str]:
        with ws.db.read() as session:
            return admission.held_in(session)(digests)

    return held
