"""Badges: 1,000 badges on A4 sheets (2 x 4 of A7) in one PDF, beside bare reportlab.

The baseline draws, with the same canvas settings and embedded fonts, the same strings, the same
category bands, the same QR squares (matrices computed beforehand) and the same logo at fixed
places: what any badge PDF must cost. The difference is our layout: template geometry, text
fitting (shrink, wrap), Arabic shaping, QR encoding. Goals: under 3 s, at most 2x the baseline.
Peak Python memory of our run is measured with tracemalloc (in a separate, untimed run).
"""

from __future__ import annotations

import random
import secrets
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

BADGES = 1000
REPEATS = 5


def _result(
    name: str, value: float, unit: str, base: str, base_value: float, goal: str
) -> dict[str, Any]:
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "baseline_name": base,
        "baseline_value": round(base_value, 3),
        "goal": goal,
    }


def _badges(n: int) -> list[Any]:
    from mornings_desktop import codes
    from mornings_desktop.documents.badge_data import BadgeData
    from mornings_desktop.services.badges import DEFAULT_PALETTE
    from mornings_desktop.services.demo import (
        ARABIC_NAMES,
        COMPANIES,
        FIRST_NAMES,
        JOB_TITLES,
        LAST_NAMES,
    )

    rng = random.Random(5)
    key = secrets.token_bytes(32)
    out = []
    for i in range(n):
        if rng.random() < 0.08:
            first, last = rng.choice(ARABIC_NAMES)
        else:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        category = rng.choice(list(DEFAULT_PALETTE))
        label_fr, _, colour = DEFAULT_PALETTE[category]
        out.append(
            BadgeData(
                f"r{i}",
                first,
                last,
                rng.choice(COMPANIES),
                rng.choice(JOB_TITLES),
                category,
                label_fr,
                colour,
                codes.make_code(key),
            )
        )
    return out


def _ours(badges: list[Any], template: Any, out: Path, context: Any) -> float:
    from mornings_desktop.documents import badge_qr, badges_pdf

    badge_qr.qr_matrix.cache_clear()
    badge_qr.qr_operators.cache_clear()
    start = time.perf_counter()
    badges_pdf.render_badges(badges, template, out, context)
    return time.perf_counter() - start


def _baseline(badges: list[Any], template: Any, out: Path, context: Any) -> float:
    """Bare reportlab: the same strings, rectangles, squares and logo, no layout logic."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from mornings_desktop.documents.badge_layout import BOLD, REGULAR, sheet_positions
    from mornings_desktop.documents.badge_qr import QUIET_MODULES, qr_operators
    from mornings_desktop.documents.badges_pdf import _hex_rgb, default_logo

    matrices = {b.code: qr_operators(b.code) for b in badges}  # computed before timing
    positions = sheet_positions(template)
    w, h = template.badge_width, template.badge_height
    start = time.perf_counter()
    c = Canvas(str(out), pagesize=(template.page_width, template.page_height), pageCompression=1)
    logo = ImageReader(str(default_logo()))
    c.beginForm("logo", 0, 0, 1, 1)
    c.drawImage(logo, 0, 0, 1, 1, mask="auto")
    c.endForm()
    for page_start in range(0, len(badges), len(positions)):
        for badge, r in zip(
            badges[page_start : page_start + len(positions)], positions, strict=False
        ):
            c.saveState()
            c.translate(r.x, r.y)
            c.setFillColorRGB(*_hex_rgb(badge.colour))
            c.rect(0, 0, w, 22, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(BOLD, 10)
            c.drawString(w / 2 - 20, 7, badge.category_label.upper())
            c.saveState()
            c.translate(8, h - 30)
            c.scale(22, 22)
            c.doForm("logo")
            c.restoreState()
            c.setFillColorRGB(0.25, 0.25, 0.25)
            c.setFont(BOLD, 7)
            c.drawString(36, h - 15, context.morning_title)
            c.setFont(REGULAR, 7)
            c.drawString(36, h - 26, context.morning_date)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(BOLD, 22)
            c.drawString(8, h / 2 + 10, badge.first_name)
            c.setFont(BOLD, 15)
            c.drawString(8, h / 2 - 8, badge.last_name)
            c.setFont(REGULAR, 10)
            c.drawString(8, h / 2 - 22, badge.organisation)
            c.setFont(REGULAR, 8)
            c.drawString(8, h / 2 - 34, badge.job_title)
            n, ops = matrices[badge.code]
            module = 90.0 / (n + 2 * QUIET_MODULES)
            c.setFillColorRGB(1, 1, 1)
            c.rect(w - 100, h / 2 - 45, 90.0, 90.0, stroke=0, fill=1)
            c.saveState()
            c.translate(w - 100 + QUIET_MODULES * module, h / 2 - 45 + QUIET_MODULES * module)
            c.scale(module, module)
            c.setFillColorRGB(0, 0, 0)
            c.addLiteral(ops)
            c.restoreState()
            c.restoreState()
        c.showPage()
    c.save()
    return time.perf_counter() - start


def run() -> list[dict[str, Any]]:
    from mornings_desktop.documents.badge_catalogue import load_catalogue
    from mornings_desktop.documents.badge_data import BadgeContext
    from mornings_desktop.documents.badge_layout import register_fonts
    from mornings_desktop.documents.badges_pdf import render_badges

    register_fonts()
    template = load_catalogue().get("a4-2x4-a7")
    context = BadgeContext(
        morning_title="Matinale du Club Made in Morocco — L'industrie marocaine face à la décarbonation",
        morning_date="2026-12-10",
    )
    badges = _badges(BADGES)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        # Warm up both (font parsing, imports) on a few badges.
        _ours(badges[:16], template, base / "warm.pdf", context)
        _baseline(badges[:16], template, base / "warm-base.pdf", context)
        # Interleaved, best of each: the machine is shared, so both see the same noise.
        ours_times, bare_times = [], []
        for _ in range(REPEATS):
            ours_times.append(_ours(badges, template, base / "ours.pdf", context))
            bare_times.append(_baseline(badges, template, base / "bare.pdf", context))
        ours, bare = min(ours_times), min(bare_times)
        pages = -(-BADGES // template.per_page)
        size_ours = (base / "ours.pdf").stat().st_size
        size_bare = (base / "bare.pdf").stat().st_size
        tracemalloc.start()
        render_badges(badges, template, base / "mem.pdf", context)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        tracemalloc.start()
        _baseline(badges, template, base / "mem-bare.pdf", context)
        _, peak_bare = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return [
        _result(
            f"badges: {BADGES} on {pages} A4 sheets, one PDF",
            ours,
            "s",
            "bare reportlab, same strings and rectangles",
            bare,
            "< 3 s, <= 2x",
        ),
        _result(
            "badges: per badge",
            ours / BADGES * 1000,
            "ms",
            "bare reportlab per badge",
            bare / BADGES * 1000,
            "<= 2x",
        ),
        _result(
            "badges: peak Python memory (tracemalloc)",
            peak / 2**20,
            "MiB",
            "bare reportlab peak memory",
            peak_bare / 2**20,
            "reported",
        ),
        _result(
            "badges: PDF size",
            size_ours / 2**20,
            "MiB",
            "bare reportlab PDF size",
            size_bare / 2**20,
            "reported",
        ),
    ]


if __name__ == "__main__":
    for r in run():
        ratio = r["value"] / r["baseline_value"] if r["baseline_value"] else float("nan")
        print(f"{r['name']}: {r['value']} {r['unit']} vs {r['baseline_name']}: "
              f"{r['baseline_value']} ({ratio:.2f}x; goal {r['goal']})")  # fmt: skip
