"""The revocations a desk holds, offered to the hub each round (DESIGN §6, "Incarnations and
revocation"; hub schema 7, `mornings.offer_revocations`).

A revocation signed without a hub (`mornings desk revoke`, `sync accept` without `--url`) travels
in bundles; when the organisation gets a hub, the next round of any desk that holds it gives it to
the hub, which hands it to every desk (`mornings.revocations()`, taken by `hub_wire.take_trust`).
Desks verify every revocation against the organisation key; the hub does not. Offered once per
new set of revocations and hub (a mark in `meta`), so an idle round sends nothing. The hub keeps
its own refusals (malformed, too large, over the login's share) to itself: it stores what it can,
and bundles still carry every revocation to the desks.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import psycopg

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.sync.revocation_check import revocation_records

OFFER_SINCE = 7  # hub schema version of `offer_revocations`
_BATCH = 100


def mark_key(hub_id: str) -> str:
    return f"sync.revocations_offered.{hub_id}"


def offer(ws: Workspace, conn: psycopg.Connection[Any], hub_id: str, schema_version: int) -> int:
    """Give the hub the revocations this desk holds (once per new set); how many it stored."""
    if schema_version < OFFER_SINCE:
        return 0
    key = mark_key(hub_id)
    with ws.db.read() as session:
        records = revocation_records(session)
        offered = meta.get(session, key)
    if not records:
        return 0
    mark = hashlib.sha256(json.dumps(records, sort_keys=True).encode()).hexdigest()
    if offered == mark:
        return 0
    stored = 0
    for k in range(0, len(records), _BATCH):
        rows = conn.execute(  # one row: how many it stored (a count, never NULL)
            "SELECT mornings.offer_revocations(%s::jsonb)",
            (json.dumps(records[k : k + _BATCH]),),
        ).fetchall()
        stored += sum(int(n) for (n,) in rows)
    conn.commit()
    with ws.db.write() as session:
        meta.put(session, key, mark)
    return stored
