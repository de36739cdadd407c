"""Every built-in template against the stock's specification, badge by badge, in points."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mornings_desktop.documents.badge_catalogue import load_catalogue, save_user_template
from mornings_desktop.documents.badge_layout import (
    Calibration,
    Rect,
    calibrate,
    mirrored_positions,
    sheet_positions,
)
from mornings_desktop.documents.badge_templates import (
    BadgeTemplate,
    load_template,
    parse_template,
)
from mornings_desktop.errors import ValidationError

MM = 72 / 25.4
IN = 72.0
A4 = (210 * MM, 297 * MM)
LETTER = (8.5 * IN, 11 * IN)

# id: (page (w, h), badge (w, h), columns, rows, first (left, top), pitch (x, y)) — all in points,
# written from each stock's data sheet, not from the JSON files.
SPECS = {
    "a6-single": ((105 * MM, 148 * MM), (105 * MM, 148 * MM), 1, 1, (0, 0), (0, 0)),
    "a4-2x4-a7": (A4, (105 * MM, 74 * MM), 2, 4, (0, 0.5 * MM), (105 * MM, 74 * MM)),
    "avery-l4785": (A4, (80 * MM, 50 * MM), 2, 5, (18 * MM, 13 * MM), (95 * MM, 55 * MM)),
    "avery-5392": (LETTER, (4 * IN, 3 * IN), 2, 3, (0.25 * IN, 1 * IN), (4 * IN, 3 * IN)),
    "dymo-30856": ((62 * MM, 106 * MM), (62 * MM, 106 * MM), 1, 1, (0, 0), (0, 0)),
    "brother-ql-62": ((62 * MM, 100 * MM), (62 * MM, 100 * MM), 1, 1, (0, 0), (0, 0)),
}


def expected_positions(spec: tuple) -> list[Rect]:  # type: ignore[type-arg]
    (_pw, ph), (bw, bh), cols, rows, (left, top), (px, py) = spec
    out = []
    for row in range(rows):
        for col in range(cols):
            x = left + col * px
            y_from_top = top + row * py
            out.append(Rect(x, ph - y_from_top - bh, bw, bh))
    return out


@pytest.fixture(scope="module")
def catalogue():  # type: ignore[no-untyped-def]
    return load_catalogue()


def test_every_builtin_template_loads_and_is_specified(catalogue) -> None:  # type: ignore[no-untyped-def]
    assert catalogue.problems == []
    assert sorted(t.id for t in catalogue.templates) == sorted(SPECS)


@pytest.mark.parametrize("template_id", sorted(SPECS))
def test_positions_of_every_badge_match_the_stock(catalogue, template_id: str) -> None:  # type: ignore[no-untyped-def]
    t = catalogue.get(template_id)
    spec = SPECS[template_id]
    (pw, ph), (_bw, _bh), cols, rows, *_ = spec
    assert (t.page_width, t.page_height) == pytest.approx((pw, ph), abs=0.01)
    assert (t.columns, t.rows, t.per_page) == (cols, rows, cols * rows)
    got = sheet_positions(t)
    want = expected_positions(spec)
    assert len(got) == len(want) == cols * rows
    for g, w in zip(got, want, strict=True):
        assert (g.x, g.y, g.width, g.height) == pytest.approx(
            (w.x, w.y, w.width, w.height), abs=0.01
        )
        # and every badge is on the page
        assert g.x >= -0.01 and g.y >= -0.01
        assert g.right <= pw + 0.01 and g.top <= ph + 0.01


def test_avery_l4785_numbers_spelled_out(catalogue) -> None:  # type: ignore[no-untyped-def]
    """The first and last labels of L4785 in points, computed by hand."""
    got = sheet_positions(catalogue.get("avery-l4785"))
    first, last = got[0], got[-1]
    assert first.x == pytest.approx(51.02, abs=0.01)  # 18 mm
    assert first.top == pytest.approx(841.89 - 36.85, abs=0.01)  # 13 mm from the top
    assert last.x == pytest.approx(51.02 + 269.29, abs=0.01)  # + 95 mm
    assert last.y == pytest.approx(841.89 - 36.85 - 4 * 155.91 - 141.73, abs=0.02)


def test_avery_5392_numbers_spelled_out(catalogue) -> None:  # type: ignore[no-untyped-def]
    got = sheet_positions(catalogue.get("avery-5392"))
    assert [(r.x, r.y) for r in got] == [
        (18, 792 - 72 - 216), (306, 792 - 72 - 216),
        (18, 792 - 72 - 432), (306, 792 - 72 - 432),
        (18, 792 - 72 - 648), (306, 792 - 72 - 648),
    ]  # fmt: skip


def test_backs_swap_columns_for_a_long_edge_flip(catalogue) -> None:  # type: ignore[no-untyped-def]
    t = catalogue.get("avery-l4785")
    fronts, backs = sheet_positions(t), mirrored_positions(t)
    for f, b in zip(fronts, backs, strict=True):
        assert b.y == f.y
        assert b.x == pytest.approx(t.page_width - f.right)


def test_calibration_moves_and_scales_from_the_top_left() -> None:
    page_h = 297 * MM
    r = Rect(10 * MM, page_h - 20 * MM - 50 * MM, 80 * MM, 50 * MM)  # 10 mm from left, 20 from top
    same = calibrate(r, Calibration(), page_h)
    assert same == r
    moved = calibrate(r, Calibration(offset_x_mm=2, offset_y_mm=-1.5), page_h)
    assert moved.x == pytest.approx(12 * MM)
    assert page_h - moved.top == pytest.approx(18.5 * MM)  # up by 1.5 mm
    scaled = calibrate(r, Calibration(scale_x=1.01, scale_y=0.99), page_h)
    assert scaled.x == pytest.approx(10.1 * MM)
    assert page_h - scaled.top == pytest.approx(19.8 * MM)
    assert scaled.width == pytest.approx(80.8 * MM)


def _data(**changes) -> dict:  # type: ignore[no-untyped-def,type-arg]
    data = {
        "id": "mine",
        "name": "Mine",
        "unit": "mm",
        "page": {"width": 210, "height": 297},
        "badge": {"width": 90, "height": 55},
        "grid": {"columns": 2, "rows": 5},
        "origin": {"left": 10, "top": 10},
        "pitch": {"x": 100, "y": 55},
    }
    data.update(changes)
    return data


def test_a_template_whose_badges_do_not_fit_is_refused_clearly() -> None:
    with pytest.raises(
        ValidationError,
        match=r"do not fit on the page: they need 345.0 mm down, the page is 297.0 mm",
    ):
        parse_template(
            _data(grid={"columns": 2, "rows": 5}, pitch={"x": 100, "y": 70}), "mine.json"
        )
    with pytest.raises(ValidationError, match=r"mine.json.*do not fit.*across"):
        parse_template(_data(grid={"columns": 3, "rows": 1}), "mine.json")
    with pytest.raises(ValidationError, match="overlap"):
        parse_template(_data(pitch={"x": 80, "y": 55}), "mine.json")
    with pytest.raises(ValidationError, match=r"badge.width must be a number"):
        parse_template(_data(badge={"height": 55}), "mine.json")
    with pytest.raises(ValidationError, match="the id"):
        parse_template(_data(id="../evil"), "mine.json")
    assert parse_template(_data(), "mine.json").per_page == 10


def test_a_broken_user_file_is_reported_and_the_rest_still_load(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "toobig.json").write_text(
        json.dumps(
            _data(id="toobig", grid={"columns": 1, "rows": 1}, badge={"width": 300, "height": 55})
        ),
        encoding="utf-8",
    )
    (tmp_path / "mine.json").write_text(json.dumps(_data()), encoding="utf-8")
    cat = load_catalogue(tmp_path)
    assert "mine" in [t.id for t in cat.templates]
    assert cat.get("mine").source == "user"
    assert len(cat.problems) == 2
    assert any("broken.json" in p and "not valid JSON" in p for p in cat.problems)
    assert any("toobig.json" in p and "do not fit" in p for p in cat.problems)
    with pytest.raises(ValidationError, match="No badge template nope"):
        cat.get("nope")


def test_user_template_round_trips_through_its_file(tmp_path: Path) -> None:
    t = parse_template(
        _data(colours={"member": "#112233"}, fields={"job_title": False}, fonts={"first_name": 30}),
        "mine.json",
    )
    path = save_user_template(t, tmp_path / "badge_templates")
    again = load_template(path)
    assert isinstance(again, BadgeTemplate)
    assert again.id == "mine" and again.colours == {"member": "#112233"}
    assert again.show("job_title") is False and again.fonts["first_name"] == 30
    for a, b in zip(sheet_positions(again), sheet_positions(t), strict=True):
        assert (a.x, a.y, a.width, a.height) == pytest.approx((b.x, b.y, b.width, b.height))
    assert [p.name for p in path.parent.iterdir()] == ["mine.json"]  # no temporary file left
