"""What waits for the history of past Mornings while a joining desk still receives it (issue 18).

A desk that joins a large hub applies the current and coming Mornings first (`sync/early.py`)
and is usable then; the past arrives after, and `meta` holds `HISTORY_PENDING` meanwhile. What
reads the past would be wrong on a part of it, so it is refused in one sentence until the history
is complete: the forecast (it learns from every past Morning), the series report, and the
attendance export of a Morning before the current ones (that of a current Morning is written,
without its forecast sheet).
"""

from __future__ import annotations

import datetime as dt

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.meta_keys import HISTORY_PENDING

# A Morning is current from this many days before today (yesterday's: late reviews at the door).
DAYS_BACK = 1

INCOMPLETE = QT_TRANSLATE_NOOP(
    "errors",
    "The history of past Mornings is still arriving from the hub; this will be possible once the "
    "sync has received all of it.",
)


def cutoff(today: dt.date | None = None) -> str:
    """The first day of the current Mornings (ISO date)."""
    return ((today or dt.date.today()) - dt.timedelta(days=DAYS_BACK)).isoformat()


def pending(ws: Workspace) -> bool:
    """Whether this desk is still receiving the history of past Mornings."""
    return ws.meta(HISTORY_PENDING) is not None


def require_history(ws: Workspace) -> None:
    """Refuse (UserError) while the history of past Mornings is incomplete."""
    if pending(ws):
        raise UserError(INCOMPLETE)


def require_current(ws: Workspace, day: str | None) -> None:
    """Refuse a Morning dated before the current ones while the history is incomplete."""
    if pending(ws) and (day or "")[:10] < cutoff():
        raise UserError(INCOMPLETE)
