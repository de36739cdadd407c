"""The list of Mornings with their counts: one plain SQL statement, no ORM.

`list_rows` runs on any sqlite3 connection: the workspace's (`mornings.list_mornings`) or the
read-only one of `store/reading.py`, which `list_file` uses when opening the database would write
nothing, so that `mornings events` answers without importing SQLAlchemy (issue 18: < 0.25 s).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path

from mornings_desktop.services.desk_names import check_desk_name
from mornings_desktop.store import reading
from mornings_desktop.store.files import explain_sqlite_error
from mornings_desktop.timeutil import DEFAULT_TZ


@dataclass(frozen=True)
class MorningInfo:
    id: str
    title: str
    theme: str
    date: str
    start_time: str
    end_time: str
    venue: str
    capacity: int | None
    timezone: str
    status: str
    registered: int = 0
    checked_in: int = 0

    def to_json(self) -> dict[str, object]:
        return asdict(self)


# The columns `info` reads, in its order.
COLUMNS = "id, title, theme, date, start_time, end_time, venue, capacity, timezone, status"
# Newest date first; a Morning without registrations counts 0. Cancelled registrations are not
# counted (`IS NOT`: a NULL status is an active registration).
_LIST = """
SELECT m.id, m.title, m.theme, m.date, m.start_time, m.end_time, m.venue, m.capacity,
       m.timezone, m.status, coalesce(c.registered, 0), coalesce(c.present, 0)
FROM mornings AS m
LEFT OUTER JOIN (
    SELECT morning_id,
           count(*) FILTER (WHERE status IS NOT 'cancelled') AS registered,
           count(*) FILTER (WHERE status IS NOT 'cancelled' AND checked_in_at IS NOT NULL)
               AS present
    FROM registrations GROUP BY morning_id
) AS c ON c.morning_id = m.id
WHERE m.title IS NOT NULL {archived}
ORDER BY m.date DESC, m.start_time DESC, m.id
"""
_ALL = _LIST.format(archived="")
_ACTIVE = _LIST.format(archived="AND m.status != 'archived'")
# The same Mornings in the same order without their counts (the window's Morning picker).
_PLAIN = f"""
SELECT {COLUMNS} FROM mornings AS m WHERE m.title IS NOT NULL {{archived}}
ORDER BY m.date DESC, m.start_time DESC, m.id
"""
_ALL_PLAIN = _PLAIN.format(archived="")
_ACTIVE_PLAIN = _PLAIN.format(archived="AND m.status != 'archived'")


def info(row: tuple[object, ...], registered: int = 0, checked_in: int = 0) -> MorningInfo:
    """A MorningInfo from the `COLUMNS` of a `mornings` row (missing texts as "")."""
    mid, title, theme, day, start, end, venue, capacity, tz, status = row
    return MorningInfo(
        id=str(mid),
        title=str(title or ""),
        theme=str(theme or ""),
        date=str(day or ""),
        start_time=str(start or ""),
        end_time=str(end or ""),
        venue=str(venue or ""),
        capacity=int(capacity) if capacity is not None else None,  # type: ignore[call-overload]
        timezone=str(tz or DEFAULT_TZ),
        status=str(status or "open"),
        registered=registered,
        checked_in=checked_in,
    )


def list_rows(
    conn: sqlite3.Connection, *, include_archived: bool = True, counts: bool = True
) -> list[MorningInfo]:
    """Every Morning (newest date first) with its registered and checked-in counts
    (`counts=False`: without them, 0, which reads no registration)."""
    if not counts:
        return [
            info(row) for row in conn.execute(_ALL_PLAIN if include_archived else _ACTIVE_PLAIN)
        ]
    return [
        info(row[:10], int(row[10]), int(row[11]))
        for row in conn.execute(_ALL if include_archived else _ACTIVE)
    ]


def list_file(path: Path | str, desk_name: str | None = None) -> list[MorningInfo]:
    """`list_rows` of the database at `path`, read-only when opening it would write nothing,
    else through `Workspace.open(path, desk_name, create=False)` (which migrates, adds the desk…).

    Raises DatabaseError (no file, damaged, read-only…) or ValidationError (bad desk name).
    """
    checked = check_desk_name(desk_name) if desk_name is not None else None
    conn = reading.open_read(path, checked)
    if conn is None:
        from mornings_desktop.ledger.fold import sqlite_connection
        from mornings_desktop.services.workspace import Workspace

        ws = Workspace.open(path, checked, create=False)
        try:
            with ws.db.read() as session:
                return list_rows(sqlite_connection(session))
        finally:
            ws.close()
    with closing(conn):
        try:
            return list_rows(conn)
        except sqlite3.Error as exc:
            raise explain_sqlite_error(Path(path).expanduser().absolute(), exc) from exc
