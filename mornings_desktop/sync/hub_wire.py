"""Signed operations between a desk and the hub (DESIGN §6): what a push sends, what a pull
returns, and the erasure on the hub.

- A push sends each operation's columns (the hub checks them) and, for a signed one, its `body`
  byte for byte, `sig` and the personal blocks this desk still holds; the hub stores them by
  `sha256(body)` and the blocks in `mornings.personal`.
- A pull returns the same: a signed row becomes `{"sig", "body", "personal"}` and is verified on
  entry like a bundle line (`sync.admission`); an unsigned one (made before signing) stays as it is.
- `take_trust`: at each round, the certificates and revocations the hub holds; what is new is
  checked against the organisation key, and the desk re-checks its rooms and its log
  (`sync.revocations.trust_changed`) in the same transaction. An idle round only reads.
- `scrub`: after each round, the people erased here whose erasure the hub holds have their blocks
  deleted there (`mornings.scrub`); each hub is told once per person (`meta`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import psycopg
from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.ledger import signed_store
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema_privacy import ErasureState

if TYPE_CHECKING:
    from mornings_desktop.sync.revocations import Changed

_COLUMNS = ("op_id", "desk_id", "desk_seq", "hlc", "type", "payload")
_CHUNK = 500


def scrubbed_key(hub_id: str) -> str:
    return f"sync.scrubbed.{hub_id}"


def push_rows(
    conn: sqlite3.Connection, rows: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[str]]:
    """(what to send for each unsent row, the row's key here) in the same order."""
    blocks = signed_store.blocks_of(conn, [r["digest"] for r in rows if r.get("digest")])
    sent: list[dict[str, Any]] = []
    keys: list[str] = []
    for row in rows:
        keys.append(str(row["op_id"]))
        wire = {name: row[name] for name in _COLUMNS}
        body = row.get("body")
        if body is not None and row.get("sig") is not None:
            # A row kept under its digest (another body holds its op_id here) names its own.
            wire["op_id"] = (
                json.loads(body)["op_id"] if row["op_id"] == row["digest"] else row["op_id"]
            )
            wire["body"], wire["sig"] = body, row["sig"]
            found = blocks.get(str(row["digest"]))
            if found:
                wire["personal"] = found
        sent.append(wire)
    return sent, keys


def pulled_entry(row: Sequence[Any]) -> dict[str, Any]:
    """A pulled row as an entry for `admit_raw` (the signed form when the hub has one)."""
    op_id, desk_id, desk_seq, hlc, op_type, payload, body, sig, personal = row
    if body is not None and sig is not None:
        return {"sig": sig, "body": body, "personal": personal or {}}
    return dict(zip(_COLUMNS, (op_id, desk_id, desk_seq, hlc, op_type, payload), strict=True))


def mark_pushed(session: Session, raws: Sequence[dict[str, Any]], fresh: Sequence[Op] = ()) -> None:
    """Operations pulled back from the hub are on the hub, whatever the last push heard.

    `fresh`: those of `raws` the same transaction has just stored from the pull (already marked
    pushed): not looked up again (a joining desk's chunks are all fresh: no statement at all).
    Plain SQL on the session's connection: a pull runs this once per chunk."""
    from mornings_desktop.ledger.fold import sqlite_connection
    from mornings_desktop.trust.signed_op import digest

    new = {op.op_id if op.envelope is None else op.envelope.digest for op in fresh}
    digests = [digest(str(r["body"]).encode("utf-8")) for r in raws if "body" in r]
    digests = [d for d in digests if d not in new]
    op_ids = [str(r["op_id"]) for r in raws if "body" not in r and str(r["op_id"]) not in new]
    if not digests and not op_ids:
        return
    conn = sqlite_connection(session)
    for column, values in (("digest", digests), ("op_id", op_ids)):
        for k in range(0, len(values), _CHUNK):
            chunk = values[k : k + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            conn.execute(
                f"UPDATE operations SET pushed = 1 WHERE pushed = 0 AND {column} IN ({marks})",
                chunk,
            )


def scrub(ws: Workspace, conn: psycopg.Connection[Any], hub_id: str) -> int:
    """Ask the hub to delete the blocks of the people erased here; how many it scrubbed.

    A person is remembered as scrubbed on this hub only once the hub held their erasure (it
    refuses to scrub anyone else), so a desk whose erasure has not reached the hub asks again."""
    key = scrubbed_key(hub_id)
    with ws.db.read() as session:
        erased = set(
            session.execute(
                select(ErasureState.person_id).where(ErasureState.state == "erased")
            ).scalars()
        )
        done = set(json.loads(meta.get(session, key) or "[]"))
    todo = sorted(erased - done)
    if not todo:
        return 0
    accepted: set[str] = set()
    for k in range(0, len(todo), 10_000):
        rows = conn.execute("SELECT subject FROM mornings.scrub(%s)", (todo[k : k + 10_000],))
        accepted.update(str(r[0]) for r in rows.fetchall())
    conn.commit()
    if accepted:
        with ws.db.write() as session:
            meta.put(session, key, json.dumps(sorted(done | accepted)))
    return len(accepted)


def take_certificates(session: Session, conn: psycopg.Connection[Any]) -> int:
    """Keep the hub's certificates signed by this organisation's key; how many were new."""
    from mornings_desktop.sync import admission

    rows = conn.execute("SELECT body, sig FROM mornings.certificates()").fetchall()
    return admission.admit_certificates(session, [{"body": b, "sig": s} for b, s in rows])


REVOCATIONS_SINCE = 4  # hub schema version that hands out revocations


def take_trust(ws: Workspace, conn: psycopg.Connection[Any], schema_version: int) -> Changed:
    """Keep the hub's new certificates and revocations signed by this organisation's key, and
    re-check the quarantine and the log if they changed anything."""
    from mornings_desktop.store.schema_trust import CertificateRow, RevocationRow
    from mornings_desktop.sync import admission, revocation_check, revocations

    certs = [
        {"body": b, "sig": s}
        for b, s in conn.execute("SELECT body, sig FROM mornings.certificates()").fetchall()
    ]
    revs: list[dict[str, str]] = []
    if schema_version >= REVOCATIONS_SINCE:
        rows = conn.execute("SELECT body, sig FROM mornings.revocations()").fetchall()
        revs = [{"body": b, "sig": s} for b, s in rows]
    conn.commit()
    with ws.db.read() as session:
        new_certs = _unknown(session, CertificateRow, certs)
        new_revs = _unknown(session, RevocationRow, revs)
        if not new_certs:  # else a rotation may come with them: every one is tried
            new_revs = revocation_check.worth_admitting(session, new_revs)
    if not new_certs and not new_revs:
        return revocations.Changed()
    with ws.db.write() as session:
        added = admission.admit_certificates(session, new_certs)
        revoked = revocation_check.admit_revocations(session, new_revs).desks
        return revocations.trust_changed(session, certificates=added, revoked=revoked)


def _unknown(session: Session, table: Any, records: list[dict[str, str]]) -> list[dict[str, str]]:
    from mornings_desktop.trust.signed_op import digest

    if not records:
        return []
    held = set(session.execute(select(table.digest)).scalars())
    return [r for r in records if digest(str(r["body"]).encode("utf-8")) not in held]
