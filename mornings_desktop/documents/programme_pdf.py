"""The printable programme: A4, or A5 pages for a folded booklet.

The Morning's title, theme, date, venue and hours, then each session with its local times, kind,
room and speakers (name, title, organisation, role). DejaVu Sans is embedded, so accented Latin and
Arabic names print; Arabic is shaped and ordered right-to-left before drawing (the database keeps
logical text). Written to a temporary file beside the target, then moved into place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from mornings_desktop.paths import resources_dir
from mornings_desktop.private_files import make_private
from mornings_desktop.wording.labels import labels_of
from mornings_desktop.wording.tr import Words

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FORMATS = ("a4", "a5", "booklet")

DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
KIND_FR = labels_of("session_type", "fr")
ROLE_FR = {**labels_of("role", "fr"), "speaker": ""}  # a speaker is the default: no word


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text)


def visual(text: str) -> str:
    """Text as it must be drawn: Arabic shaped and in visual (right-to-left) order."""
    if not _has_arabic(text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def _para_text(text: str) -> str:
    return escape(visual(text))


def french_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    in_words = Words("fr").long_date(iso)
    return f"{DAYS_FR[day.weekday()]} {in_words}"


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def speaker_line(speaker: dict[str, Any], shape: Callable[[str], str] = str) -> str:
    """`Name — title, organisation (role)` as printed under a session.

    `shape` is applied to each part on its own (the PDF passes `visual`), so an Arabic name beside
    a French title keeps the line's left-to-right order instead of flipping the whole line."""
    details = ", ".join(
        shape(p) for p in (speaker.get("title", ""), speaker.get("organisation", "")) if p
    )
    role = ROLE_FR.get(speaker.get("role", ""), "")
    line = shape(speaker["name"]) + (f" — {details}" if details else "")
    return line + (f" ({role})" if role else "")


def write_programme_pdf(
    programme: dict[str, Any], target: Path | str, *, page_format: str = "a4"
) -> Path:
    """Write the programme (the JSON form of `services.agenda_programme.programme`) as a PDF at `target`.

    `page_format` is `a4`, `a5` (A5 pages, for printers with a booklet mode), or `booklet`: the
    A5 pages imposed two by two on A4 landscape sheets in saddle-stitch order (print double-sided,
    flip on the short edge, fold in the middle)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if page_format not in FORMATS:
        raise ValueError(f"unknown page format {page_format!r}")
    if page_format == "booklet":
        return _booklet(programme, Path(target))
    register_fonts()
    small = page_format == "a5"
    scale = 0.82 if small else 1.0
    size = A5 if small else A4
    margin = (12 if small else 18) * mm
    # fmt: off
    title_style = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=20 * scale, leading=25 * scale, spaceAfter=4)
    theme_style = ParagraphStyle("theme", fontName=FONT, fontSize=13 * scale, leading=17 * scale, textColor=colors.HexColor("#444444"))
    info_style = ParagraphStyle("info", fontName=FONT, fontSize=10.5 * scale, leading=14 * scale)
    time_style = ParagraphStyle("time", fontName=FONT_BOLD, fontSize=10.5 * scale, leading=14 * scale)
    sess_style = ParagraphStyle("session", fontName=FONT_BOLD, fontSize=11 * scale, leading=14 * scale)
    who_style = ParagraphStyle("who", fontName=FONT, fontSize=9.5 * scale, leading=12.5 * scale, leftIndent=0)
    kind_style = ParagraphStyle("kind", fontName=FONT, fontSize=8.5 * scale, leading=11 * scale, textColor=colors.HexColor("#555555"))
    # fmt: on

    morning = programme["morning"]
    story: list[Any] = [Paragraph(_para_text(morning.get("title") or ""), title_style)]
    if morning.get("theme"):
        story.append(Paragraph(_para_text(morning["theme"]), theme_style))
    story.append(Spacer(1, 4 * mm))
    when = french_date(morning["date"]).capitalize() if morning.get("date") else ""
    hours = f"{morning.get('start_time', '')} – {morning.get('end_time', '')}".strip(" –")
    story.append(Paragraph(escape(f"{when}, {hours}" if hours else when), info_style))
    if morning.get("venue"):
        story.append(Paragraph(_para_text(morning["venue"]), info_style))
    story.append(Spacer(1, 6 * mm))

    rows: list[list[Any]] = []
    for s in programme["sessions"]:
        cell: list[Any] = []
        meta = KIND_FR.get(s["kind"], s["kind"]) + (f" · {s['room']}" if s.get("room") else "")
        cell.append(Paragraph(_para_text(meta), kind_style))
        cell.append(Paragraph(_para_text(s["title"] or "—"), sess_style))
        for speaker in s.get("speakers", []):
            cell.append(Paragraph(escape(speaker_line(speaker, visual)), who_style))
        rows.append([Paragraph(escape(f"{s['start']} – {s['end']}"), time_style), cell])
    if rows:
        width = size[0] - 2 * margin
        table = Table(rows, colWidths=[width * 0.22, width * 0.78], repeatRows=0)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # not the default Helvetica
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
                    ("TOPPADDING", (0, 0), (-1, -1), 5 * scale),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * scale),
                ]
            )
        )
        story.append(table)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8 * scale)
        canvas.drawCentredString(size[0] / 2, margin / 2, str(doc.page))
        canvas.restoreState()

    return _atomic_write(
        Path(target),
        lambda path: SimpleDocTemplate(
            str(path),
            pagesize=size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=morning.get("title") or "Programme",
            author="Club Made in Morocco",
            initialFontName=FONT,  # the canvas' default (Helvetica) would be named, unused
        ).build(story, onFirstPage=footer, onLaterPages=footer),
    )


def booklet_order(pages: int) -> list[tuple[int | None, int | None]]:
    """(left, right) page indexes of each sheet side, 0-based; None is a blank page.

    For 8 pages: (7,0) (1,6) (5,2) (3,4): sheet 1 front and back, then sheet 2. A side with no
    page at all (only for one page) is left out."""
    total = -(-max(pages, 1) // 4) * 4
    sides: list[tuple[int | None, int | None]] = []
    for i in range(total // 2):
        low, high = i, total - 1 - i
        left, right = (high, low) if i % 2 == 0 else (low, high)
        sides.append((left if left < pages else None, right if right < pages else None))
    # A one-page programme: the back of its sheet would be all blank, printed as a blank page.
    return [side for side in sides if side != (None, None)]


def _booklet(programme: dict[str, Any], target: Path) -> Path:
    from pypdf import PdfReader, PdfWriter, Transformation
    from reportlab.lib.pagesizes import A4, landscape

    with tempfile.TemporaryDirectory() as folder:
        a5 = write_programme_pdf(programme, Path(folder) / "a5.pdf", page_format="a5")
        reader = PdfReader(a5)
        width, height = landscape(A4)
        writer = PdfWriter()
        for left, right in booklet_order(len(reader.pages)):
            sheet = writer.add_blank_page(width=width, height=height)
            for slot, index in ((0, left), (1, right)):
                if index is not None:
                    sheet.merge_transformed_page(
                        reader.pages[index], Transformation().translate(tx=slot * width / 2, ty=0)
                    )
        writer.add_metadata({"/Title": programme["morning"].get("title") or "Programme"})

        def write(path: Path) -> None:
            with path.open("wb") as out:
                writer.write(out)

        return _atomic_write(target, write)


def _atomic_write(target: Path, write: Callable[[Path], object]) -> Path:
    """Run `write(tmp)` on a temporary file in the target's folder, then move it into place."""
    target = target.resolve()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        make_private(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
