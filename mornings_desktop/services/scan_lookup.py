"""Finding the registration a scan names, with plain SQL on the scan path (no ORM, no Session)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class DeskRegistration:
    id: str
    morning_id: str | None
    status: str | None
    category: str | None
    checked_in_at: str | None
    checkin_desk_id: str | None
    checkin_method: str | None
    first_name: str | None
    last_name: str | None
    organisation: str | None


# The scan path runs these for every scan: plain SQL skips building and caching a statement each
# time (a few ms on a busy laptop). Columns in `DeskRegistration` order; `?` parameters only.
_REG_SQL = (
    "SELECT r.id, r.morning_id, r.status, r.category, r.checked_in_at, r.checkin_desk_id,"
    " r.checkin_method, p.first_name, p.last_name, p.organisation"
    " FROM registrations r LEFT JOIN people p ON p.id = r.person_id"
    " WHERE r.registered_at IS NOT NULL AND "
)


def find_registration(
    conn: sqlite3.Connection,
    condition: str,
    params: tuple[str, ...],
    prefer_morning: str | None = None,
) -> DeskRegistration | None:
    """The registration matching `condition` (SQL over `r`, with `?` for `params`)."""
    found = conn.execute(_REG_SQL + condition + " LIMIT 8", params)
    rows = [DeskRegistration(*row) for row in found.fetchall()]
    if not rows:
        return None
    if prefer_morning is not None:
        rows.sort(key=lambda r: (r.morning_id != prefer_morning, r.status == "cancelled"))
    return rows[0]


def ticket_number_exists(conn: sqlite3.Connection, readings: tuple[str, ...]) -> bool:
    """True if one of `readings` is exactly an imported ticket number (`external_ref`, indexed):
    the desk's reader ends a reading on it without waiting for Enter."""
    if not readings:
        return False
    marks = ", ".join("?" * len(readings))
    found = conn.execute(
        "SELECT 1 FROM registrations WHERE external_ref IN (" + marks + ") LIMIT 1", readings
    )
    return found.fetchone() is not None
