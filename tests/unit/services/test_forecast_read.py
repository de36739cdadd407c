"""The one-forecast read (services/forecast_read.py) gives exactly the forecast of the records read
(`forecast.load`, what the panel and the backtest go through): the same history columns, the same
forecast, for every Morning of a generated series, edge rows included."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from mornings_desktop.errors import NotFound
from mornings_desktop.services import forecast, forecast_read, mornings
from mornings_desktop.services.demo_series import create_series
from mornings_desktop.services.forecast_fit import columns_of, fit
from mornings_desktop.services.forecast_model import predict
from mornings_desktop.services.workspace import Workspace


def _edge_rows(path: Path, ids: list[str]) -> None:
    """What a real desk's file holds and a demo does not: merged people (a chain of two), a
    registration without a person, categories left empty, a cancelled registration, a walk-in,
    dates that are not dates, a registration after its Morning, a Morning without a title, two
    Mornings on one day (neither is in the other's history)."""
    with closing(sqlite3.connect(path)) as conn, conn:
        people = [p for (p,) in conn.execute("SELECT id FROM people ORDER BY id LIMIT 3")]
        conn.execute("UPDATE people SET merged_into = ? WHERE id = ?", (people[1], people[0]))
        conn.execute("UPDATE people SET merged_into = ? WHERE id = ?", (people[2], people[1]))
        conn.execute(
            "INSERT INTO mornings (id, date, title, stamps) VALUES ('untitled', ?, NULL, '{}')",
            ("2026-06-20",),
        )
        same_day = conn.execute("SELECT date FROM mornings WHERE id = ?", (ids[2],)).fetchone()[0]
        conn.execute(
            "INSERT INTO mornings (id, date, title, stamps) VALUES ('same-day', ?, 'Atelier', '{}')",
            (same_day,),
        )

        def reg(n: int, morning: str, person: str | None, **cols: object) -> None:
            row = {
                "id": f"edge-{n}",
                "morning_id": morning,
                "person_id": person,
                "category": "member",
                "status": "registered",
                "registered_at": "2026-01-05T09:00:00Z",
                "walk_in": 0,
                "checked_in_at": None,
                "stamps": "{}",
                "checkin_count": 0,
                **cols,
            }
            names = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            conn.execute(
                f"INSERT INTO registrations ({names}) VALUES ({marks})", list(row.values())
            )

        came = {"checked_in_at": "2026-06-01T08:30:00Z"}
        for j, morning in enumerate(ids[:-1]):
            reg(10 * j + 0, morning, people[0], **came)  # counts as people[2]
            reg(10 * j + 1, morning, people[1])
            reg(10 * j + 2, morning, None, category=None, **came)  # a guest without a person
            reg(10 * j + 3, morning, people[2], category="", registered_at="2026-02-30T10:00:00Z")
            reg(10 * j + 4, morning, people[2], status="cancelled", **came)
            reg(10 * j + 5, morning, None, walk_in=1, category="guest", **came)
            reg(10 * j + 6, morning, people[0], registered_at="2030-01-01T08:00:00Z")
            reg(10 * j + 7, "untitled", people[2], **came)
            reg(10 * j + 8, "same-day", people[2], category="press", **came)
        # the Morning to plan: a merged person, a person-less guest and a walk-in at the door
        reg(900, ids[-1], people[0])
        reg(901, ids[-1], None, category=None, registered_at="not a date")
        reg(902, ids[-1], None, walk_in=1, **came)


@pytest.fixture
def series(db_path: Path) -> Iterator[tuple[Workspace, list[str]]]:
    ws = Workspace.open(db_path, "Accueil 1")
    ids = create_series(ws, count=7, attendees=40, seed=5, day="2026-12-10")
    _edge_rows(db_path, ids)
    forecast.clear_fit_cache()
    yield ws, ids
    ws.close()


def test_the_one_forecast_read_gives_the_records_forecast_for_every_morning(
    series: tuple[Workspace, list[str]],
) -> None:
    ws, ids = series
    data = forecast.load(ws)
    rows = forecast_read.read_rows(ws)
    assert {"untitled"} & {mid for mid, _d, _t in rows.mornings} == set()
    for morning_id in ids:
        day = next(d for mid, d, _t in data.mornings if mid == morning_id)
        history = data.history_before(day)
        columns, own = forecast_read.columns(rows, morning_id, day)
        assert columns == columns_of(history)
        blind = [r._replace(present=False) for r in data.regs.get(morning_id, [])]
        assert own == blind
        from_records = predict(fit(history), morning_id, day, blind)
        assert forecast.forecast(ws, morning_id) == from_records
        assert forecast.forecast(ws, morning_id, data) == from_records
    last = forecast.forecast(ws, ids[-1])
    assert last.basis == "history" and last.history_mornings == len(ids)  # with the same-day one
    first = forecast.forecast(ws, ids[0])
    assert first.basis == "built-in" and first.history_mornings == 0


def test_the_edge_rows_are_read_as_the_records_read_them(
    series: tuple[Workspace, list[str]],
) -> None:
    """The equality above means something: the edge rows are in the history, shaped."""
    ws, ids = series
    rows = forecast_read.read_rows(ws)
    day = next(d for mid, d, _t in rows.mornings if mid == ids[-1])
    columns, own = forecast_read.columns(rows, ids[-1], day)
    with closing(sqlite3.connect(ws.path)) as conn:
        people = [p for (p,) in conn.execute("SELECT id FROM people ORDER BY id LIMIT 3")]
    assert people[0] not in columns.persons and people[1] not in columns.persons
    assert "registration:edge-2" in columns.persons
    assert "registration:edge-5" not in columns.persons  # walk-ins are counted apart
    assert "registration:edge-902" not in {r.person for r in own}
    assert [(r.person, r.category) for r in own[-2:]] == [
        (people[2], "member"),  # merged twice: counts as the end of the chain
        ("registration:edge-901", "guest"),
    ]
    assert own[-2].lead_days == 339 and own[-1].lead_days is None
    assert len(columns.dates) == len(ids) and columns.dates.count(columns.dates[2]) == 2
    assert sum(w >= 1 for w in columns.walk_ins) == len(ids) - 1  # not at the same-day one


def test_an_unknown_morning_is_refused(series: tuple[Workspace, list[str]]) -> None:
    ws, _ids = series
    with pytest.raises(NotFound):
        forecast.forecast(ws, "no-such-morning")


def test_a_morning_alone_without_registrations(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    try:
        morning_id = mornings.create(ws, mornings.MorningInput("Matinale", "2026-12-10"))
        f = forecast.forecast(ws, morning_id)
        assert f == forecast.forecast(ws, morning_id, forecast.load(ws))
        assert f.registered == 0 and f.basis == "built-in" and f.band.expected == 0
    finally:
        ws.close()
