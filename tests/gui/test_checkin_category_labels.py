"""The desk shows the category's label in the interface language, never its key."""

from __future__ import annotations

import pytest

from mornings_desktop.services import registrations


@pytest.mark.parametrize(("language", "label"), [("fr", "Invité"), ("en", "Guest")])
def test_admitted_shows_the_category_label(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning: str, language: str, label: str
) -> None:
    from mornings_desktop.settings import LANGUAGE
    from mornings_desktop.ui.checkin.screen import CheckinScreen

    state.settings.set(LANGUAGE, language)
    state.set_current_morning(demo_morning)
    screen = CheckinScreen(state)
    qtbot.addWidget(screen)
    guest = next(
        r
        for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.category == "guest"
    )
    screen.handle_scan(guest.code)
    assert screen.panel.result == "admitted"
    assert f" · {label} · " in screen.panel.info.text()  # then how many Mornings they came to
    assert label in screen.panel.detail.text() and "guest" not in screen.panel.detail.text()
    screen.live.refresh()
    shown = [
        screen.live.categories.item(r, 0).text() for r in range(screen.live.categories.rowCount())
    ]
    assert label in shown and "guest" not in shown
