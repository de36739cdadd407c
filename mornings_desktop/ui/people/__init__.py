"""The People area: registrations of the current Morning, the directory, imports and tickets."""

from __future__ import annotations

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ui.areas import Area


def _make(state):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.people.screen import PeopleScreen

    return PeopleScreen(state)


AREA = Area(
    key="people",
    title=QT_TRANSLATE_NOOP("areas", "People"),
    order=30,
    factory=_make,
    shortcut="Ctrl+3",
    needs_morning=True,
)
