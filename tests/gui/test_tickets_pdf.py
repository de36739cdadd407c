"""A ticket PDF rendered at 150 dpi: every QR decodes to a genuine code of the right person."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import zxingcpp
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from mornings_desktop import codes
from mornings_desktop.services import registrations, tickets
from mornings_desktop.services.workspace import Workspace


def render_pages(path: Path, dpi: int = 150) -> list[np.ndarray]:
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    pages = []
    for i in range(doc.pageCount()):
        size = doc.pagePointSize(i)
        image = doc.render(
            i, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
        )
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        buffer = np.frombuffer(gray.constBits(), dtype=np.uint8)
        array = buffer.reshape(gray.height(), gray.bytesPerLine())[:, : gray.width()].copy()
        pages.append(array)
    doc.close()
    return pages


def test_every_qr_decodes_to_the_right_registration(
    qtbot, ws: Workspace, demo_morning: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    walk_in = registrations.register_walk_in(ws, demo_morning, "محمد بناني", "مجموعة OCP", "guest")
    cancelled = registrations.register_walk_in(ws, demo_morning, "Zoé Dupré", "", "guest")
    registrations.cancel(ws, cancelled)
    path = tmp_path / "billets.pdf"
    written = tickets.write_tickets(ws, demo_morning, path)
    rows = tickets.ticket_registrations(ws, demo_morning)
    assert written == len(rows) and walk_in in {r.id for r in rows}
    assert cancelled not in {r.id for r in rows}
    by_code = {r.code: r.id for r in rows}
    decoded: list[str] = []
    for page in render_pages(path):
        found = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
        decoded.extend(b.text for b in found)
    assert sorted(decoded) == sorted(by_code)
    key = ws.ticket_key
    for text in decoded:
        genuine = codes.find_genuine(key, text)
        assert genuine == text
        assert registrations.get_registration(ws, by_code[genuine]).code == genuine
    assert not list(tmp_path.glob(".*tmp"))


def test_one_person_and_a_selection(
    qtbot, ws: Workspace, demo_morning: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = tickets.ticket_registrations(ws, demo_morning)
    chosen = [rows[0].id, rows[5].id]
    path = tmp_path / "deux.pdf"
    assert tickets.write_tickets(ws, demo_morning, path, registration_ids=chosen) == 2
    (page,) = render_pages(path)
    found = {b.text for b in zxingcpp.read_barcodes(page)}
    assert found == {rows[0].code, rows[5].code}
