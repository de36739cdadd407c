"""A door desk's window in French and Arabic: DIR/door-{fr,ar}-{area}.png (default /tmp/door).

The organiser's desk makes a demo Morning and a join file for a door desk (`desk add --role
door`); a new database joins with it and imports the organiser's bundle, as at a venue. The
Mornings, People (with a registration open for editing) and Agenda areas are grabbed.

Run: QT_QPA_PLATFORM=offscreen python scripts/door_screenshots.py [DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Throw-away organisations: no keyring (keys go to files in the throw-away folder).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("MORNINGS_ORG_PASSPHRASE", "mornings-screenshots-throwaway")

LANGUAGES = ("fr", "ar")
AREAS = ("mornings", "people", "agenda")


def main() -> None:
    from i18n import use_checkout_translations  # scripts/i18n.py, beside this script
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from mornings_desktop import i18n
    from mornings_desktop.services import registrations
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.settings import SOUND, Settings
    from mornings_desktop.sync import bundle, join, join_offline
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.main_window import MainWindow
    from mornings_desktop.ui.people.registration_dialog import RegistrationDialog
    from mornings_desktop.ui.state import AppState

    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication([])
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/door")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MORNINGS_DATA_DIR"] = tmp
        use_checkout_translations(Path(tmp) / "build")
        office = Workspace.open(Path(tmp) / "office.sqlite3", "Bureau")
        morning = create_demo(office, attendees=60, seed=7, day="2026-12-10")
        (issued,) = join_offline.issue_files(office, "Porte", "door", Path(tmp) / "porte.join")
        bundle.export_bundle(office, Path(tmp) / "office.bundle")
        office.close()
        ws = Workspace.open(Path(tmp) / "door.sqlite3", "Porte")
        join.join_with_file(ws, issued.file)
        bundle.import_bundle(ws, Path(tmp) / "office.bundle")
        settings = Settings(Path(tmp) / "settings.ini")
        settings.set(SOUND, False)
        row = registrations.list_registrations(ws, morning)[0]
        for language in LANGUAGES:
            translators = i18n.install_translations(app, language)
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if language == "ar"
                else Qt.LayoutDirection.LeftToRight
            )
            state = AppState(ws, settings, JobRunner(synchronous=True))
            state.set_current_morning(morning)
            window = MainWindow(state)
            window.resize(1280, 800)
            window.show()
            for area in AREAS:
                window.show_area(area)
                app.processEvents()
                window.grab().save(str(out / f"door-{language}-{area}.png"))
            dialog = RegistrationDialog(ws, morning, row, window)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"door-{language}-registration.png"))
            dialog.close()
            window.close()
            window.deleteLater()
            state.close()
            app.processEvents()
            for translator in translators:
                app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        ws.close()
    print("\n".join(str(p) for p in sorted(out.glob("door-*.png"))))


if __name__ == "__main__":
    main()
