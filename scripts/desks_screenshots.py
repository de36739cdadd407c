"""The Sync area's Desks tab of an organiser desk with a hub, in French and Arabic: the list (a door
desk synced, one with its clock 2 hours ahead, one revoked) and the Revoke question: docs/images/desks-{fr,ar}-{list,revoke}.png.

Starts a throw-away PostgreSQL (the `pgserver` wheel, as the sync tests do) in a temporary folder.
Run: QT_QPA_PLATFORM=offscreen python scripts/desks_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
import warnings
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Throw-away organisations in throw-away folders: a file keyring there, never this computer's.
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.sync.file_keyring.FileKeyring"
os.environ.setdefault("MORNINGS_ORG_PASSPHRASE", "mornings-screenshots-throwaway")


def main() -> None:
    import psycopg
    from i18n import use_checkout_translations  # scripts/i18n.py, beside this script
    from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from mornings_desktop import i18n
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.settings import Settings
    from mornings_desktop.sync import client, credentials, hub_admin, hub_desks, join
    from mornings_desktop.timeutil import now_utc
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState
    from mornings_desktop.ui.sync.screen import SyncScreen

    app = QApplication.instance() or QApplication([])
    out = ROOT / "docs" / "images"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)  # as root, pgserver runs postgres as another user
        os.environ["MORNINGS_DATA_DIR"] = str(folder / "data")
        os.environ["MORNINGS_TEST_KEYRING"] = str(folder / "keyring.json")
        use_checkout_translations(folder / "build")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pgserver

            server = pgserver.get_server(folder / "pg", cleanup_mode="stop")
        try:
            base = server.get_uri()
            with psycopg.connect(base, autocommit=True) as conn:
                conn.execute("CREATE DATABASE mornings")
            hub = urlunsplit(urlsplit(base)._replace(path="/mornings"))
            admin = Workspace.open(folder / "admin.sqlite3", "Admin")
            hub_admin.init_hub(hub, admin.org_id, admin.ticket_key.hex())

            def joined(name: str, role: str) -> Workspace:
                path = folder / f"{uuid.uuid4().hex}.mornings-join"
                key = admin.ticket_key.hex()
                hub_desks.issue_desks(hub, admin.org_id, key, name, role, path)
                ws = Workspace.open(folder / f"{uuid.uuid4().hex}.sqlite3", name)
                join.join_with_file(ws, path)
                return ws

            office = joined("Bureau", "organiser")
            doors = [joined(name, "door") for name in ("Accueil 1", "Accueil 2", "Entrée B")]
            for ws in doors:
                ahead = ws.desk_name == "Accueil 2"  # a laptop whose clock is 2 hours ahead
                client.sync_round(
                    ws,
                    credentials.complete_url(str(ws.meta(client.HUB_URL))),
                    wall_clock=lambda ahead=ahead: now_utc() + timedelta(hours=2 if ahead else 0),
                )
            hub_desks.revoke_desk(hub, "Entrée B", org_id=admin.org_id)
            for language in ("fr", "ar"):
                translators = i18n.install_translations(app, language)
                rtl = language == "ar"
                app.setLayoutDirection(
                    Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
                )
                state = AppState(
                    office, Settings(folder / "settings.ini"), JobRunner(synchronous=True)
                )
                screen = SyncScreen(state)
                screen.resize(1000, 560)
                screen.show()
                app.processEvents()
                screen.desks._admin_url = hub  # as if the administrator's password was given
                screen.tabs.setCurrentIndex(screen.desks_tab)
                app.processEvents()
                screen.desks.refresh()
                table = screen.desks.table
                table.selectionModel().select(
                    table.model().index(1, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                app.processEvents()
                screen.grab().save(str(out / f"desks-{language}-list.png"))
                screen.desks.revoke_desk()
                dialog = screen.desks.dialog
                assert dialog is not None
                dialog.from_time.setChecked(True)  # type: ignore[attr-defined]
                dialog.confirm.setText("Accueil 1")  # type: ignore[attr-defined]
                app.processEvents()
                dialog.grab().save(str(out / f"desks-{language}-revoke.png"))
                dialog.reject()
                screen.controller.stop()
                screen.close()
                screen.deleteLater()
                state.close()
                app.processEvents()
                for translator in translators:
                    app.removeTranslator(translator)
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            for ws in (admin, office, *doors):
                ws.close()
        finally:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                server.cleanup()
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(out.glob("desks-*.png"))))


if __name__ == "__main__":
    main()
