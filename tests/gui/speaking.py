"""The window in another language for one test: this checkout's .ts files compiled and installed,
English (and left-to-right) back afterwards."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from mornings_desktop import i18n
from tests.unit.test_translations import load_i18n


@contextlib.contextmanager
def speaking(qapp: QApplication, language: str, tmp_path: Path) -> Iterator[None]:
    script = load_i18n()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(script, "BUILD", tmp_path / "build")
        script.build()  # this checkout's .ts files, not whatever was built before
        patch.setattr(i18n, "qm_dir", lambda: tmp_path / "build")
        translators = i18n.install_translations(qapp, language)
        assert translators, f"the {language} .qm files loaded"
        try:
            yield
        finally:
            for translator in translators:
                QApplication.removeTranslator(translator)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
