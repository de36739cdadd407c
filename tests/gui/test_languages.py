"""Arabic (right to left, with Qt's own strings) and English, and the fallback to English when a
language's translation file is missing or unreadable: a warning in the log, never a crash."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mornings_desktop import app, i18n
from mornings_desktop.settings import LANGUAGE, Settings
from mornings_desktop.ui.main_window import MainWindow
from tests.gui import test_app_startup as startup
from tests.unit.test_translations import load_i18n

args = startup.args
gui_run = startup.gui_run  # the fixture that runs the program's start-up for a moment

ARABIC_MORNINGS = "اللقاءات الصباحية"


@pytest.fixture
def build(qapp, tmp_path: Path, monkeypatch) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """This checkout's translations compiled into a temporary folder, which the program reads."""
    script = load_i18n()
    folder = tmp_path / "build"
    monkeypatch.setattr(script, "BUILD", folder)
    script.build()
    monkeypatch.setattr(i18n, "qm_dir", lambda: folder)
    yield folder
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def install(qapp, build: Path) -> Iterator:  # type: ignore[type-arg]
    installed: list = []  # type: ignore[type-arg]

    def run(language: str) -> list:  # type: ignore[type-arg]
        translators = i18n.install_translations(qapp, language)
        installed.extend(translators)
        return translators

    yield run
    for translator in installed:
        qapp.removeTranslator(translator)


def window_of(qtbot, state) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(state)
    qtbot.addWidget(window)
    return window


def test_arabic_window_is_translated_and_right_to_left(qtbot, state, install) -> None:  # type: ignore[no-untyped-def]
    assert install("ar")
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = window_of(qtbot, state)
    assert window.nav.item(0).text() == ARABIC_MORNINGS
    assert window.isRightToLeft() and window.page("mornings").isRightToLeft()
    assert [a.text() for a in window.menuBar().actions()] == ["مل&ف", "مساعد&ة"]
    assert window.desk_label.text() == "المكتب: Accueil 1"
    # Qt's own strings (qtbase_ar.qm) are Arabic too.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == "ألغِ"
    # Moroccan conventions: Latin digits, Moroccan month names.
    assert QLocale().name() == "ar_MA"
    assert QLocale().toString(1234) == "1.234"


def test_english_speaks_english_with_its_plural_forms_only(qtbot, state, install) -> None:  # type: ignore[no-untyped-def]
    """English is the source language: its only translator holds the plural forms (`en/*.ts`),
    and Qt's own strings stay Qt's English."""
    translators = install("en")
    assert [Path(t.filePath()).name for t in translators] == ["mornings_en.qm"]
    window = window_of(qtbot, state)
    assert window.nav.item(0).text() == "Mornings"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]


def test_english_counts_say_one_badge_and_two_badges(
    qtbot, state, install, demo_morning: str
) -> None:  # type: ignore[no-untyped-def]
    """Found in the window: "1 badge(s) · 1 page(s)". The English window says it as English does."""
    from mornings_desktop.ui.badges.screen import EVERYONE, PERSON, BadgesScreen

    install("en")
    state.set_current_morning(demo_morning)
    screen = BadgesScreen(state)
    qtbot.addWidget(screen)
    screen.show()
    screen.selection_box.setCurrentIndex(EVERYONE)
    badges = screen.model.rowCount()
    assert badges > 2
    pages = -(-badges // screen.template().per_page)
    assert screen.count_label.text() == f"{badges} badges · {pages} pages"
    screen.selection_box.setCurrentIndex(PERSON)
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    assert screen.count_label.text() == "1 badge · 1 page"
    assert "(s)" not in screen.count_label.text()


@pytest.mark.parametrize("case", ["unknown language", "deleted folder", "empty folder"])
def test_a_missing_translation_falls_back_to_english(
    qtbot, state, install, build: Path, caplog, case: str
) -> None:  # type: ignore[no-untyped-def]
    language = "de" if case == "unknown language" else "ar"
    if case == "deleted folder":
        shutil.rmtree(build / "ar")
    elif case == "empty folder":
        for qm in (build / "ar").glob("*.qm"):
            qm.unlink()
    with caplog.at_level(logging.WARNING, logger="mornings_desktop.i18n"):
        translators = install(language)
    assert all("mornings" not in t.filePath() for t in translators), "none of ours"
    assert any("using English" in r.getMessage() for r in caplog.records), caplog.text
    window = window_of(qtbot, state)
    assert window.nav.item(0).text() == "Mornings"


def test_an_unreadable_translation_file_falls_back_to_english(
    qtbot, state, install, build: Path, caplog
) -> None:  # type: ignore[no-untyped-def]
    (build / "ar" / "mornings_ar.qm").write_bytes(b"not a qm file" * 10)
    with caplog.at_level(logging.WARNING, logger="mornings_desktop.i18n"):
        install("ar")
    assert any("cannot load" in r.getMessage() for r in caplog.records), caplog.text
    window = window_of(qtbot, state)
    assert window.nav.item(0).text() == "Mornings"


def capture_windows(
    monkeypatch, directions: list[Qt.LayoutDirection] | None = None
) -> list[MainWindow]:  # type: ignore[no-untyped-def]
    """The windows `run_gui` builds (and, in `directions`, the program's layout direction then)."""
    windows: list[MainWindow] = []
    build_window = app.build_window

    def keep(*a, **k):  # type: ignore[no-untyped-def]
        window, state = build_window(*a, **k)
        windows.append(window)
        if directions is not None:
            directions.append(QApplication.layoutDirection())
        return window, state

    monkeypatch.setattr(app, "build_window", keep)
    return windows


def test_the_program_starts_in_arabic(
    gui_run: Path, build: Path, db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(app, "ask_offer_demo", lambda: False)
    directions: list[Qt.LayoutDirection] = []
    windows = capture_windows(monkeypatch, directions)
    Settings().set(LANGUAGE, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert app.run_gui(args(db_path, "Accueil 1")) == 0
    assert directions == [Qt.LayoutDirection.RightToLeft]  # while it ran
    # ...and the application is left as it was: later windows of this process (tests, the
    # self-test) are not turned around.
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert windows[0].nav.item(0).text() == ARABIC_MORNINGS
    assert gui_run.read_bytes()[:4] == b"\x89PNG"


def test_the_program_starts_without_its_arabic_file(
    gui_run: Path, build: Path, db_path: Path, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    shutil.rmtree(build / "ar")
    monkeypatch.setattr(app, "ask_offer_demo", lambda: False)
    windows = capture_windows(monkeypatch)
    Settings().set(LANGUAGE, "ar")
    with caplog.at_level(logging.WARNING, logger="mornings_desktop.i18n"):
        assert app.run_gui(args(db_path, "Accueil 1")) == 0
    assert gui_run.read_bytes()[:4] == b"\x89PNG", "the window opened"
    assert any("using English" in r.getMessage() for r in caplog.records), caplog.text
    assert windows[0].nav.item(0).text() == "Mornings"
    assert windows[0].nav.item(0).text() == "Mornings"
