"""The calibration test page: rulers, crosshairs and the template's die-cut outlines.

Printed on plain paper and laid over a sheet of labels (or measured with a ruler), it tells how far
a printer moves and stretches what it prints: the rulers along the top and left edges start at the
paper's edge, each crosshair is labelled with its exact distance from the top-left corner, and the
badge outlines show where the die-cuts should be. The person types the measured differences into
the calibration dialog; printing the page again with the calibration applied checks the result.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from mornings_desktop.documents.badge_layout import (
    BOLD,
    REGULAR,
    Calibration,
    register_fonts,
    sheet_positions,
)
from mornings_desktop.documents.badge_templates import MM, BadgeTemplate


def crosshair_points(t: BadgeTemplate) -> list[tuple[float, float]]:
    """Where the crosshairs go, in millimetres from the page's top-left corner: 20 mm in from
    each corner (or the page's middle when it is smaller) and the centre."""
    w, h = t.page_width / MM, t.page_height / MM
    inset_x, inset_y = min(20.0, w / 4), min(20.0, h / 4)
    return [
        (inset_x, inset_y),
        (w - inset_x, inset_y),
        (w / 2, h / 2),
        (inset_x, h - inset_y),
        (w - inset_x, h - inset_y),
    ]


def render_test_page(
    template: BadgeTemplate, out_path: Path, calibration: Calibration | None = None
) -> Path:
    """Write the test page for `template`'s paper, with `calibration` applied (if any), whole or
    not at all."""
    out_path = Path(out_path)
    fd, tmp_name = tempfile.mkstemp(prefix=".calibration-", suffix=".pdf.tmp", dir=out_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _draw_test_page(str(tmp), template, calibration or Calibration())
        os.replace(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out_path


def calibration_page_pdf(template: BadgeTemplate, calibration: Calibration | None = None) -> bytes:
    """The same test page in memory, for the printer: no file left behind."""
    out = io.BytesIO()
    _draw_test_page(out, template, calibration or Calibration())
    return out.getvalue()


def _draw_test_page(target: str | BinaryIO, template: BadgeTemplate, cal: Calibration) -> None:
    register_fonts()
    w, h = template.page_width, template.page_height
    c = Canvas(target, pagesize=(w, h), initialFontName=REGULAR)
    c.setTitle("Calibration")
    if not cal.is_identity:
        c.translate(cal.offset_x_mm * MM, -cal.offset_y_mm * MM)
        c.translate(0, h)
        c.scale(cal.scale_x, cal.scale_y)
        c.translate(0, -h)
    # Die-cut outlines, dashed.
    c.setDash(2, 2)
    c.setStrokeColorRGB(0.55, 0.55, 0.55)
    c.setLineWidth(0.4)
    for r in sheet_positions(template):
        c.rect(r.x, r.y, r.width, r.height, stroke=1, fill=0)
    c.setDash()
    # Rulers: a tick every millimetre along the top and the left edge, numbered every 10 mm.
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.25)
    small = max(4.0, min(6.0, w / MM / 20))
    c.setFont(REGULAR, small)
    for mm in range(int(w / MM) + 1):
        length = 5 if mm % 10 == 0 else (3.5 if mm % 5 == 0 else 2)
        x = mm * MM
        c.line(x, h, x, h - length * MM)
        if mm % 10 == 0 and mm:
            c.drawCentredString(x, h - (length + 2.5) * MM, str(mm))
    for mm in range(int(h / MM) + 1):
        length = 5 if mm % 10 == 0 else (3.5 if mm % 5 == 0 else 2)
        y = h - mm * MM
        c.line(0, y, length * MM, y)
        if mm % 10 == 0 and mm:
            c.drawString((length + 1) * MM, y - small / 3, str(mm))
    # Crosshairs with their coordinates.
    c.setLineWidth(0.3)
    for x_mm, y_mm in crosshair_points(template):
        x, y = x_mm * MM, h - y_mm * MM
        c.line(x - 6 * MM, y, x + 6 * MM, y)
        c.line(x, y - 6 * MM, x, y + 6 * MM)
        c.circle(x, y, 2 * MM, stroke=1, fill=0)
        c.drawString(x + 2.5 * MM, y + 1.2 * MM, f"{x_mm:.1f} / {y_mm:.1f} mm")
    c.setFont(BOLD, small * 1.4)
    c.drawCentredString(
        w / 2, h / 2 - 12 * MM, f"{template.name('en')} — {w / MM:.1f} × {h / MM:.1f} mm"
    )
    c.setFont(REGULAR, small)
    c.drawCentredString(
        w / 2,
        h / 2 - 16 * MM,
        f"offset {cal.offset_x_mm:+.1f} / {cal.offset_y_mm:+.1f} mm, "
        f"scale {cal.scale_x:.3f} / {cal.scale_y:.3f}",
    )
    c.showPage()
    c.save()
