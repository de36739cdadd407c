"""The breakfast forecast in the Mornings area: headline, breakdown, trust line and chart."""

from __future__ import annotations

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
