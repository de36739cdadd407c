"""Screenshots of the check-in desk in each state: docs/images/checkin-<state>.png (French) and
docs/images/checkin-ar-<state>.png (Arabic). States: idle, admitted, attention (a result that
stays until the next action: a ticket of another Morning), already, cancelled, unknown, invalid,
error, admitted-attention (a VIP with flags and a note, a regular: "2e Matinale"), search (with results),
search-scripts (Latin letters finding a name registered in Arabic), search-prefix (its first
three Latin letters), no-match, walk-in (the form
prefilled with the typed name).

Run: QT_QPA_PLATFORM=offscreen python scripts/checkin_screenshots.py [--lang fr|ar|all]
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
# The screenshots make organisations of their own in throw-away folders: no keyring (their keys go
# to files in those folders, never to this computer's password store), a throw-away passphrase.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("MORNINGS_ORG_PASSPHRASE", "mornings-screenshots-throwaway")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="all", choices=("fr", "ar", "all"))
    langs = ("fr", "ar") if parser.parse_args().lang == "all" else (parser.parse_args().lang,)
    for lang in langs:
        shoot(lang)


def shoot(lang: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from mornings_desktop import codes
    from mornings_desktop.i18n import install_translations
    from mornings_desktop.ledger import ledger
    from mornings_desktop.services import registrations
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.settings import LANGUAGE, SOUND, Settings
    from mornings_desktop.ui.checkin.forms import WalkInDialog
    from mornings_desktop.ui.checkin.screen import CheckinScreen
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")  # the same look on every machine
    translators = install_translations(app, lang)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    prefix = "checkin-" if lang == "fr" else f"checkin-{lang}-"
    out = ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MORNINGS_DATA_DIR"] = tmp
        ws = Workspace.open(Path(tmp) / "desk.sqlite3", "Accueil 1")
        morning = create_demo(ws, attendees=120, seed=7, day="2026-12-10")
        other = create_demo(ws, attendees=3, seed=8, day="2027-01-14")
        settings = Settings(Path(tmp) / "settings.ini")
        settings.set(SOUND, False)
        settings.set(LANGUAGE, lang)
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
            screen.grab().save(str(out / f"{prefix}{name}.png"))

        def typed(text: str) -> None:  # as a person types it: the search runs
            screen.input.setText(text)
            screen.search.text_edited(text)
            screen.run_search()

        shot("idle", None)
        shot("admitted", codes.mangle_azerty(rows[0].code))
        shot("already", rows[0].code)
        shot("attention", other_code)
        regular = {"first_name": "Youssef", "last_name": "Alaoui", "email": "y.alaoui@example.ma"}
        before = registrations.register_person(ws, other, regular)
        ws.record(
            "checkin.created",
            {
                "id": str(uuid.uuid4()),
                "registration_id": before,
                "morning_id": other,
                "at": now_iso(),
                "method": "scanner",
            },
        )
        note = "حمية: بدون غلوتين" if lang == "ar" else "Régime sans gluten — prévenir le traiteur"
        vip = registrations.register_person(
            ws, morning, regular, category="vip", note=note, flags=["dietary", "payment_due"]
        )
        shot("admitted-attention", registrations.list_registrations(ws, morning, ids={vip})[0].code)
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
        typed(rows[5].name.split()[-1][:5].lower())
        shot("search", None)
        registrations.register_person(
            ws,
            morning,
            {"first_name": "عبد الرحيم", "last_name": "الشرايبي", "email": "a.c@example.ma"},
        )
        screen.input.clear()
        screen.panel.show_ready()
        typed("abderrahim chraibi")
        shot("search-scripts", None)
        registrations.register_person(
            ws, morning, {"first_name": "يوسف", "last_name": "العلوي", "email": "y.a@example.ma"}
        )
        screen.input.clear()
        screen.panel.show_ready()
        typed("ala")  # the first Latin letters of a name registered in Arabic
        shot("search-prefix", None)
        screen.input.clear()
        typed("Zineb Zerhouni")
        shot("no-match", None)
        walk_in = WalkInDialog(screen, ws, morning, screen.input.text().strip())
        walk_in.show()
        app.processEvents()
        walk_in.grab().save(str(out / f"{prefix}walk-in.png"))
        walk_in.deleteLater()
        screen.deleteLater()
        app.processEvents()
        state.close()
        ws.close()
    for translator in translators:
        app.removeTranslator(translator)


if __name__ == "__main__":
    main()
