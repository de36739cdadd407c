"""The forecast's fits are kept by the content of their history: found again while the history is
unchanged, never stale when it changed (in this process, or by another program on the file).

The cache serves the forecasts made beside a loaded series (`forecast(ws, id, data)`: the panel,
the workbooks, each with its backtest); a single forecast (`forecast(ws, id)`) reads and fits
afresh (services/forecast_read.py), and both must agree."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from mornings_desktop.services import forecast
from mornings_desktop.services.demo_series import create_series
from mornings_desktop.services.forecast_fit import fit
from mornings_desktop.services.forecast_model import predict
from mornings_desktop.services.workspace import Workspace


@pytest.fixture
def series(db_path: Path) -> Iterator[tuple[Workspace, list[str]]]:
    ws = Workspace.open(db_path, "Accueil 1")
    ids = create_series(ws, count=6, attendees=40, seed=3, day="2026-12-10")
    forecast.clear_fit_cache()
    yield ws, ids
    ws.close()


def _cached(ws: Workspace, morning_id: str) -> forecast.Forecast:
    """The panel's way: the series loaded, the fit kept."""
    return forecast.forecast(ws, morning_id, forecast.load(ws))


def _uncached(ws: Workspace, morning_id: str) -> forecast.Forecast:
    """The forecast computed from scratch, as before there was a cache."""
    data = forecast.load(ws)
    day = next(d for mid, d, _t in data.mornings if mid == morning_id)
    blind = [r._replace(present=False) for r in data.regs.get(morning_id, [])]
    return predict(fit(data.history_before(day)), morning_id, day, blind)


def test_an_unchanged_history_is_fitted_once(series: tuple[Workspace, list[str]]) -> None:
    ws, ids = series
    first = _cached(ws, ids[-1])
    assert forecast.fit_cache_info()["misses"] == 1
    again = _cached(ws, ids[-1])
    assert again == first == _uncached(ws, ids[-1]) == forecast.forecast(ws, ids[-1])
    assert forecast.fit_cache_info()["hits"] == 1
    forecast.backtest(ws)
    forecast.backtest(ws)
    info = forecast.fit_cache_info()
    assert info["misses"] == 1 + 5, "each past Morning's own history fitted once"
    assert info["hits"] >= 1 + 5


def test_a_checkin_in_a_past_morning_is_seen(series: tuple[Workspace, list[str]]) -> None:
    ws, ids = series
    before = _cached(ws, ids[-1])
    with closing(sqlite3.connect(ws.path)) as conn:
        missing = conn.execute(
            "SELECT id FROM registrations WHERE morning_id = ? AND checked_in_at IS NULL"
            " AND walk_in = 0 AND category != 'speaker'",
            (ids[-2],),
        ).fetchall()
    assert len(missing) >= 3
    with ws.transaction() as tx:
        for (reg,) in missing:
            tx.record(
                "checkin.created",
                {"id": f"c-{reg}", "registration_id": reg, "morning_id": ids[-2],
                 "at": "2026-11-12T08:30:00Z", "method": "search"},
            )  # fmt: skip
    after = _cached(ws, ids[-1])
    assert after != before
    assert after == _uncached(ws, ids[-1]) == forecast.forecast(ws, ids[-1])


def test_a_change_by_another_program_is_seen(series: tuple[Workspace, list[str]]) -> None:
    """Keys are contents, not notifications: a write this process never heard of counts too."""
    ws, ids = series
    before = _cached(ws, ids[-1])
    with closing(sqlite3.connect(ws.path)) as conn, conn:
        conn.execute(
            "UPDATE registrations SET checked_in_at = NULL WHERE morning_id = ? AND walk_in = 0",
            (ids[0],),
        )
    after = _cached(ws, ids[-1])
    assert after != before
    assert after == _uncached(ws, ids[-1]) == forecast.forecast(ws, ids[-1])


def test_the_cache_keeps_a_bounded_number_of_fits(
    series: tuple[Workspace, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, _ids = series
    monkeypatch.setattr(forecast, "FIT_CACHE_SIZE", 3)
    forecast.backtest(ws)
    assert forecast.fit_cache_info()["size"] == 3


def test_todays_morning_under_way_is_no_past_morning(series: tuple[Workspace, list[str]]) -> None:
    """Found in the window: with 7 arrivals at today's open Morning the panel counted it as a
    past Morning the forecast had missed by far. Before its day is over it is left out."""
    ws, _ids = series
    ran = [row.morning_id for row in forecast.backtest(ws, today="9999-12-31").rows]
    latest = ran[-1]  # the latest Morning with arrivals: say it is today's
    day = next(d for mid, d, _t in forecast.load(ws).mornings if mid == latest)
    during = [row.morning_id for row in forecast.backtest(ws, today=day).rows]
    assert during == ran[:-1]
