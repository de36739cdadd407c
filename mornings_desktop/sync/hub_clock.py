"""The desk's clock against the hub's (DESIGN.md §6: "Each round returns the hub's clock").

Each round calls `mornings.desk_clock(desk_now)`: the hub notes when the desk was last seen and its
offset (for `hub desks`) and answers its own clock. The desk keeps its offset (desk minus hub,
seconds, measured at the middle of the call) in `meta` — rewritten only when it moved by more than
a second, so an idle round does not write — and a desk more than 2 minutes off is told so, on the
command line and on the Sync screen. A hub made before this function existed answers nothing:
the round goes on without a clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import psycopg

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta

CLOCK_OFFSET = "sync.clock_offset_ms"
WARN_AFTER_S = 120


def exchange(conn: psycopg.Connection[Any], wall_clock: Callable[[], datetime]) -> float | None:
    """The desk's offset from the hub in seconds (positive: the desk is ahead), or None."""
    before = wall_clock()
    try:
        row = conn.execute("SELECT mornings.desk_clock(%s)", (before,)).fetchone()
        conn.commit()
    except (psycopg.errors.UndefinedFunction, psycopg.errors.InsufficientPrivilege):
        conn.rollback()
        return None
    after = wall_clock()
    if row is None or not isinstance(row[0], datetime):
        return None
    middle = before + (after - before) / 2
    return round((middle - row[0]).total_seconds(), 3)


def remember(ws: Workspace, offset_s: float | None) -> None:
    if offset_s is None:
        return
    known = stored_offset(ws)
    if known is not None and abs(known - offset_s) <= 1.0:
        return
    with ws.db.write() as session:
        meta.put(session, CLOCK_OFFSET, str(round(offset_s * 1000)))


def stored_offset(ws: Workspace) -> float | None:
    return parse_offset(ws.meta(CLOCK_OFFSET))


def parse_offset(text: str | None) -> float | None:
    try:
        return None if not text else int(text) / 1000
    except ValueError:
        return None


def is_off(offset_s: float | None) -> bool:
    return offset_s is not None and abs(offset_s) > WARN_AFTER_S


def spell(offset_s: float) -> str:
    """`2 h 05 min`, `3 min 20 s`: how far off, without the sign."""
    total = round(abs(offset_s))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min {seconds:02d} s"


def warning(offset_s: float | None) -> str | None:
    """The command line's sentence for a clock more than 2 minutes off, else None."""
    if offset_s is None or not is_off(offset_s):
        return None
    way = "ahead of" if offset_s > 0 else "behind"
    return (
        f"this computer's clock is {spell(offset_s)} {way} the hub's; set the right date and "
        "time (admissions are stamped with it)"
    )
