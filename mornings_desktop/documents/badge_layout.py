"""Pure geometry and text fitting for badges: no drawing, no Qt, every length in points.

- `sheet_positions`: where each badge of a template sits on its page (reportlab's origin, the
  bottom-left corner), in reading order: left to right, top to bottom.
- `calibrate`: the same positions moved and scaled by a printer's calibration.
- `fit_text`: the lines and size that make a text fit its box: shrink down to the minimum size,
  then wrap on words (then inside over-long words), then cut with an ellipsis. The result never
  overflows: every line's width, measured with reportlab's `stringWidth` in the embedded font, is
  at most the box width, and the lines' height at most the box height.
- `printable`: Arabic shaped and put in visual order (the database keeps logical text); glyphs the
  font does not have (most emoji, joiners) dropped, so nothing prints as an empty square.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mornings_desktop.documents.badge_templates import MM, BadgeTemplate
from mornings_desktop.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
LEADING = 1.18  # line height as a multiple of the font size
ELLIPSIS = "…"


@dataclass(frozen=True)
class Rect:
    """A rectangle in points; (x, y) is its bottom-left corner, as in reportlab."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True)
class Calibration:
    """What a given printer needs so badges land inside the die-cuts.

    Offsets in millimetres: positive `offset_x_mm` moves the print right, positive `offset_y_mm`
    moves it down. `scale_x`/`scale_y` stretch from the page's top-left corner (1.0 = exact).
    """

    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale_x: float = 1.0
    scale_y: float = 1.0

    @property
    def is_identity(self) -> bool:
        return self == Calibration()

    def to_json(self) -> dict[str, float]:
        return {
            "offset_x_mm": self.offset_x_mm,
            "offset_y_mm": self.offset_y_mm,
            "scale_x": self.scale_x,
            "scale_y": self.scale_y,
        }

    @classmethod
    def from_json(cls, data: object) -> Calibration:
        if not isinstance(data, dict):
            return cls()
        try:
            cal = cls(
                float(data.get("offset_x_mm", 0.0)),
                float(data.get("offset_y_mm", 0.0)),
                float(data.get("scale_x", 1.0)),
                float(data.get("scale_y", 1.0)),
            )
        except (TypeError, ValueError):
            return cls()
        if not (0.8 <= cal.scale_x <= 1.2 and 0.8 <= cal.scale_y <= 1.2):
            return cls()
        if abs(cal.offset_x_mm) > 30 or abs(cal.offset_y_mm) > 30:
            return cls()
        return cal


def sheet_positions(t: BadgeTemplate) -> list[Rect]:
    """Every badge's rectangle on one page, reading order, origin at the bottom-left corner."""
    out: list[Rect] = []
    for row in range(t.rows):
        top = t.top + row * t.pitch_y
        y = t.page_height - top - t.badge_height
        for col in range(t.columns):
            out.append(Rect(t.left + col * t.pitch_x, y, t.badge_width, t.badge_height))
    return out


def mirrored_positions(t: BadgeTemplate) -> list[Rect]:
    """The backs of the same badges, for a sheet turned over on its long (vertical) edge:
    each back is under its front, so the columns swap sides."""
    return [Rect(t.page_width - r.x - r.width, r.y, r.width, r.height) for r in sheet_positions(t)]


def calibrate(rect: Rect, cal: Calibration, page_height: float) -> Rect:
    """`rect` as the printer must receive it: scaled from the page's top-left, then offset."""
    top_from_top = page_height - rect.top
    x = rect.x * cal.scale_x + cal.offset_x_mm * MM
    new_top = top_from_top * cal.scale_y + cal.offset_y_mm * MM
    height = rect.height * cal.scale_y
    return Rect(x, page_height - new_top - height, rect.width * cal.scale_x, height)


def cut_lines(t: BadgeTemplate) -> tuple[list[float], list[float]]:
    """The x of every vertical cut and the y of every horizontal cut (points, bottom-left origin)."""
    xs: set[float] = set()
    ys: set[float] = set()
    for r in sheet_positions(t):
        xs.update((round(r.x, 3), round(r.right, 3)))
        ys.update((round(r.y, 3), round(r.top, 3)))
    return sorted(xs), sorted(ys)


# -- fonts and text -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular and bold) with reportlab, once; embedded in every PDF.

    reportlab is imported by the functions that measure or draw (all cached), not with this
    module: the window's Badges page and the desk's badge note use its plain values."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = resources_dir() / "fonts"
    for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(Path(fonts / file))))
    return REGULAR, BOLD


@lru_cache(maxsize=4)
def _covered(font: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text)


@lru_cache(maxsize=4096)
def printable(text: str, font: str = REGULAR) -> str:
    """Text as it must be drawn: visual order for Arabic, unknown glyphs removed, spaces tidy."""
    text = unicodedata.normalize("NFC", text)
    if has_arabic(text):
        import arabic_reshaper
        from bidi import get_display

        text = get_display(arabic_reshaper.reshape(text))
    covered = _covered(font)
    kept = "".join(
        ch
        for ch in text
        if ch.isspace()
        or (ord(ch) in covered and unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs"))
    )
    return " ".join(kept.split())


def readable(text: str, font: str = REGULAR) -> bool:
    """Whether anything of `text` would show in `font` (an emoji-only name would not)."""
    return any(ch.isalnum() for ch in printable(text, font))


@lru_cache(maxsize=65536)
def _unit_width(text: str, font: str) -> float:
    from reportlab.pdfbase import pdfmetrics

    return float(pdfmetrics.stringWidth(text, font, 1.0))


def width(text: str, font: str, size: float) -> float:
    """`stringWidth` of `text` at `size`: it is linear in the size, so measured once per text."""
    return _unit_width(text, font) * size


@dataclass(frozen=True)
class FittedText:
    lines: list[str]  # already in drawing (visual) order
    size: float
    leading: float
    rtl: bool  # Arabic: right-aligned

    @property
    def height(self) -> float:
        return self.leading * len(self.lines)


def _wrap(words: list[str], font: str, size: float, box_width: float) -> list[str]:
    """Greedy word wrap; a word too long for a line is cut at character boundaries."""
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if width(candidate, font, size) <= box_width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        while width(word, font, size) > box_width:
            cut = _longest_prefix(word, font, size, box_width)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def _longest_prefix(word: str, font: str, size: float, box_width: float) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(word[:mid], font, size) <= box_width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _ellipsize(line: str, font: str, size: float, box_width: float) -> str:
    while line and width(line + ELLIPSIS, font, size) > box_width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS if width(line + ELLIPSIS, font, size) <= box_width else line


def fit_text(
    text: str,
    font: str,
    max_size: float,
    min_size: float,
    box_width: float,
    box_height: float,
    *,
    max_lines: int = 3,
    step: float = 0.5,
) -> FittedText:
    """Lines and size that make `text` fit the box, in this order of preference:

    1. one line, shrunk from `max_size` down to a floor (60 % of it, at least `min_size`);
    2. wrapped on words, at the largest size down to `min_size` where every word fits a line;
    3. one line, shrunk further down to `min_size`;
    4. at `min_size`, wrapped inside words too, and the last line cut with "…".

    So a long name shrinks, then wraps, and never overflows. `text` is logical text (Arabic in
    reading order); the lines returned are ready to draw. An unprintable text gives no lines.
    """
    logical = " ".join(text.split())
    rtl = has_arabic(logical)
    visual = printable(logical, font)
    min_size = min(min_size, max_size)
    if not visual or box_width <= 0 or box_height < min_size * LEADING:
        return FittedText([], min_size, min_size * LEADING, rtl)
    floor = max(min_size, max_size * 0.6)
    sizes = [max_size - i * step for i in range(int((max_size - min_size) / step + 1e-9) + 1)]

    def one_line(size: float) -> FittedText | None:
        if width(visual, font, size) <= box_width and size * LEADING <= box_height:
            return FittedText([visual], size, size * LEADING, rtl)
        return None

    for size in (s for s in sizes if s >= floor - 1e-9):
        fitted = one_line(size)
        if fitted is not None:
            return fitted
    # Wrap the logical words (so Arabic lines read top to bottom in order), then shape each line.
    words = logical.split()
    widest = max((_unit_width(printable(w, font), font) for w in words), default=0.0)
    for size in sizes:
        leading = size * LEADING
        allowed = min(max_lines, int(box_height // leading))
        if allowed >= 2 and widest * size <= box_width:
            lines = _wrap_logical(words, font, size, box_width, rtl)
            if len(lines) <= allowed:
                return FittedText(lines, size, leading, rtl)
    for size in (s for s in sizes if s < floor - 1e-9):
        fitted = one_line(size)
        if fitted is not None:
            return fitted
    size = min_size
    leading = size * LEADING
    allowed = max(1, min(max_lines, int(box_height // leading)))
    lines = _wrap_logical(words, font, size, box_width, rtl)
    kept = lines[:allowed]
    if len(lines) > allowed:
        kept[-1] = _ellipsize(kept[-1], font, size, box_width)
    return FittedText(kept, size, leading, rtl)


def _wrap_logical(
    words: list[str], font: str, size: float, box_width: float, rtl: bool
) -> list[str]:
    if not rtl:
        return _wrap(
            [printable(w, font) for w in words if printable(w, font)], font, size, box_width
        )
    # Measure the shaped form of each candidate line; keep logical order across lines.
    lines: list[str] = []
    current: list[str] = []
    for word in words:
        candidate = [*current, word]
        if width(printable(" ".join(candidate), font), font, size) <= box_width:
            current = candidate
            continue
        if current:
            lines.append(printable(" ".join(current), font))
        shaped = printable(word, font)
        if width(shaped, font, size) > box_width:
            lines.extend(_wrap([shaped], font, size, box_width))
            current = []
        else:
            current = [word]
    if current:
        lines.append(printable(" ".join(current), font))
    return [line for line in lines if line]
