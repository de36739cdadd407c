"""A revoked desk's operations that this desk refused, handed to the hub all the same (DESIGN §6,
"Incarnations and revocation": `sync accept DIGEST…` takes held ones back one by one).

An operation refused because of a revocation may still be genuine: the organiser reviews them on
the hub (`sync accept --url ADMIN_URL` lists what the hub set aside). When it reached this desk by
a bundle after the revocation, the hub never received it, so no desk could offer it for review.
Each round therefore delivers the signed form the refused room keeps (`{"body", "sig",
"personal"}`) to `mornings.ingest`, like any relay: the hub's `ingest` sets it
aside in `mornings.revoked_ops` (it answers `present`), where `sync accept` finds it. Once the
hub answered, the room's row is marked `relayed` (its source) and never sent again; it stays
refused here until a revised revocation accepts it.

It comes last in a round and never fails it: a stolen laptop's flood handed to a door desk must
not keep that desk's own admissions from the hub. When the hub refuses the call (this login's
hourly quota spent), the failure is logged and the rest waits for a later round.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import psycopg
from sqlalchemy import select, update

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync.quarantine import REFUSED
from mornings_desktop.sync.revocation_check import REVOKED

log = logging.getLogger(__name__)

RELAYED = "relayed"  # the source of a refused operation once the hub holds it (set aside)
_KEEP = ("pull", "push", RELAYED)  # came from the hub, or was refused by it: nothing to hand
_BATCH = 500


def _wire(text: str) -> dict[str, Any] | None:
    """What a push sends for a kept signed operation (None if the kept text is not one)."""
    try:
        kept = json.loads(text)
        if not isinstance(kept, dict) or not isinstance(kept.get("body"), str):
            return None
        fields = json.loads(kept["body"])
    except (ValueError, RecursionError):
        return None
    if not isinstance(fields, dict) or not isinstance(kept.get("sig"), str):
        return None
    wire: dict[str, Any] = {
        name: fields.get(name) for name in ("op_id", "desk_id", "desk_seq", "hlc", "type")
    }
    wire["payload"] = json.dumps(fields.get("payload"), ensure_ascii=False)
    wire["body"], wire["sig"] = kept["body"], kept["sig"]
    if isinstance(kept.get("personal"), dict) and kept["personal"]:
        wire["personal"] = kept["personal"]
    return wire


def relay(ws: Workspace, conn: psycopg.Connection[Any]) -> int:
    """Deliver the operations refused here by a revocation that the hub may lack; returns how
    many the hub now holds (set aside)."""
    with ws.db.read() as session:
        rows = session.execute(
            select(QuarantinedOp.op_id, QuarantinedOp.op_json).where(
                QuarantinedOp.room == REFUSED,
                QuarantinedOp.reason.startswith(REVOKED),
                QuarantinedOp.source.not_in(_KEEP),
            )
        ).all()
    pending = [(str(key), wire) for key, text in rows if (wire := _wire(str(text))) is not None]
    held: list[str] = []
    for k in range(0, len(pending), _BATCH):
        chunk = pending[k : k + _BATCH]
        try:
            answer = conn.execute(
                "SELECT op_id, status FROM mornings.ingest(%s::jsonb)",
                (json.dumps([wire for _, wire in chunk]),),
            ).fetchall()
            conn.commit()
        except psycopg.Error as exc:
            if not (exc.sqlstate or "").startswith("MH"):
                raise  # not the hub's own refusal: the connection failed
            conn.rollback()  # the hub's own refusal (this login's quota): a later round
            log.warning("the hub took no more refused operations this round", exc_info=True)
            break
        # The hub answers in the order it was sent.
        held += [key for (key, _), (_, st) in zip(chunk, answer, strict=False) if st != "refused"]
    if held:
        with ws.db.write() as session:
            for k in range(0, len(held), _BATCH):
                session.execute(
                    update(QuarantinedOp)
                    .where(QuarantinedOp.op_id.in_(held[k : k + _BATCH]))
                    .values(source=RELAYED)
                )
    return len(held)
