"""Screenshots of every area and the main dialogs, for the user guide: docs/images/guide/*.png.

Run by `make screenshots`. Works headless (offscreen platform when there is no display) and gives
the same pictures each time: a fixed seed and date for the demo Morning, a fixed window size, a
temporary data folder and database (the user's own are never touched), the French interface.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--lang fr|en|ar] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
# The screenshots make organisations of their own in throw-away folders: no keyring (their keys go
# to files in those folders, never to this computer's password store), a throw-away passphrase.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("MORNINGS_ORG_PASSPHRASE", "mornings-screenshots-throwaway")

SIZE = (1280, 800)
DAY = "2026-12-10"
SEED = 7
DOORS_OPEN = datetime(2026, 12, 10, 7, 40, tzinfo=UTC)  # 08:40 in Casablanca


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="fr", choices=("fr", "en", "ar"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "images" / "guide"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    # A fixed folder name, so the path the window shows is the same on every run.
    tmp = Path(tempfile.gettempdir()) / "mornings-guide-screenshots"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    os.environ["MORNINGS_DATA_DIR"] = str(tmp)  # before anything reads the paths
    _freeze_clock()
    _seed_randomness()
    try:
        return _shoot(tmp, out, args.lang)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _seed_randomness() -> None:
    """Same ticket key, codes (hence QR codes) and ids on every run. Only in this process, for
    pictures of a throw-away database: real tickets keep their cryptographic randomness."""
    import random
    import secrets
    import uuid

    rng = random.Random(SEED)
    secrets.token_bytes = lambda n=32: rng.randbytes(n)  # type: ignore[assignment]
    secrets.token_hex = lambda n=32: rng.randbytes(n).hex()  # type: ignore[assignment]
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)  # type: ignore[assignment]


CLOCK = [DOORS_OPEN]


def _freeze_clock() -> None:
    """The morning of the demo: the clock reads CLOCK[0], which the arrivals move on, so arrival
    times and the live view are the same on every run."""
    from mornings_desktop import timeutil

    timeutil.now_utc = lambda: CLOCK[0]  # type: ignore[assignment]


def _shoot(tmp: Path, out: Path, lang: str) -> int:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from mornings_desktop import APP_NAME, ORG_NAME
    from mornings_desktop.i18n import install_translations
    from mornings_desktop.imports.mapping import guess_mapping
    from mornings_desktop.services import checkin, mornings, registrations
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.settings import LANGUAGE, SOUND, Settings
    from mornings_desktop.ui.checkin.forms import WalkInDialog
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.main_window import MainWindow
    from mornings_desktop.ui.mornings.editor import MorningEditor
    from mornings_desktop.ui.people.import_wizard import MappingDialog
    from mornings_desktop.ui.settings_dialog import SettingsDialog
    from mornings_desktop.ui.state import AppState

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")  # the same look on every machine
    translators = install_translations(app, lang)
    if lang == "ar":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

    ws = Workspace.open(tmp / "desk.sqlite3", "Accueil 1")
    morning = create_demo(ws, attendees=120, seed=SEED, day=DAY)
    settings = Settings(tmp / "settings.ini")
    settings.set(SOUND, False)
    settings.set(LANGUAGE, lang)
    state = AppState(ws, settings, JobRunner(synchronous=True))
    state.set_current_morning(morning)
    people = [r for r in registrations.list_registrations(ws, morning) if r.category != "speaker"]
    for i, row in enumerate(people[5:35]):  # arrivals over 20 minutes: lists and counts not empty
        CLOCK[0] = DOORS_OPEN + timedelta(seconds=40 * i + (i * 7919) % 30)
        checkin.scan(ws, morning, row.code)
    CLOCK[0] = DOORS_OPEN + timedelta(minutes=21)

    window = MainWindow(state)
    window.resize(*SIZE)
    window.show()
    shots: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{len(shots) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        shots.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def dialog_shot(dialog: QWidget, name: str, width: int = 0, height: int = 0) -> None:
        dialog.adjustSize()
        if width or height:
            dialog.resize(max(width, dialog.width()), max(height, dialog.height()))
        dialog.show()
        save(dialog, name)
        dialog.close()
        dialog.deleteLater()
        settle()

    for area in window.areas:
        window.show_area(area.key)
        page = window.page(area.key)
        if area.key == "checkin":
            page.handle_scan(people[0].code)  # type: ignore[attr-defined]
            settle()
            page.live.refresh()  # type: ignore[attr-defined]
        save(window, area.key)

    info = mornings.get(ws, morning)
    editor = MorningEditor(ws, info, window)
    editor.title.setCursorPosition(0)
    dialog_shot(editor, "morning-editor", 640)
    dialog_shot(WalkInDialog(window, ws, morning, "Salma Idrissi"), "walk-in", 460)
    headers = ["Prénom", "Nom", "Société", "E-mail", "Téléphone", "Type"]
    rows = [
        ["Yasmine", "Benali", "Atlas Conseil", "y.benali@example.ma", "0612345678", "Membre"],
        ["Karim", "El Fassi", "Soukna SARL", "karim@example.ma", "0698765432", "Invité"],
        ["Nadia", "Tazi", "BMCE", "n.tazi@example.ma", "", "Membre"],
    ]
    mapping = MappingDialog(headers, rows, guess_mapping(headers), window)
    mapping.table.resizeColumnsToContents()
    table_width = mapping.table.horizontalHeader().length()
    table_width += mapping.table.verticalHeader().width() + 60
    dialog_shot(mapping, "import-mapping", table_width)
    dialog_shot(SettingsDialog(state, window), "settings", 520)

    window.close()
    window.deleteLater()
    settle()
    state.close()
    ws.close()
    for translator in translators:
        app.removeTranslator(translator)
    print(f"{len(shots)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
