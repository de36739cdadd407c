"""The Agenda area: the current Morning's sessions (table and timeline), warnings, publishing,
and the speakers directory."""

from __future__ import annotations

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ui.areas import Area


def _make(state):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.agenda.screen import AgendaScreen

    return AgendaScreen(state)


AREA = Area(
    key="agenda",
    title=QT_TRANSLATE_NOOP("areas", "Agenda"),
    order=20,
    factory=_make,
    shortcut="Ctrl+2",
    needs_morning=True,
)
