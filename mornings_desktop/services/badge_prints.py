"""The badge print log, read: how many times each badge was printed, and when and where.

Apart from `services.badges` (which draws badges: reportlab) so that the check-in desk can say
"Badge printed 2 times." without importing the drawing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import func, select

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.database import explain_sqlite_error
from mornings_desktop.store.schema_badges import BadgePrint

__all__ = ["PrintEntry", "count_on", "print_count", "print_counts", "print_log", "print_logs"]


def print_counts(ws: Workspace, registration_ids: Sequence[str] | None = None) -> dict[str, int]:
    """How many times each registration's badge was printed (registrations never printed are
    absent). Without ids: every registration."""
    query = select(BadgePrint.registration_id, func.count()).group_by(BadgePrint.registration_id)
    if registration_ids is not None:
        query = query.where(BadgePrint.registration_id.in_(list(registration_ids)))
    with ws.db.read() as session:
        return {rid: int(n) for rid, n in session.execute(query).all()}


_PRINT_COUNT_SQL = "SELECT count(*) FROM badge_prints WHERE registration_id = ?"


def print_count(ws: Workspace, registration_id: str) -> int:
    """How many times one registration's badge was printed. The desk reads it after every
    admission: one indexed count on a pooled connection, without a Session or an ORM query
    around it (those were most of the cost of a scan's note)."""
    pooled = ws.db.engine.raw_connection()
    try:
        return count_on(cast(sqlite3.Connection, pooled.dbapi_connection), registration_id)
    except sqlite3.Error as exc:
        raise explain_sqlite_error(ws.db.path, exc) from exc
    finally:
        pooled.close()


def count_on(conn: sqlite3.Connection, registration_id: str) -> int:
    """`print_count` on a connection the caller holds (the door's own: `ScanDesk.badge_prints`)."""
    return int(conn.execute(_PRINT_COUNT_SQL, (registration_id,)).fetchone()[0])


@dataclass(frozen=True)
class PrintEntry:
    at: str
    template: str
    reprint: bool
    desk_id: str


def print_log(ws: Workspace, registration_id: str) -> list[PrintEntry]:
    """The prints of one registration's badge, oldest first."""
    with ws.db.read() as session:
        rows = session.execute(
            select(BadgePrint)
            .where(BadgePrint.registration_id == registration_id)
            .order_by(BadgePrint.at, BadgePrint.reprint, BadgePrint.id)
        ).scalars()
        return [PrintEntry(r.at, r.template, r.reprint, r.desk_id) for r in rows]


def print_logs(ws: Workspace, registration_ids: Sequence[str]) -> dict[str, list[PrintEntry]]:
    """The print logs of several registrations at once (those never printed are absent)."""
    out: dict[str, list[PrintEntry]] = {}
    ids = list(registration_ids)
    with ws.db.read() as session:
        for start in range(0, len(ids), 500):
            rows = session.execute(
                select(BadgePrint)
                .where(BadgePrint.registration_id.in_(ids[start : start + 500]))
                .order_by(BadgePrint.at, BadgePrint.reprint, BadgePrint.id)
            ).scalars()
            for r in rows:
                out.setdefault(r.registration_id, []).append(
                    PrintEntry(r.at, r.template, r.reprint, r.desk_id)
                )
    return out
