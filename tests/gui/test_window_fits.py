"""The window fits a 1366x768 laptop in every language, whatever area was opened: the French
window grew to 1,396 pixels once the Programme (Agenda) area had been shown, and "Imprimer…" in
Badges, "Choisir…" in Exports and the banner's button were cut off the screen's right edge."""

from __future__ import annotations

import pytest

from mornings_desktop.ui.main_window import MainWindow
from tests.gui import test_languages

build = test_languages.build  # the fixtures: this checkout's translations, installed
install = test_languages.install

SCREEN_WIDTH = 1366


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_area_fits_a_1366_pixel_screen(qtbot, state, demo_morning, install, language) -> None:  # type: ignore[no-untyped-def]
    install(language)
    state.set_current_morning(demo_morning)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1200, 680)
    window.show()
    wide: dict[str, int] = {}
    for area in window.areas:
        window.show_area(area.key)
        qtbot.wait(10)  # the layouts settle
        needed = window.minimumSizeHint().width()
        if needed > SCREEN_WIDTH or window.width() > SCREEN_WIDTH:
            wide[area.key] = max(needed, window.width())
    assert wide == {}, wide
