"""The mail windows for the guide: a demo Morning, a local SMTP server (aiosmtpd, test extra)
that refuses one address, tickets sent, then the "Send tickets" dialog with its preview and outbox
(the refusal worded in the window's language), the mail settings form after a test message, and
the template editor with its live preview.

    QT_QPA_PLATFORM=offscreen python scripts/screenshot_mail.py [--lang fr|en|ar]
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The screenshots make organisations of their own in throw-away folders: no keyring (their keys go
# to files in those folders, never to this computer's password store), a throw-away passphrase.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("MORNINGS_ORG_PASSPHRASE", "mornings-screenshots-throwaway")


class _Refuse:
    def __init__(self, refused: str) -> None:
        self.refused = refused

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address == self.refused:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 2.0.0 Ok: queued"


def _shot(app: Any, window: Any, size: tuple[int, int], target: Path) -> None:
    window.resize(*size)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(target))
    print(target)
    window.close()
    window.deleteLater()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr", choices=("fr", "en", "ar"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    os.environ["MORNINGS_DATA_DIR"] = tempfile.mkdtemp()
    from aiosmtpd.controller import Controller
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from mornings_desktop.i18n import install_translations
    from mornings_desktop.services import registrations
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.mail import campaigns, claims, worker
    from mornings_desktop.services.mail import settings as mail_settings
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.mail.send_dialog import SendTicketsDialog
    from mornings_desktop.ui.mail.settings_dialog import MailSettingsDialog
    from mornings_desktop.ui.mail.template_editor import TemplateEditor

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    translators = install_translations(app, args.lang)
    if args.lang == "ar":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    ws = Workspace.open(Path(tempfile.mkdtemp()) / "desk.sqlite3", "Accueil 1")
    morning = create_demo(ws, attendees=24, seed=11, day="2026-12-10")
    rows = [r for r in registrations.list_registrations(ws, morning) if r.email]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = Controller(_Refuse(rows[3].email), hostname="127.0.0.1", port=port)
    server.start()
    try:
        settings = mail_settings.configure(
            ws, f"smtp://127.0.0.1:{port}?security=none", "Club Made in Morocco <club@example.ma>",
            rate_per_minute=0,
        )  # fmt: skip
        chosen = campaigns.plan(ws, morning)
        chosen.chosen = chosen.chosen[:8]
        claims.claim(ws, morning)
        worker.send_outbox(ws, settings, "", batch=campaigns.queue_messages(ws, settings, chosen))
        jobs = JobRunner(synchronous=True)
        suffix = "" if args.lang == "fr" else f"-{args.lang}"
        dialog = SendTicketsDialog(ws, jobs, morning)
        dialog.only.setCurrentIndex(dialog.only.findData("not-sent"))
        _shot(app, dialog, (1000, 760), args.out / f"mail-send{suffix}.png")
        form = MailSettingsDialog(ws, jobs)
        form.test_to.setText("vous@example.ma")
        form.send_test()
        _shot(app, form, (600, 0), args.out / f"mail-settings{suffix}.png")
        editor = TemplateEditor(ws, jobs, morning)
        editor.language.setCurrentIndex(editor.language.findData(args.lang))
        _shot(app, editor, (1100, 720), args.out / f"mail-templates{suffix}.png")
    finally:
        server.stop()
        ws.close()
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
