"""The Sync area: hub settings, background sync and its status, bundle files, and the Review of
duplicate admissions."""

from __future__ import annotations

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ui.areas import Area


def _make(state):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync.screen import SyncScreen

    return SyncScreen(state)


AREA = Area(
    key="sync",
    title=QT_TRANSLATE_NOOP("areas", "Sync"),
    order=70,
    factory=_make,
    shortcut="Ctrl+7",
)
