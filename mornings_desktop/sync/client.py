"""The desk side of sync: one round = push what the hub has not confirmed, then pull what is new.

Promises:
- **nothing lost**: an operation is marked `pushed` only after the hub answered `stored` or
  `present` for it (a push whose answer was lost is simply sent again: the hub says `present`);
  operations the hub refuses are quarantined locally with its reason, never deleted;
- **nothing applied twice**: pulled operations go through `ledger.ingest`, which skips known
  op_ids, in the same SQLite transaction that moves the pull cursor forward, so a desk killed at
  any moment resumes exactly where its last COMMIT left it (a batch fetched from the hub is
  applied in chunks (`pull`), one transaction and cursor per chunk, so the door's scans never
  wait long behind a pull);
- **same apply**: pulled operations are folded by the ledger's `apply`, like local ones; one that
  cannot be applied is quarantined with the error, the rest of the batch goes in.

The pull cursor is kept in `meta` per hub id (`sync.cursor.<hub_id>`).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import (
    hub_clock,
    hub_marks,
    hub_revocation_offer,
    hub_schema,
    hub_wire,
    incarnations,
    pull,
    refused_relay,
    revocation_check,
)
from mornings_desktop.sync import hub_records as records
from mornings_desktop.sync.hub_schema import HubError, HubInfo
from mornings_desktop.sync.pull import (
    BATCH,
    HUB_ID,
    LAST_PULL,
    MARKS_SINCE,
    Progress,
    cursor_key,
)
from mornings_desktop.sync.push import BATCH as _PUSH_BATCH
from mornings_desktop.sync.push import LAST_PUSH, Sent, send_keys, unsent_keys
from mornings_desktop.sync.quarantine import counts, sequence_gaps
from mornings_desktop.timeutil import from_iso, now_iso, now_utc, to_iso

HUB_URL = "sync.hub_url"  # without password
PUSH_BATCH = _PUSH_BATCH  # operations per `ingest` call (`sync_round(batch=)` sets both)
LAST_ERROR = "sync.last_error"


@dataclass
class RoundResult:
    """What one sync round did (`--json` of `mornings sync`)."""

    hub: str
    pushed: int = 0  # newly stored on the hub
    confirmed: int = 0  # already there (a repeated push)
    refused: int = 0  # quarantined
    pulled: int = 0  # rows read from the hub
    applied: int = 0  # new here
    quarantined: int = 0  # received but not applicable
    waiting: int = 0  # still not on the hub after the round
    resent: int = 0  # sent again because the hub lacked them (restore, relay): `hub_marks`
    renumbered: bool = False  # the hub was restored: pulled again from the start
    clock_offset_s: float | None = None  # this desk's clock minus the hub's (None: not measured)
    clock_off: bool = False  # more than 2 minutes off: the desk person is told so
    fresh_ops: list[Op] = field(default_factory=list, repr=False)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("fresh_ops")
        return data

    def add(self, sent: Sent) -> None:
        self.pushed += sent.stored
        self.confirmed += sent.present
        self.refused += sent.refused


# -- status ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SyncStatus:
    hub_url: str | None
    waiting: int
    quarantined: int
    last_push: str | None
    last_pull: str | None
    last_error: str | None
    held_waiting: int = 0  # quarantine: retried each round
    refused: int = 0  # quarantine: kept, never applied
    gaps: dict[str, list[int]] = field(default_factory=dict)  # desk id → missing desk_seq (≤ 20)
    clock_offset_s: float | None = None  # at the last round: this desk's clock minus the hub's
    # Desks of which two databases write at the same time (a copied database): `incarnations`.
    copies: list[str] = field(default_factory=list)
    # What the hub refused of the organisation's records (a rotation too large…): `hub_records`.
    records_refused: list[str] = field(default_factory=list)
    # Desks whose join file (without a hub) two databases joined with: desk id → name.
    joined_twice: dict[str, str] = field(default_factory=dict)
    # Revocations signed by a key this desk does not know yet (waiting for their rotation).
    revocations_waiting: int = 0

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def waiting_count(session: Session) -> int:
    held = select(QuarantinedOp.op_id)
    return int(
        session.execute(
            select(func.count())
            .select_from(Operation)
            .where(Operation.pushed.is_(False), Operation.op_id.not_in(held))
        ).scalar_one()
    )


def status(ws: Workspace) -> SyncStatus:
    with ws.db.read() as session:
        rooms = counts(session)
        return SyncStatus(
            held_waiting=rooms["waiting"],
            refused=rooms["refused"],
            gaps=sequence_gaps(session),
            hub_url=meta.get(session, HUB_URL),
            waiting=waiting_count(session),
            quarantined=int(
                session.execute(select(func.count()).select_from(QuarantinedOp)).scalar_one()
            ),
            last_push=meta.get(session, LAST_PUSH),
            last_pull=meta.get(session, LAST_PULL),
            last_error=meta.get(session, LAST_ERROR),
            clock_offset_s=hub_clock.parse_offset(meta.get(session, hub_clock.CLOCK_OFFSET)),
            copies=incarnations.copied_desks(session),
            records_refused=[str(n) for n in records.notices(session)],
            joined_twice=incarnations.joined_twice(session),
            revocations_waiting=revocation_check.waiting_count(session),
        )


def record_error(ws: Workspace, message: str | None) -> None:
    """Remember the last failure (shown by the status), or clear it."""
    with ws.db.write() as session:
        meta.put(session, LAST_ERROR, message or "")


# -- the round ----------------------------------------------------------------------------------
class HubConnection:
    """A connection to the hub kept between rounds; reopened after any failure."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._conn: psycopg.Connection[Any] | None = None

    def get(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._conn = hub_schema.connect(self.url)
        return self._conn

    def reset(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None

    def close(self) -> None:
        self.reset()


def check_hub(ws: Workspace, info: HubInfo) -> None:
    """Refuse a hub made by a newer version, or of another organisation."""
    hub_schema.check_version(info.schema_version)
    if info.org_id != ws.org_id:
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The hub belongs to another organisation; nothing was sent or received. "
                "Join the organisation first ('mornings join').",
            )
        )


def sync_round(
    ws: Workspace,
    url: str | HubConnection,
    *,
    batch: int | None = None,
    progress: Progress | None = None,
    push: bool = True,
    pull: bool = True,
    wall_clock: Callable[[], datetime] = now_utc,
) -> RoundResult:
    """One push then pull with the hub at `url` (a desk URL with its password).

    Raises HubError when the hub cannot be used (nothing is changed then). A failure half-way
    keeps what was committed on both sides; the next round finishes the work. `wall_clock` is
    this desk's clock, compared with the hub's each round (`hub_clock`).
    """
    push_batch = batch or PUSH_BATCH
    batch = batch or BATCH
    hub = url if isinstance(url, HubConnection) else HubConnection(url)
    result = RoundResult(hub=hub_schema.redact(hub.url))
    try:
        conn = hub.get()
        info = hub_schema.read_info(conn)
        conn.commit()
        check_hub(ws, info)
        result.clock_offset_s = hub_clock.exchange(conn, wall_clock)
        result.clock_off = hub_clock.is_off(result.clock_offset_s)
        if push:
            records.offer(ws, conn, info.hub_id, info.schema_version)
            hub_revocation_offer.offer(ws, conn, info.hub_id, info.schema_version)
            _push(ws, conn, push_batch, result, progress)
        if info.schema_version >= MARKS_SINCE:
            _heal(ws, conn, info, batch, result, push=push)
        if pull:
            _pull(ws, conn, info, batch, result, progress)
        if push:
            hub_wire.scrub(ws, conn, info.hub_id)
            # Last, and never failing the round: for the organiser's review (`sync accept`).
            refused_relay.relay(ws, conn)
    except psycopg.Error as exc:
        hub.reset()
        raise hub_schema.explain_round_error(hub.url, exc) from exc
    except BaseException:
        hub.reset()
        raise
    finally:
        if not isinstance(url, HubConnection):
            hub.close()
    hub_clock.remember(ws, result.clock_offset_s)
    with ws.db.read() as session:
        result.waiting = waiting_count(session)
    if result.fresh_ops:
        ws.notify(result.fresh_ops)
    return result


def _push(
    ws: Workspace,
    conn: psycopg.Connection[Any],
    batch: int,
    result: RoundResult,
    progress: Progress | None,
) -> None:
    def heard(sent: Sent) -> None:
        result.add(sent)
        if progress is not None and sent.stored + sent.present:
            progress("push", result.pushed + result.confirmed)

    any_sent = False
    previous: list[str] = []
    while True:  # again until nothing is left: what was recorded meanwhile goes too
        with ws.db.read() as session:
            keys = unsent_keys(session)
        if not keys or keys == previous:  # (no progress: never loop forever)
            break
        any_sent, previous = True, keys
        send_keys(ws, conn, keys, heard, batch=batch)
    if not any_sent:
        _touch(ws, LAST_PUSH)


def _heal(
    ws: Workspace,
    conn: psycopg.Connection[Any],
    info: HubInfo,
    batch: int,
    result: RoundResult,
    *,
    push: bool,
) -> None:
    """Compare with the hub's marks: pull again after a restore, send again what it lacks."""
    key = cursor_key(info.hub_id)
    with ws.db.read() as session:
        cursor = int(meta.get(session, key) or 0)
    found = hub_marks.read(conn, cursor)
    if found is None:
        return
    if hub_marks.renumbered(ws, info.hub_id, found, key):
        result.renumbered, cursor = True, 0
    if push:
        result.resent += hub_marks.repush(ws, conn, info.hub_id, found, cursor, batch, result.add)


def _pull(
    ws: Workspace,
    conn: psycopg.Connection[Any],
    info: HubInfo,
    batch: int,
    result: RoundResult,
    progress: Progress | None,
) -> None:
    done = pull.pull(
        ws, conn, info, batch, progress, touch=lambda: _touch(ws, LAST_PULL, hub_id=info.hub_id)
    )
    result.pulled += done.pulled
    result.applied += done.applied
    result.quarantined += done.quarantined
    result.fresh_ops.extend(done.fresh)


def _touch(ws: Workspace, key: str, *, hub_id: str | None = None) -> None:
    """Note a successful idle contact, but write (and fsync) it at most once a minute: an idle
    round every 30 s must stay cheap. The status may thus lag by up to a minute when idle."""
    with ws.db.read() as session:
        last = meta.get(session, key)
        known_hub = meta.get(session, HUB_ID)
    if last and known_hub == (hub_id or known_hub) and last > _minus_seconds(now_iso(), 60):
        return
    with ws.db.write() as session:
        meta.put(session, key, now_iso())
        if hub_id is not None:
            meta.put(session, HUB_ID, hub_id)


def _minus_seconds(iso: str, seconds: int) -> str:
    from datetime import timedelta

    return to_iso(from_iso(iso) - timedelta(seconds=seconds))


def wait_backoff(attempt: int, *, base: float = 30.0, cap: float = 600.0) -> float:
    """Seconds before retry number `attempt` (1, 2, …) after failures: 30 s doubling up to 10 min."""
    return float(min(cap, base * (2 ** max(0, attempt - 1))))


def monotonic() -> float:
    return time.monotonic()
