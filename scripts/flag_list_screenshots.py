"""The organiser's list of flags, the registration form offering it and the door naming the flags,
in French and Arabic: docs/images/flags-{fr,ar}-{list,form,door,door-edit,template}.png; and a badge page
with a VIP flag printed beside the category: docs/images/flags-badge.png (pdftoppm).

Run: QT_QPA_PLATFORM=offscreen python scripts/flag_list_screenshots.py
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


def main() -> None:
    from i18n import use_checkout_translations  # scripts/i18n.py, beside this script
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from mornings_desktop import i18n
    from mornings_desktop.documents.badge_catalogue import load_catalogue
    from mornings_desktop.services import badges, flag_list, registrations
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.settings import SOUND, Settings
    from mornings_desktop.ui.badges.template_editor import TemplateEditor
    from mornings_desktop.ui.checkin.flags_dialog import DoorFlagsDialog
    from mornings_desktop.ui.checkin.screen import CheckinScreen
    from mornings_desktop.ui.flag_list_dialog import FlagListDialog
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.people.registration_dialog import RegistrationDialog
    from mornings_desktop.ui.state import AppState

    app = QApplication.instance() or QApplication([])
    out = ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MORNINGS_DATA_DIR"] = tmp
        use_checkout_translations(Path(tmp) / "build")

        ws = Workspace.open(Path(tmp) / "desk.sqlite3", "Accueil 1")
        morning = create_demo(ws, attendees=30, seed=7, day="2026-12-10")
        nuts = flag_list.add_flag(ws, "Allergie aux noix", en="Nut allergy", ar="حساسية الجوز")
        flag_list.rename_flag(ws, "vip", fr="Invité d'honneur", en="Guest of honour",
                              ar="ضيف شرف")  # fmt: skip
        flag_list.retire_flag(ws, "press")
        people = [r for r in registrations.list_registrations(ws, morning)
                  if r.category in ("guest", "member") and not r.checked_in and not r.note]  # fmt: skip
        for row in people[:2]:
            registrations.edit_registration(ws, row.id, flags=["press", nuts.key, "vip"])
        settings = Settings(Path(tmp) / "settings.ini")
        settings.set(SOUND, False)
        for index, language in enumerate(("fr", "ar")):
            translators = i18n.install_translations(app, language)
            rtl = language == "ar"
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            state = AppState(ws, settings, JobRunner(synchronous=True))
            state.set_current_morning(morning)
            dialog = FlagListDialog(state)
            dialog.show()
            dialog.list.setCurrentRow(4)
            app.processEvents()
            dialog.grab().save(str(out / f"flags-{language}-list.png"))
            dialog.close()
            row = registrations.get_registration(ws, people[index].id)
            form = RegistrationDialog(ws, morning, row)
            form.show()
            app.processEvents()
            form.grab().save(str(out / f"flags-{language}-form.png"))
            form.close()
            desk = CheckinScreen(state)
            desk.resize(1200, 700)
            desk.show()
            desk.handle_scan(row.code)
            app.processEvents()
            desk.grab().save(str(out / f"flags-{language}-door.png"))
            desk.close()
            door_edit = DoorFlagsDialog(ws, row)
            door_edit.show()
            app.processEvents()
            door_edit.grab().save(str(out / f"flags-{language}-door-edit.png"))
            door_edit.close()
            template = load_catalogue().get("a4-2x4-a7")
            editor = TemplateEditor(template, Path(tmp) / "templates", {})
            editor.show()
            app.processEvents()
            editor.grab().save(str(out / f"flags-{language}-template.png"))
            editor.close()
            for widget in (dialog, form, desk, editor, door_edit):
                widget.deleteLater()
            state.close()
            app.processEvents()
            for translator in translators:
                app.removeTranslator(translator)
        import subprocess

        pdf = Path(tmp) / "badges.pdf"
        chosen = [registrations.get_registration(ws, r.id) for r in people[:4]]
        badges.generate(ws, morning, chosen, load_catalogue().get("a4-2x4-a7"), pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(out / "flags-badge")], check=True)  # fmt: skip
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        ws.close()
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(out.glob("flags-*.png"))))


if __name__ == "__main__":
    main()
