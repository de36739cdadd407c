"""French is the default language: loading it really translates the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mornings_desktop import i18n
from mornings_desktop.ui.main_window import MainWindow
from tests.unit.test_translations import load_i18n


@pytest.fixture
def french(qapp, tmp_path: Path, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    script = load_i18n()
    monkeypatch.setattr(script, "BUILD", tmp_path / "build")
    script.build()  # compile this checkout's .ts files, not whatever was built before
    monkeypatch.setattr(i18n, "qm_dir", lambda: tmp_path / "build")
    translators = i18n.install_translations(qapp, "fr")
    assert translators, "the French .qm files loaded"
    yield
    for translator in translators:
        QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_window_speaks_french(qtbot, state, french) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(state)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Matinales"
    assert window.desk_label.text() == "Poste : Accueil 1"
    assert window.pending_label.text().startswith("À synchroniser : ")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "Ai&de"]  # Alt+A: the areas' "Ajouter", "Archiver"…


def test_errors_are_translated(qapp, french) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.errors import ValidationError
    from mornings_desktop.services.workspace import check_desk_name
    from mornings_desktop.ui.dialogs import translate_error

    with pytest.raises(ValidationError) as caught:
        check_desk_name("  ")
    assert translate_error(caught.value) == "Le nom du poste ne peut pas être vide."


def test_english_is_back_after_the_french_tests(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(state)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Mornings"
