"""Loading translations: ours (every `.qm` of the language) and Qt's own (qtbase_xx.qm).

Source strings are English; French is the default language. A missing or unreadable translation
file is not an error: the program falls back to English and says so in the log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mornings_desktop.paths import resources_dir

log = logging.getLogger(__name__)

# The locale behind each language: Moroccan Arabic conventions (Latin digits, "دجنبر").
LOCALES = {"ar": "ar_MA"}
# The source language: its only file holds the plural forms ("1 badge", "2 badges" for the
# source's "%n badge(s)"); without it English reads "(s)", not a reason to warn of a fallback.
ENGLISH = "en"


def qm_dir() -> Path:
    return resources_dir() / "translations" / "build"


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, language))


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for `language`; returns them (keep them alive). Never raises."""
    installed: list[QTranslator] = []
    try:
        folder = qm_dir() / language
        files = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    except OSError as exc:  # an unreadable resources folder
        log.warning("cannot list the translations of %r: %s; using English", language, exc)
        files = []
    else:
        if not files and language == ENGLISH:
            log.warning("no English plural forms in %s; counts read '(s)'", folder)
        elif not files:
            log.warning("no translation files for %r in %s; using English", language, folder)
    for qm in files:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("cannot load the translation file %s; its strings stay English", qm)
    if language == ENGLISH:  # the source language: ours are its plural forms, Qt's is English
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return installed
    locale = locale_for(language)
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    else:
        log.info("no Qt translation (qtbase) for %r in %s", language, qt_dir)
    QLocale.setDefault(locale)
    return installed
