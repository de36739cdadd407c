"""Arabic alerts keep Latin titles and time ranges in order: bidi isolation (U+2068 … U+2069)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mornings_desktop import i18n
from mornings_desktop.services.agenda_warnings import Warning
from mornings_desktop.ui.agenda.texts import warning_text
from mornings_desktop.ui.labels import time_range
from mornings_desktop.wording.tr import FSI, PDI
from tests.unit.test_translations import load_i18n


@pytest.fixture
def arabic(qapp, tmp_path: Path, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    script = load_i18n()
    monkeypatch.setattr(script, "BUILD", tmp_path / "build")
    script.build()
    monkeypatch.setattr(i18n, "qm_dir", lambda: tmp_path / "build")
    translators = i18n.install_translations(qapp, "ar")
    yield
    for translator in translators:
        QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_an_arabic_alert_isolates_the_french_title_and_the_times(arabic) -> None:  # type: ignore[no-untyped-def]
    w = Warning(
        "outside_hours",
        "warning",
        ("s1",),
        "k",
        {"title": "Mot d'ouverture", "start": "08:30", "end": "11:00", "opens": "08:30",
         "closes": "10:30"},
    )  # fmt: skip
    text = warning_text(w)
    assert f"{FSI}Mot d'ouverture{PDI}" in text
    assert f"{FSI}08:30–11:00{PDI}" in text and f"{FSI}08:30–10:30{PDI}" in text
    assert time_range("08:30", "11:00") == f"{FSI}08:30–11:00{PDI}"


def test_french_has_no_marks() -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        assert time_range("08:30", "11:00") == "08:30–11:00"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
