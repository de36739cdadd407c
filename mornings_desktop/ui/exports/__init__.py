"""The Exports area: attendance workbook or CSV of a Morning, and the series report."""

from __future__ import annotations

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ui.areas import Area


def _make(state):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.exports.screen import ExportsScreen

    return ExportsScreen(state)


AREA = Area(
    key="exports",
    title=QT_TRANSLATE_NOOP("areas", "Exports"),
    order=60,
    factory=_make,
    shortcut="Ctrl+6",
)
