"""The Badges area: choose a template and whom to print, preview at true scale, print or save."""

from __future__ import annotations

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ui.areas import Area


def _make(state):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.badges.screen import BadgesScreen

    return BadgesScreen(state)


AREA = Area(
    key="badges",
    title=QT_TRANSLATE_NOOP("areas", "Badges"),
    order=50,
    factory=_make,
    shortcut="Ctrl+5",
    needs_morning=True,
)
