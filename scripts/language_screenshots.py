"""The main window in French, English and Arabic: docs/images/lang-{fr,en,ar}-{area}.png.

Shows the Mornings, Check-in and Agenda areas of a demo Morning in each language, with the
translations compiled from this checkout (Arabic laid out right to left, as the program does).

Run: QT_QPA_PLATFORM=offscreen python scripts/language_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The screenshots make organisations of their own in throw-away folders: no keyring (their keys go
# to files in those folders, never to this computer's password store), a throw-away passphrase.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("MORNINGS_ORG_PASSPHRASE", "mornings-screenshots-throwaway")

LANGUAGES = ("fr", "en", "ar")
AREAS = ("mornings", "checkin", "agenda")


def main() -> None:
    from i18n import use_checkout_translations  # scripts/i18n.py, beside this script
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from mornings_desktop import i18n
    from mornings_desktop.services import registrations
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.settings import SOUND, Settings
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.main_window import MainWindow
    from mornings_desktop.ui.state import AppState

    app = QApplication.instance() or QApplication([])
    out = ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MORNINGS_DATA_DIR"] = tmp
        use_checkout_translations(Path(tmp) / "build")

        ws = Workspace.open(Path(tmp) / "desk.sqlite3", "Accueil 1")
        morning = create_demo(ws, attendees=60, seed=7, day="2026-12-10")
        settings = Settings(Path(tmp) / "settings.ini")
        settings.set(SOUND, False)
        people = [
            r
            for r in registrations.list_registrations(ws, morning)
            if not r.checked_in and r.status != "cancelled"
        ]
        for index, language in enumerate(LANGUAGES):
            translators = i18n.install_translations(app, language)
            direction = (
                Qt.LayoutDirection.RightToLeft
                if language == "ar"
                else Qt.LayoutDirection.LeftToRight
            )
            app.setLayoutDirection(direction)
            state = AppState(ws, settings, JobRunner(synchronous=True))
            state.set_current_morning(morning)
            window = MainWindow(state)
            window.resize(1280, 800)
            window.show()
            for area in AREAS:
                window.show_area(area)
                page = window.page(area)
                if area == "checkin" and hasattr(page, "handle_scan"):
                    page.handle_scan(people[index].code)  # a fresh arrival in each language
                app.processEvents()
                window.grab().save(str(out / f"lang-{language}-{area}.png"))
            window.close()
            window.deleteLater()
            state.close()
            app.processEvents()
            for translator in translators:
                app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        ws.close()
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(out.glob("lang-*.png"))))


if __name__ == "__main__":
    main()
