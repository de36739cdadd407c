"""Organisation records offered to the hub (certificates, rotations), and what it refused.

Each round the desk offers the hub the records it holds (once per new set of records, hub and hub
schema version). A hub of schema 6 answers the records it refuses (`mornings.offer_records`,
`hub_sql_signed.py`): a rotation over `MAX_ROTATION_CERTIFICATES` certificates, a record too large,
or a login that already stored its share of large records. An older hub (schema 3–5) drops a
record over 4,000 characters without a word, so the desk finds those itself. Either way nothing is
silent: the refusal is kept in `meta` (`sync.records_refused`) as sentences the organiser reads in
`mornings sync`, `sync status` and the Sync screen (`notices`), until the records or the hub
change. Bundles still carry every record to the desks (they have no such limit).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import psycopg
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.sync.hub_sql_signed import (
    LARGE_RECORDS_PER_LOGIN,
    MAX_CERTIFICATE_CHARS,
    MAX_ROTATION_CERTIFICATES,
    MAX_ROTATION_CHARS,
)

REFUSED = "sync.records_refused"
RECORDS_SINCE = 6  # hub schema version of `offer_records`
OLD_HUB_CERTIFICATES = (MAX_CERTIFICATE_CHARS - 200) // 67  # what a rotation on hub 3–5 can name

__all__ = [
    "LARGE_RECORDS_PER_LOGIN",
    "MAX_ROTATION_CERTIFICATES",
    "MAX_ROTATION_CHARS",
    "notices",
    "offer",
]


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def offer(ws: Workspace, conn: psycopg.Connection[Any], hub_id: str, schema_version: int) -> None:
    """Give the hub the records this desk holds; keep what it refused (see the module)."""
    from mornings_desktop.sync import admission

    key = f"sync.certificates.{hub_id}"
    with ws.db.read() as session:
        records = admission.certificate_records(session)
        offered = meta.get(session, key)
    # which records were offered, to which schema (a rotation replaces certificates: their
    # number may not change; an upgraded hub takes what an older one refused)
    mark = hashlib.sha256(
        json.dumps([schema_version, records], sort_keys=True).encode()
    ).hexdigest()
    if not records or offered == mark:
        return
    refused: dict[str, str] = {}
    for k in range(0, len(records), 100):
        chunk = json.dumps(records[k : k + 100])
        if schema_version >= RECORDS_SINCE:
            rows = conn.execute(
                "SELECT digest, refused FROM mornings.offer_records(%s::jsonb)", (chunk,)
            ).fetchall()
            refused.update({str(d): str(why) for d, why in rows})
        else:
            conn.execute("SELECT mornings.offer_certificates(%s::jsonb)", (chunk,))
            refused.update(
                {
                    _digest(r["body"]): "old-hub"
                    for r in records[k : k + 100]
                    if len(r["body"]) > MAX_CERTIFICATE_CHARS
                }
            )
    conn.commit()
    told = [_told(r, refused[_digest(r["body"])]) for r in records if _digest(r["body"]) in refused]
    with ws.db.write() as session:
        meta.put(session, key, mark)
        meta.put(session, REFUSED, json.dumps(told) if told else "")


def _told(record: dict[str, str], why: str) -> dict[str, object]:
    """What the organiser is told about a refused record: a template and its parameters."""
    try:
        body = json.loads(record["body"])
    except ValueError:
        body = None
    if isinstance(body, dict) and "new_org_key" in body:
        count = len(body.get("certificates") or [])
        if why == "old-hub":
            return {
                "template": QT_TRANSLATE_NOOP(
                    "errors",
                    "The hub refused the organisation key rotation: it names {count} desks and "
                    "this hub, made by an older version, takes at most {max}; run 'mornings hub "
                    "init' on it to upgrade it, then sync again (bundles still carry the "
                    "rotation to the desks).",
                ),
                "params": {"count": count, "max": OLD_HUB_CERTIFICATES},
            }
        if why == "too-large":
            return {
                "template": QT_TRANSLATE_NOOP(
                    "errors",
                    "The hub refused the organisation key rotation: it names {count} desks, more "
                    "than the {max} a hub takes; rotate again leaving out the desks no longer "
                    "used ('mornings org rotate --without DESK'), and carry it by bundle "
                    "meanwhile.",
                ),
                "params": {"count": count, "max": MAX_ROTATION_CERTIFICATES},
            }
    return {
        "template": QT_TRANSLATE_NOOP(
            "errors",
            "The hub refused a signed record of the organisation ({reason}); the desks still get "
            "it by bundle ('mornings sync export').",
        ),
        "params": {"reason": why},
    }


def notices(session: Session) -> list[UserError]:
    """The refusals to tell the organiser (each one sentence; the window translates them)."""
    text = meta.get(session, REFUSED)
    if not text:
        return []
    try:
        told = json.loads(text)
    except ValueError:
        return []
    return [
        UserError(str(t["template"]), **dict(t.get("params") or {}))
        for t in told
        if isinstance(t, dict) and "template" in t
    ]
