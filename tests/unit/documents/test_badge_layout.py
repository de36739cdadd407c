"""Text fitting: names of every length, accents, Arabic and emoji stay inside their box."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from mornings_desktop.documents.badge_catalogue import load_catalogue
from mornings_desktop.documents.badge_data import BadgeData
from mornings_desktop.documents.badge_layout import (
    BOLD,
    REGULAR,
    fit_text,
    printable,
    readable,
    register_fonts,
)
from mornings_desktop.documents.badge_zones import badge_boxes, layout_text

register_fonts()
CATALOGUE = load_catalogue()
STEM = "Jean-Baptiste Emmanuel-Marie de La Tour d'Auvergne Lauraguais y Saavedra Bénédicte "
ARABIC = "فاطمة الزهراء بنت عبد الرحمن الإدريسي العلوي الحسني الشريف "


def inside(fitted, font: str, box_w: float, box_h: float) -> None:  # type: ignore[no-untyped-def]
    for line in fitted.lines:
        assert stringWidth(line, font, fitted.size) <= box_w + 1e-6, (line, fitted.size)
    assert fitted.height <= box_h + 1e-6


def names(length: int) -> list[str]:
    repeated = (STEM * 3)[:length].strip() or "A"
    return [repeated, ("W" * length), (ARABIC * 3)[:length].strip() or "م", ("É" * length)]


@pytest.mark.parametrize("template_id", [t.id for t in CATALOGUE.templates])
@pytest.mark.parametrize("length", [1, 2, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80])
def test_first_names_of_1_to_80_characters_stay_in_their_box(template_id: str, length: int) -> None:
    t = CATALOGUE.get(template_id)
    box = badge_boxes(t, has_logo=True).text
    for name in names(length):
        fitted = fit_text(
            name,
            BOLD,
            t.fonts["first_name"],
            t.fonts["minimum"],
            box.width,
            box.height * 0.45,
            max_lines=2,
        )
        assert fitted.lines, name
        assert fitted.size >= t.fonts["minimum"]
        inside(fitted, BOLD, box.width, box.height * 0.45)


@pytest.mark.parametrize("template_id", [t.id for t in CATALOGUE.templates])
@pytest.mark.parametrize("length", [1, 12, 33, 80])
def test_the_whole_name_block_stays_in_the_text_zone(template_id: str, length: int) -> None:
    t = CATALOGUE.get(template_id)
    box = badge_boxes(t, has_logo=True).text
    for first in names(length):
        badge = BadgeData(
            "r",
            first,
            names(length)[0],
            "Les Eaux Minérales d'Oulmès " * 3,
            "Directrice générale adjointe",
            "member",
            "Membre",
            "#1F6FB2",
            "ABC",
        )
        placed = layout_text(t, badge, box, centred=False)
        assert placed, first
        gap = t.fonts["minimum"] * 0.25
        total = sum(p.fitted.height for p in placed) + gap * (len(placed) - 1)
        assert total <= box.height + 1e-6
        for p in placed:
            inside(p.fitted, p.font, box.width, box.height)


def test_short_names_keep_the_large_size_long_ones_shrink_then_wrap() -> None:
    big, small, w, h = 22, 6, 150, 60
    short = fit_text("Zoé", BOLD, big, small, w, h)
    assert short.lines == ["Zoé"] and short.size == big
    medium = fit_text("Fatima Zahra", BOLD, big, small, w, h)
    assert len(medium.lines) == 1 and small <= medium.size < big
    long = fit_text(STEM * 2, BOLD, big, small, w, h, max_lines=3)
    assert len(long.lines) > 1
    inside(long, BOLD, w, h)
    # Too long even for three lines at the minimum size: cut with an ellipsis, never overflowing.
    assert long.lines[-1].endswith("…")


def test_accented_names_keep_their_accents() -> None:
    fitted = fit_text("Noémie Lefèvre-Dupré", BOLD, 22, 6, 400, 40)
    assert fitted.lines == ["Noémie Lefèvre-Dupré"]
    decomposed = "Nai\u0308ma"  # i + combining diaeresis, as some forms send it
    assert printable(decomposed) == "Naïma"


def test_arabic_is_shaped_and_in_visual_order() -> None:
    logical = "فاطمة الزهراء"
    shown = printable(logical, BOLD)
    assert shown != logical
    # Shaped: contextual forms (Arabic Presentation Forms-B), which the embedded font has.
    assert any("\ufe70" <= ch <= "\ufeff" for ch in shown)
    # Visual order: the first logical letter (feh, initial form U+FED3) ends the drawn string.
    assert shown.split(" ")[-1][-1] == "\ufed3"
    fitted = fit_text(logical, BOLD, 22, 6, 300, 40)
    assert fitted.rtl and fitted.lines == [shown]


def test_arabic_wraps_in_reading_order() -> None:
    fitted = fit_text(ARABIC * 2, BOLD, 22, 10, 120, 200, max_lines=6)
    assert len(fitted.lines) > 1
    inside(fitted, BOLD, 120, 200)
    # The first line drawn holds the first words read.
    assert printable("فاطمة", BOLD) in fitted.lines[0]


def test_emoji_only_names_are_not_readable_and_never_print_empty_squares() -> None:
    assert not readable("🎉🎉", BOLD)
    assert not readable("👩\u200d💻", BOLD)
    assert readable("Zoé 🎉", BOLD)
    assert "🎉" not in printable("Zoé 🎉", BOLD)
    assert fit_text("🎉🎉🎉", BOLD, 22, 6, 100, 50).lines == []
    t = CATALOGUE.get("avery-l4785")
    box = badge_boxes(t, True).text
    only_emoji = BadgeData("r", "🎉🎉", "🦄", "", "", "guest", "Invité", "#6B7B8C", "ABC")
    shown = [line for p in layout_text(t, only_emoji, box, False) for line in p.fitted.lines]
    assert shown == ["Participant"]
    first_emoji = BadgeData("r", "🎉", "Bennani", "", "", "guest", "Invité", "#6B7B8C", "ABC")
    shown = [line for p in layout_text(t, first_emoji, box, False) for line in p.fitted.lines]
    assert shown == ["Bennani"]


def test_empty_organisation_leaves_no_empty_line() -> None:
    t = CATALOGUE.get("a4-2x4-a7")
    box = badge_boxes(t, True).text
    badge = BadgeData("r", "Omar", "Tazi", "", "", "member", "Membre", "#1F6FB2", "ABC")
    assert [p.fitted.lines for p in layout_text(t, badge, box, False)] == [["Omar"], ["Tazi"]]


@settings(max_examples=60)
@given(
    text=st.text(
        alphabet=st.sampled_from(
            list("abcdefghijklmnopqrstuvwxyzÉéèàçïôW- '") + list("محمدفاطمةالزهراء") + ["🎉"]
        ),
        min_size=1,
        max_size=80,
    ),
    box_w=st.floats(40, 400),
    box_h=st.floats(8, 120),
)
def test_any_text_never_overflows(text: str, box_w: float, box_h: float) -> None:
    for font in (REGULAR, BOLD):
        fitted = fit_text(text, font, 24, 6, box_w, box_h, max_lines=3)
        inside(fitted, font, box_w, box_h)


def test_a_long_name_wraps_rather_than_shrinking_to_a_whisper() -> None:
    one_line = fit_text("Jean-Baptiste Emmanuel-Marie", BOLD, 22, 6, 170, 60)
    assert len(one_line.lines) == 2 and one_line.size >= 22 * 0.6
    inside(one_line, BOLD, 170, 60)
    # A single long word is never cut while shrinking can still make it fit.
    word = fit_text("Wolfeschlegelsteinhausen", BOLD, 22, 6, 170, 60)
    assert word.lines == ["Wolfeschlegelsteinhausen"] and word.size < 22 * 0.6
