"""The breakfast forecast in the Mornings area: headline, breakdown, trust line and chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from mornings_desktop.services import mornings
from mornings_desktop.services.demo_series import create_series
from mornings_desktop.ui.mornings.forecast_panel import ForecastPanel
from mornings_desktop.ui.mornings.screen import MorningsScreen


def test_the_panel_shows_the_current_morning_forecast(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    ids = create_series(state.workspace, count=5, attendees=30, seed=3, day="2026-12-10")
    state.set_current_morning(ids[-1])
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    panel = screen.findChild(ForecastPanel)
    assert panel is not None and panel.data is not None and panel.data.forecast is not None
    f = panel.data.forecast
    assert f.morning_id == ids[-1] and f.basis == "history"
    assert panel.headline.text() == f"Expected: {round(f.total)} ({f.people.low}–{f.people.high})"
    assert "Member:" in panel.details.text()  # the window's language (English here)
    assert "From 4 past Mornings" in panel.details.text()
    assert "past Morning the forecast was off by" in panel.trust.text()
    assert len(panel.chart.rows) == 4
    screen.show()
    panel.chart.grab()  # paints without error


def test_first_morning_says_it_uses_built_in_rates(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    morning = mornings.create(state.workspace, mornings.MorningInput("Première", "2026-12-10"))
    state.set_current_morning(morning)
    panel = ForecastPanel(state)
    qtbot.addWidget(panel)
    assert panel.data is not None and panel.data.forecast is not None
    assert panel.data.forecast.basis == "built-in"
    assert "built-in rates" in panel.details.text()
    assert "once Mornings have been held" in panel.trust.text()
    panel.chart.grab()


def test_the_desk_live_view_shows_the_forecast(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.checkin.live_view import LiveView

    ids = create_series(state.workspace, count=4, attendees=20, seed=5, day="2026-12-10")
    view = LiveView(state)
    qtbot.addWidget(view)
    view.set_morning(ids[-1])
    f = view.forecast.forecast
    assert f is not None and f.morning_id == ids[-1]
    assert view.forecast.text() == (
        f"Forecast: {round(f.total)} expected ({f.people.low}–{f.people.high}), walk-ins included"
    )


def test_one_past_morning_is_said_as_one(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    ids = create_series(state.workspace, count=2, attendees=20, seed=3, day="2026-12-10")
    state.set_current_morning(ids[-1])
    panel = ForecastPanel(state)
    qtbot.addWidget(panel)
    assert panel.data is not None and len(panel.data.backtest.rows) == 1
    # The chart does not say there is none, and the trust line does not say "1 past Mornings".
    assert panel.chart.message() == "One past Morning so far: the chart starts with two."
    assert panel.trust.text().startswith("On the one past Morning the forecast was off by ")
    assert "1 past Mornings" not in panel.trust.text()


def test_the_charts_sentence_wraps_in_a_narrow_chart(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    """Found in the window: "ne seule Matinale passée pour l'instant : le graphique commence à
    deu", cut at both ends (the text is clipped to the chart's area, 28 px in from the left and
    8 from the right). Wrapped, no letter touches either edge of the area."""
    ids = create_series(state.workspace, count=2, attendees=20, seed=3, day="2026-12-10")
    state.set_current_morning(ids[-1])
    panel = ForecastPanel(state)
    qtbot.addWidget(panel)
    panel.chart.resize(240, 160)
    image = panel.chart.grab().toImage()
    background = image.pixelColor(image.width() // 2, 1)
    edges = (28, 29, image.width() - 9, image.width() - 10)
    assert all(image.pixelColor(x, y) == background for x in edges for y in range(image.height()))


def test_the_trust_line_writes_its_decimal_as_the_language_does(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    """ "trompée de 2.5 personnes": a French decimal has a comma."""
    import re

    from PySide6.QtCore import QLocale

    ids = create_series(state.workspace, count=5, attendees=30, seed=3, day="2026-12-10")
    state.set_current_morning(ids[-1])
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        screen = MorningsScreen(state)
        qtbot.addWidget(screen)
        panel = screen.findChild(ForecastPanel)
        assert panel is not None
        text = panel.trust.text()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert re.search(r"off by \d+,\d people", text), text


def _big_rows() -> list:  # type: ignore[type-arg]
    """Six past Mornings of over a thousand people: four-figure values on the axis."""
    from mornings_desktop.services.forecast_backtest import BacktestRow

    days = ["2026-07-23", "2026-08-20", "2026-09-17", "2026-10-15", "2026-11-12", "2026-12-10"]
    return [
        BacktestRow(f"m{i}", day, "Matinale", 1400, 1200 + 20 * i, 1100, 1350, 1180 + 30 * i, "history")
        for i, day in enumerate(days)
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("big", [False, True], ids=["series", "four-figures"])
def test_the_charts_axis_labels_are_whole_inside_the_chart(
    qtbot, state, qapp, tmp_path, language: str, big: bool
) -> None:  # type: ignore[no-untyped-def]
    """Found in the window: the y-axis label was cut at the left (drawn right-aligned in a box 26
    pixels wide from the chart's edge, whatever its width). At the window's default size, in each
    language, each label's box holds its whole text and lies inside the chart; the dates at the
    foot are the window's own (23 July 2026, not 2026-07-23), the first on the left."""
    from PySide6.QtGui import QFontMetricsF

    from mornings_desktop.ui.main_window import MainWindow
    from tests.gui.speaking import speaking

    ids = create_series(state.workspace, count=5, attendees=30, seed=3, day="2026-12-10")
    state.set_current_morning(ids[-1])
    with speaking(qapp, language, tmp_path):
        window = MainWindow(state)  # its default size
        qtbot.addWidget(window)
        window.show()
        window.show_area("mornings")
        chart = window.page("mornings").findChild(ForecastPanel).chart
        if big:
            chart.set_rows(_big_rows())
        qtbot.waitUntil(lambda: chart.width() > 100)
        labels = chart.axis_labels()
        metrics = QFontMetricsF(chart.font())
        assert len(labels) == 4, labels
        for rect, text in labels:
            assert QRectF(chart.rect()).contains(rect), (text, rect, chart.rect())
            assert metrics.horizontalAdvance(text) <= rect.width(), (text, rect)
            assert metrics.height() <= rect.height(), (text, rect)
        (_top, high), (_bottom, low), (first, first_day), (last, last_day) = labels
        figures = [int("".join(c for c in t if c.isdigit())) for t in (high, low)]
        assert figures[0] > figures[1]  # written as the language writes numbers (1 418, 1.418)
        assert first.right() < last.left(), "the dates do not overlap"
        assert "-07-" not in first_day and "2026" in first_day and "2026" in last_day
        image = chart.grab().toImage()
    background = image.pixelColor(image.width() // 2, 0)
    cut = [y for y in range(image.height()) if image.pixelColor(0, y) != background]
    assert not cut, f"something drawn against the chart's left edge (cut) at rows {cut[:5]}"


def test_arabic_ranges_read_low_to_high(qtbot, state, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "الحضور المتوقع: 78 (86–71)": right to left, a bare "71–86" turns around; each range of
    the panel is set apart (U+2068 … U+2069) so it reads low to high."""
    from mornings_desktop.wording.tr import FSI, PDI
    from tests.gui.speaking import speaking

    ids = create_series(state.workspace, count=5, attendees=30, seed=3, day="2026-12-10")
    state.set_current_morning(ids[-1])
    with speaking(qapp, "ar", tmp_path):
        panel = ForecastPanel(state)
        qtbot.addWidget(panel)
        f = panel.data.forecast
        assert f is not None
        assert panel.headline.text().endswith(f"({FSI}{f.people.low}–{f.people.high}{PDI})")
        lines = panel.details.text().splitlines()
    ranged = [line for line in lines if "–" in line]
    assert len(ranged) >= 3 and all(f"({FSI}" in line for line in ranged), ranged
