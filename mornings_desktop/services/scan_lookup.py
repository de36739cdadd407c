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
    note: str | None = None
    person_id: str | None = None
    flags: str | None = None  # space-separated keys (registration_flags.decode)
    # How many times the badge was printed, read with the registration: the desk's note under
    # an admission needs it, and a read of its own on the UI thread cost a scan ~0.2 ms.
    badge_prints: int = 0


# The scan path runs these for every scan: plain SQL skips building and caching a statement each
# time (a few ms on a busy laptop). Columns in `DeskRegistration` order; `?` parameters only.
_REG_SQL = (
    "SELECT r.id, r.morning_id, r.status, r.category, r.checked_in_at, r.checkin_desk_id,"
    " r.checkin_method, p.first_name, p.last_name, p.organisation, r.note, r.person_id,"
    " r.flags, (SELECT count(*) FROM badge_prints b WHERE b.registration_id = r.id)"
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


# How many Mornings a person attended: their registrations with an arrival, the person merged
# into (followed up to the survivor) and everyone merged into them counting as them. Indexed on
# `people.id`, `people.merged_into` and `registrations.person_id`: a handful of rows per person.
_ATTENDED_SQL = (
    "WITH RECURSIVE up(id, depth) AS ("
    " SELECT ?, 0"
    " UNION SELECT p.merged_into, up.depth + 1 FROM people p JOIN up ON p.id = up.id"
    " WHERE p.merged_into IS NOT NULL AND up.depth < 16),"
    " top(id) AS (SELECT id FROM up ORDER BY depth DESC LIMIT 1),"
    " grp(id) AS (SELECT id FROM top"
    " UNION SELECT p.id FROM people p JOIN grp ON p.merged_into = grp.id)"
    " SELECT COUNT(DISTINCT r.morning_id) FROM registrations r"
    " WHERE r.person_id IN (SELECT id FROM grp) AND r.checked_in_at IS NOT NULL"
    " AND r.registered_at IS NOT NULL"
)


def mornings_attended(conn: sqlite3.Connection, person_id: str | None) -> int:
    """How many Mornings of the series this person came to (0 for no person)."""
    if not person_id:
        return 0
    row = conn.execute(_ATTENDED_SQL, (person_id,)).fetchone()
    return int(row[0]) if row else 0
