"""How many will come: the forecast of a Morning and the backtest, read from the database.

The model itself works on plain records (`forecast_model`, `forecast_backtest`); this module reads
them in one go (it never writes). The history of a Morning is every earlier Morning (by date) where
somebody was checked in — a Morning never run at the desk would look like nobody came. A person
merged into another counts as that other person. Cancelled registrations are left out; walk-ins
are counted apart (`walk_ins`), never as registrations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services.forecast_backtest import Backtest, BacktestRow
from mornings_desktop.services.forecast_backtest import backtest as run_backtest
from mornings_desktop.services.forecast_model import Forecast, PastMorning, Reg, fit, predict
from mornings_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class SeriesData:
    """Every Morning with a date: (id, date, title), its registrations and walk-ins, by date."""

    mornings: tuple[tuple[str, str, str], ...]
    regs: dict[str, list[Reg]]
    walk_ins: dict[str, int]
    ran: frozenset[str]  # Mornings where somebody was checked in

    def history_before(self, day: str) -> list[PastMorning]:
        return [
            PastMorning(mid, d, self.regs.get(mid, []), self.walk_ins.get(mid, 0))
            for mid, d, _t in self.mornings
            if d < day and mid in self.ran
        ]


def load(ws: Workspace) -> SeriesData:
    """Read the series: one pass over the Mornings, the merged people and the registrations."""
    with ws.db.read() as session:
        conn = sqlite_connection(session)
        mornings = tuple(
            (str(i), str(d), str(t))
            for i, d, t in conn.execute(
                "SELECT id, date, title FROM mornings WHERE title IS NOT NULL AND date IS NOT NULL"
                " ORDER BY date, start_time, id"
            )
        )
        merged = dict(
            conn.execute("SELECT id, merged_into FROM people WHERE merged_into IS NOT NULL")
        )
        rows = conn.execute(
            "SELECT morning_id, person_id, id, category, registered_at, checked_in_at, walk_in"
            " FROM registrations WHERE registered_at IS NOT NULL"
            " AND (status IS NULL OR status != 'cancelled')"
        ).fetchall()
    date_of = {mid: d for mid, d, _t in mornings}
    day_of: dict[str, date] = {}
    regs: dict[str, list[Reg]] = {}
    walk_ins: dict[str, int] = {}
    ran: set[str] = set()
    for morning_id, person_id, reg_id, category, registered_at, checked_in_at, walk_in in rows:
        day = date_of.get(morning_id)
        if day is None:
            continue
        if checked_in_at is not None:
            ran.add(morning_id)
        if walk_in:
            walk_ins[morning_id] = walk_ins.get(morning_id, 0) + 1
            continue
        person = _canonical(merged, person_id) if person_id else f"registration:{reg_id}"
        morning_day = day_of.get(morning_id)
        if morning_day is None:
            morning_day = day_of[morning_id] = date.fromisoformat(day)
        try:
            lead: int | None = (morning_day - date.fromisoformat(registered_at[:10])).days
        except ValueError:
            lead = None
        regs.setdefault(morning_id, []).append(
            Reg(person, category or "guest", lead, checked_in_at is not None)
        )
    return SeriesData(mornings, regs, walk_ins, frozenset(ran))


def _canonical(merged: dict[str, str], person_id: str) -> str:
    seen: set[str] = set()
    while person_id in merged and person_id not in seen:
        seen.add(person_id)
        person_id = merged[person_id] or person_id
    return person_id


def forecast(ws: Workspace, morning_id: str, data: SeriesData | None = None) -> Forecast:
    """The forecast of one Morning from the Mornings before it. NotFound for an unknown id."""
    data = data or load(ws)
    found = [(mid, d) for mid, d, _t in data.mornings if mid == morning_id]
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No Morning {ref}."), ref=morning_id)
    day = found[0][1]
    model = fit(data.history_before(day))
    blind = [Reg(r.person, r.category, r.lead_days) for r in data.regs.get(morning_id, [])]
    return predict(model, morning_id, day, blind)


def backtest(
    ws: Workspace,
    data: SeriesData | None = None,
    *,
    last: int | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> Backtest:
    """Forecast each Morning that was run from the Mornings before it only (see forecast_backtest):
    all of them, or the `last` ones of the period between the dates (both inclusive)."""
    data = data or load(ws)
    titles = {mid: t for mid, _d, t in data.mornings}

    def keep(m: PastMorning) -> bool:
        return (not date_from or m.date >= date_from) and (not date_to or m.date <= date_to)

    return run_backtest(data.history_before("9999-12-31"), titles, last=last, keep=keep)


def current_morning(ws: Workspace, today: str | None = None) -> str | None:
    """The Morning to plan: the next one from today on, else the latest; None without Mornings."""
    today = today or date.today().isoformat()
    with ws.db.read() as session:
        conn = sqlite_connection(session)
        row = (
            conn.execute(
                "SELECT id FROM mornings WHERE title IS NOT NULL AND date >= ?"
                " AND (status IS NULL OR status != 'archived') ORDER BY date, start_time, id LIMIT 1",
                (today,),
            ).fetchone()
            or conn.execute(
                "SELECT id FROM mornings WHERE title IS NOT NULL AND date IS NOT NULL"
                " ORDER BY date DESC, start_time DESC, id LIMIT 1"
            ).fetchone()
        )
    return str(row[0]) if row else None


SHEET_MORNINGS = 24  # the workbooks' sheet shows (and scores) at most the last two years


@dataclass(frozen=True)
class ForecastSheet:
    """What the workbooks' "Prévision / réel" sheet shows: past forecasts against the actual
    counts (each from the Mornings before it only), and the forecast of the workbook's Morning."""

    rows: tuple[BacktestRow, ...]
    mae: float | None
    coverage: float | None
    forecast: Forecast | None = None


def for_export(
    ws: Workspace,
    *,
    morning_id: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> ForecastSheet:
    """The sheet of a Morning's attendance workbook (`morning_id`: the series up to that Morning)
    or of the series report (the Mornings between the dates, both inclusive, either open)."""
    data = load(ws)
    current = forecast(ws, morning_id, data) if morning_id is not None else None
    if current is not None:
        date_to = current.date
    result = backtest(ws, data, last=SHEET_MORNINGS, date_from=date_from, date_to=date_to)
    return ForecastSheet(result.rows, result.mae, result.coverage, current)
