"""Tickets as a PDF: one card per registration, eight to an A4 page, with cut marks.

Each card: the QR code of the ticket code drawn as vector squares with its 4-module quiet zone,
the code in clear below it, the person's name and organisation, the Morning's title, date and
venue, and a short note. Arabic text is shaped and ordered (arabic-reshaper + python-bidi) before
drawing; the database keeps the logical text. Written to a temporary file beside the target, then
moved into place: never half a file.
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import qrcode
import qrcode.constants
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from mornings_desktop.private_files import make_private

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_W, PAGE_H = 210 * mm, 297 * mm
COLS, ROWS = 2, 4
CARD_W, CARD_H = PAGE_W / COLS, PAGE_H / ROWS
QR_SIZE = 40 * mm  # including the quiet zone
QUIET = 4
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


@dataclass(frozen=True)
class Ticket:
    registration_id: str
    name: str
    organisation: str
    code: str
    category: str = ""


@dataclass(frozen=True)
class TicketEvent:
    title: str
    date_text: str  # already formatted for people ("jeudi 10 décembre 2026, 08:30")
    venue: str
    note: str = "Présentez ce code à l'accueil · Show this code at the desk"


def fonts_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(fonts_dir() / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts_dir() / "DejaVuSans-Bold.ttf")))


def visual(text: str) -> str:
    """Text as it must be drawn: Arabic shaped and in right-to-left order; others unchanged."""
    if not text or not _ARABIC.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


@functools.lru_cache(maxsize=64)  # an e-mail draws the same code as a PNG and on its PDF
def qr_matrix(code: str) -> list[list[bool]]:
    """The QR modules of `code` (alphanumeric mode for our codes), without the quiet zone.
    Shared by callers: read it, never change it."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, box_size=1)
    qr.add_data(code)
    qr.make(fit=True)
    return [list(row) for row in qr.get_matrix()]


def draw_qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
    """Vector QR at (x, y) bottom-left, `size` wide including a white quiet zone of 4 modules."""
    matrix = qr_matrix(code)
    n = len(matrix)
    module = size / (n + 2 * QUIET)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                top = y + size - (QUIET + r + 1) * module
                path.rect(x + (QUIET + start) * module, top, (c - start) * module, module)
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _lines(text: str, font: str, size: float, width: float, limit: int) -> list[str]:
    lines = simpleSplit(text, font, size, width) if text else []
    if len(lines) > limit:
        lines = lines[:limit]
        lines[-1] = lines[-1].rstrip() + "…"
    return [visual(line) for line in lines]


def _draw_text(canvas: Canvas, text: str, x: float, y: float, width: float) -> None:
    """Left-aligned Latin text; Arabic lines are right-aligned within the text column."""
    if _ARABIC.search(text):
        canvas.drawRightString(x + width, y, text)
    else:
        canvas.drawString(x, y, text)


def draw_card(canvas: Canvas, ticket: Ticket, event: TicketEvent, x: float, y: float) -> None:
    pad = 6 * mm
    canvas.setStrokeColorRGB(0.7, 0.7, 0.7)
    canvas.setDash(2, 2)
    canvas.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
    canvas.setDash()
    qr_x, qr_y = x + pad - 2 * mm, y + CARD_H - pad - QR_SIZE
    draw_qr(canvas, ticket.code, qr_x, qr_y, QR_SIZE)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(FONT, 8)
    canvas.drawCentredString(qr_x + QR_SIZE / 2, qr_y - 4 * mm, ticket.code)
    text_x = qr_x + QR_SIZE + 3 * mm
    width = x + CARD_W - pad - text_x
    cursor = y + CARD_H - pad - 4 * mm
    canvas.setFont(FONT_BOLD, 13)
    for line in _lines(ticket.name, FONT_BOLD, 13, width, 2):
        _draw_text(canvas, line, text_x, cursor, width)
        cursor -= 5.5 * mm
    canvas.setFont(FONT, 9)
    for line in _lines(ticket.organisation, FONT, 9, width, 2):
        _draw_text(canvas, line, text_x, cursor, width)
        cursor -= 4 * mm
    cursor -= 2 * mm
    canvas.setFont(FONT_BOLD, 9)
    for line in _lines(event.title, FONT_BOLD, 9, width, 4):
        _draw_text(canvas, line, text_x, cursor, width)
        cursor -= 4 * mm
    canvas.setFont(FONT, 8.5)
    for text in (event.date_text, event.venue):
        for line in _lines(text, FONT, 8.5, width, 2):
            _draw_text(canvas, line, text_x, cursor, width)
            cursor -= 3.8 * mm
    canvas.setFont(FONT, 7.5)
    canvas.setFillColorRGB(0.3, 0.3, 0.3)
    note_y = y + pad - 1 * mm
    for line in reversed(_lines(event.note, FONT, 7.5, CARD_W - 2 * pad, 2)):
        canvas.drawString(x + pad, note_y, line)
        note_y += 3.3 * mm


def write_tickets_pdf(
    path: Path | str,
    tickets: Sequence[Ticket],
    event: TicketEvent,
    *,
    progress: Callable[[int, int, str], None] | None = None,
) -> Path:
    """Write the tickets to `path` (atomically). Returns the path."""
    register_fonts()
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}", suffix=".pdf.tmp")
    os.close(fd)
    try:
        canvas = Canvas(tmp, pagesize=(PAGE_W, PAGE_H), initialFontName=FONT)
        canvas.setTitle(event.title)
        canvas.setAuthor("Mornings Desktop")
        per_page = COLS * ROWS
        for i, ticket in enumerate(tickets):
            slot = i % per_page
            if i and slot == 0:
                canvas.showPage()
            col, row = slot % COLS, slot // COLS
            draw_card(canvas, ticket, event, col * CARD_W, PAGE_H - (row + 1) * CARD_H)
            if progress is not None and (i + 1) % 50 == 0:
                progress(i + 1, len(tickets), "tickets")
        if not tickets:
            canvas.setFont(FONT, 12)
            canvas.drawString(20 * mm, PAGE_H - 30 * mm, "—")
        canvas.save()
        make_private(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
