"""The programme PDF renders with QtPdf (what printing uses) and shows text on the page."""

from __future__ import annotations

from pathlib import Path

from mornings_desktop.documents.programme_pdf import write_programme_pdf
from mornings_desktop.services.agenda_programme import programme
from mornings_desktop.services.workspace import Workspace


def test_pdf_renders_with_qtpdf(qapp, ws: Workspace, demo_morning: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    out = write_programme_pdf(programme(ws, demo_morning), tmp_path / "p.pdf", page_format="a5")
    doc = QPdfDocument(None)
    assert doc.load(str(out)) == QPdfDocument.Error.None_
    assert doc.pageCount() >= 1
    image = doc.render(0, QSize(420, 595))
    assert not image.isNull()
    dark = sum(
        1
        for x in range(0, 420, 3)
        for y in range(0, 595, 3)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 100  # text was drawn
    doc.close()
