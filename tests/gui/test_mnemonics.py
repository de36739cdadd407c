"""Alt+letter reaches one thing: a tester's Alt+E in Exports moved between "Exporter" and the
banner's "Exporter la clé de secours…", and exported nothing; Alt+F in People went to
"Confidentialité" instead of the File menu. In each language, no area takes the letter of a menu
title or of the window's own buttons (which are beside every area)."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from mornings_desktop.ui.main_window import MainWindow
from tests.gui import test_languages

build = test_languages.build  # the fixtures: this checkout's translations, installed
install = test_languages.install


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (a "&&" is a plain ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def _texts(page: QWidget) -> list[str]:
    texts = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
    texts += [g.title() for g in page.findChildren(QGroupBox) if g.isVisibleTo(page)]
    texts += [lab.text() for lab in page.findChildren(QLabel) if lab.buddy() is not None]
    for tabs in page.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_no_area_takes_the_letter_of_a_menu_or_of_the_windows_own_buttons(  # type: ignore[no-untyped-def]
    qtbot, state, install, language
) -> None:
    """The menu titles (File, Help) and the window's own buttons (the recovery key's banner) are
    there beside every area: none of an area's buttons, tabs, boxes or labelled fields may take
    their letter."""
    install(language)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    menus = [a.text() for a in window.menuBar().actions()]
    banners = [
        b.text()
        for b in window.findChildren(QAbstractButton)
        if b.isVisibleTo(window) and not window.stack.isAncestorOf(b)
    ]
    assert banners, "the recovery banner shows on an organiser's desk whose key is not exported"
    window_wide: dict[str, str] = {}
    for text in menus + banners:
        letter = mnemonic(text)
        if letter is not None:
            assert letter not in window_wide, (text, window_wide[letter])
            window_wide[letter] = text
    clashes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for area in window.areas:
        window.show_area(area.key)
        for text in _texts(window.page(area.key)):
            letter = mnemonic(text)
            if letter in window_wide:
                clashes[area.key].append((window_wide[letter], text))
    assert dict(clashes) == {}
