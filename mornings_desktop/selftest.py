"""`mornings --self-test`: check this installation end to end, in a temporary folder.

Creates a database, makes a demo Morning, renders a badge, decodes its QR code from the rendered
page, admits that code at the check-in service, writes the attendance workbook and reads it back.
Prints each check as it goes; exits 0 only if every check passed. Touches nothing of the user's.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _qt_app() -> Any:
    """A QGuiApplication for rendering (offscreen when there is no display)."""
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def run_self_test(out: Callable[[str], None] = print) -> int:
    checks: list[tuple[str, bool, str]] = []
    state: dict[str, Any] = {}

    def check(name: str, func: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = func()
            ok = True
        except Exception as exc:  # report every failure and go on
            detail = f"{type(exc).__name__}: {exc}"
            if os.environ.get("MORNINGS_SELFTEST_TRACE"):
                traceback.print_exc()
            ok = False
        elapsed = (time.perf_counter() - started) * 1000
        checks.append((name, ok, detail))
        out(
            f"{'PASS' if ok else 'FAIL'}  {name} ({elapsed:.0f} ms){': ' + detail if detail else ''}"
        )
        return ok

    with tempfile.TemporaryDirectory(prefix="mornings-selftest-") as folder:
        root = Path(folder)
        os.environ["MORNINGS_DATA_DIR"] = str(root / "data")
        # The throwaway organisation's key, on a computer without a keyring, needs a passphrase.
        from mornings_desktop.ledger import passphrase_source

        throwaway = secrets.token_urlsafe(16)
        passphrase_source.set_passphrase_source(lambda _purpose, _path: throwaway)

        def open_db() -> str:
            from mornings_desktop.services.workspace import Workspace

            state["ws"] = Workspace.open(root / "selftest.sqlite3", "Self-test")
            with state["ws"].db.engine.connect() as conn:
                mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            return f"journal_mode={mode}"

        def make_demo() -> str:
            from mornings_desktop.services import demo, registrations

            ws = state["ws"]
            state["morning"] = demo.create_demo(ws, attendees=20, seed=3, day="2026-12-10")
            rows = registrations.list_registrations(ws, state["morning"])
            state["person"] = next(r for r in rows if r.category != "speaker")
            return f"{len(rows)} registrations"

        def render_badge() -> str:
            from mornings_desktop.documents.badge_catalogue import load_catalogue
            from mornings_desktop.services import badges

            template = load_catalogue().get("a6-single")
            state["pdf"] = root / "badge.pdf"
            badges.generate(
                state["ws"], state["morning"], [state["person"]], template, state["pdf"]
            )
            return f"{state['pdf'].stat().st_size} bytes"

        def decode_qr() -> str:
            import zxingcpp
            from PySide6.QtCore import QSize
            from PySide6.QtGui import QImage
            from PySide6.QtPdf import QPdfDocument

            state["app"] = _qt_app()
            doc = QPdfDocument()
            if doc.load(str(state["pdf"])) != QPdfDocument.Error.None_:
                raise RuntimeError("QtPdf could not open the badge")
            size = doc.pagePointSize(0)
            image = doc.render(
                0, QSize(round(size.width() * 150 / 72), round(size.height() * 150 / 72))
            )
            doc.close()
            found = [
                b.text
                for b in zxingcpp.read_barcodes(
                    image.convertToFormat(QImage.Format.Format_Grayscale8)
                )
            ]
            if found != [state["person"].code]:
                raise RuntimeError(f"decoded {found}, expected [{state['person'].code}]")
            state["code"] = found[0]
            return found[0]

        def admit() -> str:
            from mornings_desktop.services import checkin

            result = checkin.scan(state["ws"], state["morning"], state["code"])
            if result.result != "admitted" or result.registration_id != state["person"].id:
                raise RuntimeError(f"got {result.result} for {result.registration_id}")
            return f"admitted {result.name}"

        def workbook() -> str:
            from openpyxl import load_workbook

            from mornings_desktop.services import exports

            target = root / "attendance.xlsx"
            exports.export_attendance(state["ws"], state["morning"], target, language="en")
            book = load_workbook(target, read_only=True)
            sheet = book.worksheets[0]
            rows = list(sheet.iter_rows(values_only=True))
            book.close()
            header = [str(c) for c in rows[0]]
            present_col = next(i for i, h in enumerate(header) if h.lower().startswith("present"))
            present = [r for r in rows[1:] if str(r[present_col]).lower() in ("yes", "oui")]
            if len(present) != 1 or state["person"].last_name not in " ".join(map(str, present[0])):
                raise RuntimeError(f"{len(present)} present rows in the workbook, expected 1")
            return f"{len(rows) - 1} rows read back, 1 present"

        for name, func in (
            ("database created (WAL, migrations)", open_db),
            ("demo Morning", make_demo),
            ("badge rendered (PDF)", render_badge),
            ("QR code decoded from the rendered badge", decode_qr),
            ("code admitted at check-in", admit),
            ("attendance workbook written and read back", workbook),
        ):
            if not check(name, func):
                break
        if "ws" in state:
            state["ws"].close()
    passed = sum(1 for _, ok, _ in checks if ok)
    out(f"{passed} passed, {6 - passed} failed")
    return 0 if passed == 6 else 1
