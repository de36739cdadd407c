"""The Sync area: hub settings, background sync and its status, bundle files, and the Review of
duplicate admissions."""

from __future__ import annotations

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ui.areas import Area


def _make(state):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync.screen import SyncScreen

    return SyncScreen(state)


# `sync.client.HUB_URL`, spelt here: importing the client imports psycopg (a second at start).
HUB_URL_KEY = "sync.hub_url"


def _syncs_from_start(state):  # type: ignore[no-untyped-def]
    """A hub is set up: automatic sync starts with the window, so the page is built with it."""
    return bool(state.workspace.meta(HUB_URL_KEY))


AREA = Area(
    key="sync",
    title=QT_TRANSLATE_NOOP("areas", "Sync"),
    order=70,
    factory=_make,
    shortcut="Ctrl+7",
    eager=_syncs_from_start,
)
