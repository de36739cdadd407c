"""Screenshots of the check-in desk showing each kind of result: docs/images/checkin-<result>.png.

Run: QT_QPA_PLATFORM=offscreen python scripts/checkin_screenshots.py
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from mornings_desktop import codes
    from mornings_desktop.ledger import ledger
    from mornings_desktop.services import registrations
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.settings import SOUND, Settings
    from mornings_desktop.ui.checkin.screen import CheckinScreen
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    app = QApplication.instance() or QApplication([])
    out = ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MORNINGS_DATA_DIR"] = tmp
        ws = Workspace.open(Path(tmp) / "desk.sqlite3", "Accueil 1")
        morning = create_demo(ws, attendees=120, seed=7, day="2026-12-10")
        other = create_demo(ws, attendees=3, seed=8, day="2027-01-14")
        settings = Settings(Path(tmp) / "settings.ini")
        settings.set(SOUND, False)
        state = AppState(ws, settings, JobRunner(synchronous=True))
        state.set_current_morning(morning)
        screen = CheckinScreen(state)
        screen.resize(1280, 800)
        screen.show()
        rows = [r for r in registrations.list_registrations(ws, morning) if r.category != "speaker"]
        speakers = [
            r for r in registrations.list_registrations(ws, morning) if r.category == "speaker"
        ]
        import random
        import uuid
        from datetime import timedelta

        from mornings_desktop.timeutil import from_iso, now_iso, to_iso

        rng = random.Random(3)
        start = from_iso(now_iso()) - timedelta(minutes=45)
        for r in rows[10:70] + speakers[:3]:  # arrivals over the last 45 minutes, for the live view
            at = to_iso(start + timedelta(minutes=min(44, rng.gauss(25, 10) % 45)))
            payload = {
                "id": str(uuid.uuid4()),
                "registration_id": r.id,
                "morning_id": morning,
                "at": at,
                "method": "scanner",
            }
            ws.record("checkin.created", payload)
        ws.record("registration.cancelled", {"id": rows[2].id, "reason": "asked"})
        other_code = registrations.list_registrations(ws, other)[0].code

        def shot(name: str, text: str | None) -> None:
            if text is not None:
                screen.handle_scan(text)
            screen.live.refresh()
            app.processEvents()
            screen.grab().save(str(out / f"checkin-{name}.png"))

        shot("admitted", codes.mangle_azerty(rows[0].code))
        shot("already", rows[0].code)
        shot("wrong-event", other_code)
        shot("cancelled", rows[2].code)
        shot("unknown", codes.make_code(ws.ticket_key))
        shot("invalid", codes.make_code(secrets.token_bytes(32)))
        real = ledger.record

        def full(*a, **k):  # type: ignore[no-untyped-def]
            raise sqlite3.OperationalError("database or disk is full")

        ledger.record = full  # type: ignore[assignment]
        shot("error", rows[3].code)
        ledger.record = real  # type: ignore[assignment]
        screen.panel.show_ready()
        screen.input.setText("benanni")
        screen.run_search()
        shot("search", None)
        screen.deleteLater()
        app.processEvents()
        state.close()
        ws.close()


if __name__ == "__main__":
    main()
