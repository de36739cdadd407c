"""The Mornings area: list, create, edit, archive a Morning, and choose the current one."""

from __future__ import annotations

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ui.areas import Area


def _make(state):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.mornings.screen import MorningsScreen

    return MorningsScreen(state)


AREA = Area(
    key="mornings",
    title=QT_TRANSLATE_NOOP("areas", "Mornings"),
    order=10,
    factory=_make,
    shortcut="Ctrl+1",
)
