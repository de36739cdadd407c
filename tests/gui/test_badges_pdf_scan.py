"""The badge PDF of the demo Morning, rendered by QtPdf at 150 dpi: every QR code decodes with
zxing-cpp, the codes are exactly the selected registrations', and the check-in service admits
each one as the person whose name is on that badge."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from mornings_desktop.documents.badge_catalogue import load_catalogue
from mornings_desktop.documents.badge_layout import Calibration, sheet_positions
from mornings_desktop.services import badges, checkin
from mornings_desktop.services.registrations import add_person, add_registration

DPI = 150
CATALOGUE = load_catalogue()


def render_pages(pdf: Path, dpi: int = DPI) -> list[QImage]:
    doc = QPdfDocument()
    assert doc.load(str(pdf)) == QPdfDocument.Error.None_
    images = []
    for page in range(doc.pageCount()):
        size = doc.pagePointSize(page)
        image = doc.render(
            page, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        )
        assert not image.isNull()
        images.append(image.convertToFormat(QImage.Format.Format_Grayscale8))
    doc.close()
    return images


def decode(image: QImage) -> list[tuple[str, float, float]]:
    """(text, centre x, centre y in points from the top-left) of every QR code on the page."""
    found = []
    for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        p = barcode.position
        cx = (p.top_left.x + p.top_right.x + p.bottom_left.x + p.bottom_right.x) / 4
        cy = (p.top_left.y + p.top_right.y + p.bottom_left.y + p.bottom_right.y) / 4
        found.append((barcode.text, cx * 72 / DPI, cy * 72 / DPI))
    return found


def slot_of(template, x: float, y_from_top: float) -> int:  # type: ignore[no-untyped-def]
    for index, rect in enumerate(sheet_positions(template)):
        top = template.page_height - rect.top
        if rect.x <= x <= rect.right and top <= y_from_top <= top + rect.height:
            return index
    raise AssertionError(f"a QR code outside every badge at {x:.0f}, {y_from_top:.0f}")


def test_every_badge_of_the_demo_morning_scans_and_admits_its_person(
    qapp, ws, demo_morning: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    template = CATALOGUE.get("a4-2x4-a7")
    rows = badges.select_registrations(ws, demo_morning)
    assert len(rows) >= 40
    result = badges.generate(ws, demo_morning, rows, template, tmp_path / "badges.pdf")
    assert result.warnings == []
    pages = render_pages(result.path)
    assert len(pages) == -(-len(rows) // template.per_page) == result.pages
    seen: list[tuple[int, str]] = []  # (badge index in the selection, code)
    for page_no, image in enumerate(pages):
        for text, x, y in decode(image):
            seen.append((page_no * template.per_page + slot_of(template, x, y), text))
    assert sorted(code for _, code in seen) == sorted(r.code for r in rows)
    assert len({index for index, _ in seen}) == len(rows)
    desk = checkin.ScanDesk(ws, demo_morning)
    for index, code in seen:
        outcome = desk.scan(code)
        assert outcome.result == "admitted", (code, outcome)
        assert outcome.registration_id == rows[index].id
        assert outcome.name == rows[index].name
    # And now the "checked in only" selection is everyone on these badges.
    assert {r.id for r in badges.select_registrations(ws, demo_morning, only="checked-in")} == {
        r.id for r in rows
    }


@pytest.mark.parametrize("template_id", [t.id for t in CATALOGUE.templates])
def test_every_template_prints_scannable_badges_with_hard_names(
    qapp, ws, demo_morning: str, tmp_path: Path, template_id: str
) -> None:  # type: ignore[no-untyped-def]
    """Arabic, accents, an 80-character name, emoji only, no organisation: all scan, on every
    stock, double-sided and with a calibration applied."""
    people = [
        {
            "first_name": "فاطمة الزهراء",
            "last_name": "الإدريسي",
            "organisation": "الاتحاد العام لمقاولات المغرب",
        },
        {"first_name": "Noémie-Héloïse", "last_name": "Lefèvre-Dupré", "organisation": ""},
        {
            "first_name": "Jean-Baptiste Emmanuel-Marie Hippolyte de La Tour d'Auvergne Lauraguais",
            "last_name": "Saavedra",
        },
        {"first_name": "🎉🎉", "last_name": "🦄", "organisation": "Start-up Nation MA"},
    ]
    ids = []
    with ws.transaction() as tx:
        for fields in people:
            person = add_person(tx, fields)
            ids.append(add_registration(ws, tx, demo_morning, person, category="vip"))
    rows = [r for r in badges.select_registrations(ws, demo_morning, category="vip") if r.id in ids]
    assert len(rows) == 4
    template = CATALOGUE.get(template_id)
    result = badges.generate(
        ws, demo_morning, rows, template, tmp_path / "hard.pdf",
        double_sided=True, calibration=Calibration(offset_x_mm=0.5, offset_y_mm=-0.5),
    )  # fmt: skip
    pages = render_pages(result.path)
    per_sheet = template.per_page
    assert len(pages) == 2 * -(-4 // per_sheet)
    codes = [text for image in pages for text, _, _ in decode(image)]
    # Each badge twice: once on the front, once on its back.
    assert sorted(codes) == sorted(r.code for r in rows for _ in range(2))
    for page in pages:  # never a blank page
        assert page.bits() is not None
        assert (
            min(
                page.pixel(x, y) & 0xFF
                for x in range(0, page.width(), 7)
                for y in range(0, page.height(), 7)
            )
            < 50
        )
