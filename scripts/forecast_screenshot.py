"""The Mornings area with the breakfast forecast, for the user guide: docs/images/guide/forecast.png.

A demo series of 14 monthly Mornings (fixed seed and dates, a temporary data folder), the last one
upcoming and current; the French interface unless `--lang` says otherwise.

    QT_QPA_PLATFORM=offscreen python scripts/forecast_screenshot.py [--lang fr|en|ar]
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="fr", choices=("fr", "en", "ar"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "images" / "guide" / "forecast.png"))
    args = parser.parse_args(argv)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from mornings_desktop.i18n import install_translations
    from mornings_desktop.services.demo_series import create_series
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.settings import LANGUAGE, SOUND, Settings
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.main_window import MainWindow
    from mornings_desktop.ui.state import AppState

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    translators = install_translations(app, args.lang)
    if args.lang == "ar":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MORNINGS_DATA_DIR"] = tmp
        ws = Workspace.open(Path(tmp) / "desk.sqlite3", "Accueil 1")
        ids = create_series(ws, count=14, attendees=260, seed=7, day="2026-12-10")
        settings = Settings(Path(tmp) / "settings.ini")
        settings.set(SOUND, False)
        settings.set(LANGUAGE, args.lang)
        state = AppState(ws, settings, JobRunner(synchronous=True))
        state.set_current_morning(ids[-1])
        window = MainWindow(state)
        window.resize(1280, 860)
        window.show()
        window.show_area("mornings")
        for _ in range(10):
            app.processEvents()
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        print(out)
        window.close()
        state.close()
        ws.close()
    for translator in translators:
        app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
