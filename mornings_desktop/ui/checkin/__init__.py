"""The Check-in area: scan, search, admit, undo, walk-ins, live view, webcam, kiosk mode."""

from __future__ import annotations

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ui.areas import Area


def _make(state):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.checkin.screen import CheckinScreen

    return CheckinScreen(state)


AREA = Area(
    key="checkin",
    title=QT_TRANSLATE_NOOP("areas", "Check-in"),
    order=40,
    factory=_make,
    shortcut="Ctrl+4",
    needs_morning=True,
)
