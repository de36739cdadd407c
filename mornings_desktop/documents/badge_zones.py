"""Where each part of a badge goes, and how its name block is fitted: pure geometry, no drawing."""

from __future__ import annotations

from dataclasses import dataclass

from mornings_desktop.documents.badge_data import BadgeData
from mornings_desktop.documents.badge_layout import (
    BOLD,
    REGULAR,
    FittedText,
    Rect,
    fit_text,
    readable,
)
from mornings_desktop.documents.badge_templates import BadgeTemplate

PLACEHOLDER = "Participant"


@dataclass(frozen=True)
class BadgeBoxes:
    """The zones of one badge in its own coordinates (origin at the badge's bottom-left)."""

    header: Rect | None
    logo: Rect | None
    morning: Rect | None
    text: Rect
    qr: Rect | None
    band: Rect | None


def badge_boxes(t: BadgeTemplate, has_logo: bool) -> BadgeBoxes:
    """Where each part of a badge goes (pure geometry, the same for every badge of a template)."""
    w, h, p = t.badge_width, t.badge_height, t.padding
    fonts = t.fonts
    band = None
    bottom = p
    if t.show("category"):
        band_h = max(fonts["category"] * 1.9, h * 0.11)
        band = Rect(0, 0, w, band_h)
        bottom = band_h + p * 0.8
    top = h - p
    header = logo = morning = None
    show_logo = has_logo and t.show("logo")
    if t.show("morning") or show_logo:
        header_h = max(fonts["morning"] * 2 * 1.2, h * 0.12)
        header = Rect(p, top - header_h, w - 2 * p, header_h)
        x = p
        if show_logo:
            logo = Rect(p, header.y, header_h, header_h)
            x += header_h + p * 0.6
        if t.show("morning"):
            morning = Rect(x, header.y, w - p - x, header_h)
        top = header.y - p * 0.8
    zone_h = top - bottom
    qr = None
    portrait = h > w * 1.15
    if portrait:
        if t.show("qr"):
            side = min(w - 2 * p, zone_h * 0.45)
            qr = Rect((w - side) / 2, bottom, side, side)
            bottom += side + p * 0.5
        text = Rect(p, bottom, w - 2 * p, top - bottom)
    else:
        right = w - p
        if t.show("qr"):
            side = min(zone_h, w * 0.36)
            qr = Rect(w - p - side, bottom + (zone_h - side) / 2, side, side)
            right = qr.x - p * 0.6
        text = Rect(p, bottom, right - p, zone_h)
    return BadgeBoxes(header, logo, morning, text, qr, band)


@dataclass(frozen=True)
class PlacedText:
    fitted: FittedText
    font: str
    box: Rect  # the box the lines were fitted into (badge coordinates)
    align: str  # left, right, centre


def layout_text(t: BadgeTemplate, b: BadgeData, box: Rect, centred: bool) -> list[PlacedText]:
    """The name block: first name large, last name, organisation, job title, stacked and
    centred vertically in `box`; each fitted so it never leaves its share of the box."""
    f = t.fonts
    minimum = f["minimum"]
    first, last = b.first_name, b.last_name
    if not readable(first, BOLD):
        first, last = last, ""
    if not readable(first, BOLD):
        first = PLACEHOLDER
    parts: list[tuple[str, str, float, int]] = [(first, BOLD, f["first_name"], 2)]
    if t.show("last_name") and readable(last, BOLD):
        parts.append((last, BOLD, f["last_name"], 2))
    if t.show("organisation") and readable(b.organisation):
        parts.append((b.organisation, REGULAR, f["organisation"], 2))
    if t.show("job_title") and readable(b.job_title):
        parts.append((b.job_title, REGULAR, f["job_title"], 1))
    gap = minimum * 0.25
    # Drop the least important parts while even their minimum sizes cannot share the box.
    while len(parts) > 1 and len(parts) * (minimum * 1.18 + gap) - gap > box.height:
        parts.pop()
    placed: list[PlacedText] = []
    remaining = box.height
    for index, (text, font, size, lines) in enumerate(parts):
        later = len(parts) - index - 1
        reserve = later * (minimum * 1.18 + gap)
        fitted = fit_text(
            text, font, size, minimum, box.width, remaining - reserve, max_lines=lines
        )
        if not fitted.lines:
            continue
        placed.append(
            PlacedText(
                fitted,
                font,
                box,
                "centre" if centred else ("right" if fitted.rtl else "left"),
            )
        )
        remaining -= fitted.height + gap
    return placed
