"""File dialogs speak the interface's language: Qt's own words (qtbase) plus the gaps we fill."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from mornings_desktop import i18n
from tests.unit.test_translations import load_i18n

ENGLISH = {"&Look in:", "File &name:", "Files of &type:", "&Save", "Cancel", "&Open"}


@pytest.fixture(params=["fr", "ar"])
def language(qapp, tmp_path: Path, monkeypatch, request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    script = load_i18n()
    monkeypatch.setattr(script, "BUILD", tmp_path / "build")
    script.build()
    monkeypatch.setattr(i18n, "qm_dir", lambda: tmp_path / "build")
    translators = i18n.install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen]
)
def test_the_file_dialog_has_no_english_word(qtbot, language: str, mode) -> None:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    shown = {w.text() for w in dialog.findChildren(QLabel)}
    shown |= {w.text() for w in dialog.findChildren(QAbstractButton)}
    assert not shown & ENGLISH, shown & ENGLISH
