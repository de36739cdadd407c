"""Badges as a PDF, drawn with reportlab on the geometry of a template.

Each badge: the Morning's title and date with the association's logo at the top; the first name
large, then the last name, the organisation and (optionally) the job title; the ticket's QR code
as vector squares with its four-module quiet zone; a band in the category's colour with the
category's name written on it (never colour alone). Sheets get cut marks when the template asks;
double-sided output adds, after each sheet, its backs placed for a flip on the long edge.

A printer's calibration moves and scales the whole page. The file is written to a temporary file
beside the target and renamed at the end: a failure or a cancel never leaves half a PDF. The
preview and printing keep the PDF in memory (`render_badges_in_memory`): no file of names.
A missing logo file gives badges without a logo and a warning, not an error.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from mornings_desktop.documents.badge_data import BadgeContext, BadgeData, RenderResult
from mornings_desktop.documents.badge_layout import (
    BOLD,
    REGULAR,
    Rect,
    cut_lines,
    fit_text,
    mirrored_positions,
    register_fonts,
    sheet_positions,
)
from mornings_desktop.documents.badge_layout import width as text_width
from mornings_desktop.documents.badge_qr import draw_qr
from mornings_desktop.documents.badge_templates import MM, BadgeTemplate
from mornings_desktop.documents.badge_zones import PlacedText, badge_boxes, layout_text
from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from mornings_desktop.paths import resources_dir
from mornings_desktop.private_files import make_private
from mornings_desktop.wording.tr import Words

HEADER_FORM = "MorningsHeader"
Progress = Callable[[int, int], None]


def default_logo() -> Path:
    return resources_dir() / "icons" / "logo.png"


def format_date(iso_day: str, language: str = "fr") -> str:
    """`2026-12-10` in words in the badges' language (`10 décembre 2026`, `10 December 2026`,
    `10 ديسمبر 2026`: the desk's footer writes it so too); anything else unchanged."""
    return Words(language).long_date(iso_day)


def _hex_rgb(colour: str) -> tuple[float, float, float]:
    colour = colour.lstrip("#")
    try:
        return (int(colour[0:2], 16) / 255, int(colour[2:4], 16) / 255, int(colour[4:6], 16) / 255)
    except (ValueError, IndexError):
        return (0.5, 0.5, 0.5)


def _text_on(colour: str) -> tuple[float, float, float]:
    """Black or white, whichever reads better on `colour` (WCAG relative luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _hex_rgb(colour))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return (0.0, 0.0, 0.0) if luminance > 0.179 else (1.0, 1.0, 1.0)


class BadgeWriter:
    """Draws badges on a reportlab canvas; one writer per PDF (it caches the logo)."""

    def __init__(self, canvas: Canvas, template: BadgeTemplate, context: BadgeContext) -> None:
        register_fonts()
        self.c = canvas
        self.t = template
        self.ctx = context
        self.problems: list[UserError] = []
        self.logo = self._load_logo()
        self.boxes = badge_boxes(template, self.logo is not None)
        self.portrait = template.badge_height > template.badge_width * 1.15
        self._morning_lines: list[PlacedText] | None = None
        self._forms: set[str] = set()
        self._bands: dict[tuple[str, str], str] = {}

    def _load_logo(self) -> ImageReader | None:
        if not self.t.show("logo"):
            return None
        if self.ctx.logo is not None:
            path: Path | None = self.ctx.logo
        elif self.t.logo in (None, ""):
            return None
        elif self.t.logo == "default":
            path = default_logo()
        else:
            path = Path(str(self.t.logo)).expanduser()
        assert path is not None
        try:
            return ImageReader(str(path))
        except Exception as exc:  # a missing or broken picture must never stop the badges
            reason = getattr(exc, "strerror", None) or exc.__class__.__name__
            self.problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Logo {path} could not be used ({reason}); badges without logo."
                    ),
                    path=path,
                    reason=reason,
                )
            )
            return None

    def _draw_logo(self, box: Rect) -> None:
        """The logo, centred in `box` with its proportions (drawn once, in the header form)."""
        assert self.logo is not None
        iw, ih = self.logo.getSize()
        scale = min(box.width / iw, box.height / ih)
        w, h = iw * scale, ih * scale
        self.c.drawImage(self.logo, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2,
                         w, h, mask="auto")  # fmt: skip

    def morning_lines(self) -> list[PlacedText]:
        if self._morning_lines is None:
            self._morning_lines = []
            box = self.boxes.morning
            if box is not None:
                size = self.t.fonts["morning"]
                date_text = format_date(self.ctx.morning_date, self.ctx.language)
                date_fit = fit_text(
                    date_text, REGULAR, size, self.t.fonts["minimum"], box.width, box.height / 2
                )
                title_box = Rect(
                    box.x, box.y + date_fit.height, box.width, box.height - date_fit.height
                )
                title_fit = fit_text(
                    self.ctx.morning_title, BOLD, size, self.t.fonts["minimum"], box.width,
                    title_box.height, max_lines=2,
                )  # fmt: skip
                align = "centre" if self.portrait and self.boxes.logo is None else "left"
                self._morning_lines = [
                    PlacedText(title_fit, BOLD, title_box, "right" if title_fit.rtl else align),
                    PlacedText(date_fit, REGULAR, box, align),
                ]
        return self._morning_lines

    # -- what every badge shares, drawn once as a form ---------------------------------------------
    def _header_form(self) -> str | None:
        """The logo, the Morning's title and date: the same on every badge, so kept once in the
        PDF (a form XObject) and placed on each badge."""
        boxes = self.boxes
        if boxes.morning is None and (boxes.logo is None or self.logo is None):
            return None
        if HEADER_FORM not in self._forms:
            c = self.c
            c.beginForm(HEADER_FORM, 0, 0, self.t.badge_width, self.t.badge_height)
            if boxes.logo is not None and self.logo is not None:
                self._draw_logo(boxes.logo)
            if boxes.morning is not None:
                title, date_line = self.morning_lines()
                c.setFillColorRGB(0.25, 0.25, 0.25)
                self._draw_lines(title)
                self._draw_date(date_line)
            c.endForm()
            self._forms.add(HEADER_FORM)
        return HEADER_FORM

    def _band_form(self, label_text: str, colour: str) -> str:
        """The category band (its colour and its name in words), once per category."""
        name = self._bands.get((label_text, colour))
        if name is None:
            name = f"MorningsBand{len(self._bands)}"
            self._bands[(label_text, colour)] = name
            c, band, pad = self.c, self.boxes.band, self.t.padding
            assert band is not None
            c.beginForm(name, 0, 0, self.t.badge_width, self.t.badge_height)
            c.setFillColorRGB(*_hex_rgb(colour))
            c.rect(band.x, band.y, band.width, band.height, stroke=0, fill=1)
            label = fit_text(
                label_text.upper(), BOLD, self.t.fonts["category"], self.t.fonts["minimum"],
                band.width - 2 * pad, band.height, max_lines=1,
            )  # fmt: skip
            c.setFillColorRGB(*_text_on(colour))
            inner = Rect(band.x + pad, band.y, band.width - 2 * pad, band.height)
            self._draw_lines(PlacedText(label, BOLD, inner, "centre"), middle=True)
            c.endForm()
        return name

    # -- one badge -----------------------------------------------------------------------------
    def draw(self, badge: BadgeData, at: Rect) -> None:
        boxes = self.boxes
        band = self._band_form(badge.category_label, badge.colour) if boxes.band else None
        header = self._header_form()
        c = self.c
        c.saveState()
        c.translate(at.x, at.y)
        if band is not None:
            c.doForm(band)
        if header is not None:
            c.doForm(header)
        c.setFillColorRGB(0, 0, 0)
        if boxes.qr is not None and badge.code:
            draw_qr(c, badge.code, boxes.qr)
        placed = layout_text(self.t, badge, boxes.text, self.portrait)
        total = sum(p.fitted.height for p in placed)
        gap = self.t.fonts["minimum"] * 0.25
        total += gap * max(0, len(placed) - 1)
        y = boxes.text.top - max(0.0, (boxes.text.height - total) / 2)
        for index, item in enumerate(placed):
            grey = 0.0 if index < 2 else 0.2
            c.setFillColorRGB(grey, grey, grey)
            y = self._draw_block(item, y) - gap
        c.restoreState()

    def _x(self, line: str, item: PlacedText) -> float:
        width = text_width(line, item.font, item.fitted.size)
        if item.align == "centre":
            return item.box.x + (item.box.width - width) / 2
        if item.align == "right":
            return item.box.right - width
        return item.box.x

    def _draw_block(self, item: PlacedText, top: float) -> float:
        """Draw the lines of `item` from `top` down; returns the y under the block."""
        size = item.fitted.size
        self.c.setFont(item.font, size)
        y = top
        for line in item.fitted.lines:
            y -= item.fitted.leading
            self.c.drawString(self._x(line, item), y + item.fitted.leading - size * 0.93, line)
        return y

    def _draw_lines(self, item: PlacedText, *, middle: bool = False) -> None:
        top = item.box.y + (item.box.height + item.fitted.height) / 2 if middle else item.box.top
        self._draw_block(item, top)

    def _draw_date(self, item: PlacedText) -> None:
        self._draw_block(item, item.box.y + item.fitted.height)

    # -- sheets --------------------------------------------------------------------------------
    def draw_cut_marks(self) -> None:
        t, c = self.t, self.c
        xs, ys = cut_lines(t)
        mark = 4 * MM
        c.saveState()
        c.setStrokeColorRGB(0.35, 0.35, 0.35)
        c.setLineWidth(0.3)
        for x in xs:
            if 0.5 < x < t.page_width - 0.5:
                c.line(x, t.page_height, x, t.page_height - mark)
                c.line(x, 0, x, mark)
        for y in ys:
            if 0.5 < y < t.page_height - 0.5:
                c.line(0, y, mark, y)
                c.line(t.page_width, y, t.page_width - mark, y)
        for x in xs:
            for y in ys:
                if 0.5 < x < t.page_width - 0.5 and 0.5 < y < t.page_height - 0.5:
                    c.line(x - mark / 2, y, x + mark / 2, y)
                    c.line(x, y - mark / 2, x, y + mark / 2)
        c.restoreState()

    def begin_page(self) -> None:
        cal = self.ctx.calibration
        if not cal.is_identity:
            h = self.t.page_height
            self.c.translate(cal.offset_x_mm * MM, -cal.offset_y_mm * MM)
            self.c.translate(0, h)
            self.c.scale(cal.scale_x, cal.scale_y)
            self.c.translate(0, -h)


def render_badges(
    badges: Sequence[BadgeData],
    template: BadgeTemplate,
    out_path: Path,
    context: BadgeContext | None = None,
    progress: Progress | None = None,
) -> RenderResult:
    """Write the badges to `out_path` (PDF), `template.per_page` per page in reading order.

    `progress(done, total)` is called after each page; an exception it raises (a cancel) stops the
    work and leaves no file behind. An empty selection gives a clear error, not a blank page.
    """
    _refuse_nothing(badges)
    out_path = Path(out_path)
    folder = out_path.parent if str(out_path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=".badges-", suffix=".pdf.tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        pages, problems = _draw(str(tmp), badges, template, context or BadgeContext(), progress)
        make_private(tmp)
        os.replace(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return RenderResult(out_path, len(badges), pages, [str(p) for p in problems], problems)


def render_badges_in_memory(
    badges: Sequence[BadgeData],
    template: BadgeTemplate,
    context: BadgeContext | None = None,
    progress: Progress | None = None,
) -> RenderResult:
    """The same PDF as `render_badges`, kept in memory (`RenderResult.pdf`, no `path`): for the
    preview and for printing, where a file would only leave people's names on the disk."""
    _refuse_nothing(badges)
    out = io.BytesIO()
    pages, problems = _draw(out, badges, template, context or BadgeContext(), progress)
    return RenderResult(
        None, len(badges), pages, [str(p) for p in problems], problems, pdf=out.getvalue()
    )


def _refuse_nothing(badges: Sequence[BadgeData]) -> None:
    if not badges:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "No badges to print in this selection."))


def _draw(
    target: str | BinaryIO,
    badges: Sequence[BadgeData],
    template: BadgeTemplate,
    context: BadgeContext,
    progress: Progress | None,
) -> tuple[int, list[UserError]]:
    """Draw every page into `target` (a file name or a binary stream); the pages and problems."""
    # reportlab's settings are left as they are: they are process-wide, and a render can run
    # beside another (the job pool and print-on-admission).
    register_fonts()  # before the canvas, which starts in REGULAR
    canvas = Canvas(
        target,
        pagesize=(template.page_width, template.page_height),
        pageCompression=1,
        initialFontName=REGULAR,  # no unused Helvetica named in the PDF
    )
    canvas.setTitle(context.morning_title or "Badges")
    canvas.setCreator("Mornings Desktop")
    writer = BadgeWriter(canvas, template, context)
    fronts = sheet_positions(template)
    backs = mirrored_positions(template)
    per_page = len(fronts)
    total = len(badges)
    pages = 0
    for start in range(0, total, per_page):
        chunk = badges[start : start + per_page]
        sides = [fronts, backs] if context.double_sided else [fronts]
        for positions in sides:
            writer.begin_page()
            if template.cut_marks:
                writer.draw_cut_marks()
            for badge, rect in zip(chunk, positions, strict=False):
                writer.draw(badge, rect)
            canvas.showPage()
            pages += 1
        if progress is not None:
            progress(min(start + per_page, total), total)
    canvas.save()
    return pages, writer.problems
