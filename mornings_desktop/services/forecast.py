"""How many will come: the forecast of a Morning and the backtest, read from the database.

The model itself works on plain records (`forecast_model`, `forecast_fit`, `forecast_backtest`);
this module reads them in one go (`forecast_read.read_rows`; it never writes) into records per
Morning, what the backtest and the panel go through again and again. A single forecast without a
loaded series goes from the same rows straight to the fit (`forecast_read.one_forecast`). The history of a Morning is every earlier Morning (by date) where
somebody was checked in — a Morning never run at the desk would look like nobody came. A person
merged into another counts as that other person. Cancelled registrations are left out; walk-ins
are counted apart (`walk_ins`), never as registrations.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services.forecast_backtest import Backtest, BacktestRow
from mornings_desktop.services.forecast_backtest import backtest as run_backtest
from mornings_desktop.services.forecast_fit import fit
from mornings_desktop.services.forecast_model import Forecast, Model, PastMorning, Reg, predict
from mornings_desktop.services.forecast_read import (
    LeadDays,
    Rows,
    canonical_people,
    one_forecast,
    read_rows,
)
from mornings_desktop.services.history_gate import require_history
from mornings_desktop.services.mornings import next_morning
from mornings_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class SeriesData:
    """Every Morning with a date: (id, date, title), its registrations and walk-ins, by date."""

    mornings: tuple[tuple[str, str, str], ...]
    regs: dict[str, list[Reg]]
    walk_ins: dict[str, int]
    ran: frozenset[str]  # Mornings where somebody was checked in
    # Each Morning's content (id, date, walk-ins, registrations) as one hash: the key of a fit.
    digests: dict[str, int] = field(default_factory=dict)

    def history_before(self, day: str) -> list[PastMorning]:
        return [
            PastMorning(mid, d, self.regs.get(mid, []), self.walk_ins.get(mid, 0))
            for mid, d, _t in self.mornings
            if d < day and mid in self.ran
        ]

    def digest(self, morning: PastMorning) -> int:
        found = self.digests.get(morning.id)
        return found if found is not None else _digest(morning)


def load(ws: Workspace) -> SeriesData:
    """Read the series: one pass over the Mornings, the merged people and the registrations.
    Refused while a joining desk still receives the history (`history_gate`)."""
    require_history(ws)
    return _series(read_rows(ws))


def _series(rows: Rows) -> SeriesData:
    dated = {mid for mid, _d, _t in rows.mornings}
    canonical = canonical_people(rows.merged)
    lead = LeadDays(rows.mornings)
    regs: dict[str, list[Reg]] = {}
    walk_ins: dict[str, int] = {}
    ran: set[str] = set()
    for morning_id, person, category, registered, checked, walk_in in rows.registrations:
        if morning_id not in dated:
            continue
        if checked:
            ran.add(morning_id)
        if walk_in:
            walk_ins[morning_id] = walk_ins.get(morning_id, 0) + 1
            continue
        regs.setdefault(morning_id, []).append(
            Reg(
                canonical.get(person, person), category, lead(morning_id, registered), bool(checked)
            )
        )
    digests = {
        mid: _digest(PastMorning(mid, d, regs.get(mid, []), walk_ins.get(mid, 0)))
        for mid, d, _t in rows.mornings
    }
    return SeriesData(rows.mornings, regs, walk_ins, frozenset(ran), digests)


def _digest(morning: PastMorning) -> int:
    return hash((morning.id, morning.date, morning.walk_ins, tuple(morning.regs)))


# Fitted models by the content of their history (the digests of its Mornings, in order): what
# a Morning's history holds decides its model, so a key never goes stale. A check-in today
# changes today's digest only: the panel's 24 past fits and the forecast's fit are found again.
FIT_CACHE_SIZE = 64
_fits: OrderedDict[tuple[int, ...], Model] = OrderedDict()
_fits_lock = threading.Lock()
_fit_counts = {"hits": 0, "misses": 0}


def fit_cached(data: SeriesData, past: Sequence[PastMorning]) -> Model:
    """`fit(past)`, found again when a history with the same content was fitted before.

    The model is shared between the callers: nothing changes a Model after `fit`."""
    key = tuple(data.digest(m) for m in past)
    with _fits_lock:
        model = _fits.get(key)
        if model is not None:
            _fits.move_to_end(key)
            _fit_counts["hits"] += 1
            return model
        _fit_counts["misses"] += 1
    model = fit(past)
    with _fits_lock:
        _fits[key] = model
        while len(_fits) > FIT_CACHE_SIZE:
            _fits.popitem(last=False)
    return model


def fit_cache_info() -> dict[str, int]:
    """How often a fit was found again (`hits`) or computed (`misses`), and how many are kept."""
    with _fits_lock:
        return {**_fit_counts, "size": len(_fits)}


def clear_fit_cache() -> None:
    with _fits_lock:
        _fits.clear()
        _fit_counts.update(hits=0, misses=0)


def forecast(ws: Workspace, morning_id: str, data: SeriesData | None = None) -> Forecast:
    """The forecast of one Morning from the Mornings before it. NotFound for an unknown id.

    Without `data` (a single forecast: the command line, the desk's live view) the read goes
    straight to the fit's columns (`forecast_read.one_forecast`), without the fit cache; with the
    series loaded (the panel, the workbooks: a forecast beside a backtest) the fits are kept."""
    require_history(ws)
    if data is None:
        return one_forecast(ws, morning_id)
    found = [(mid, d) for mid, d, _t in data.mornings if mid == morning_id]
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No Morning {ref}."), ref=morning_id)
    day = found[0][1]
    model = fit_cached(data, data.history_before(day))
    blind = [Reg(r.person, r.category, r.lead_days) for r in data.regs.get(morning_id, [])]
    return predict(model, morning_id, day, blind)


def backtest(
    ws: Workspace,
    data: SeriesData | None = None,
    *,
    last: int | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    today: str | None = None,
) -> Backtest:
    """Forecast each Morning that was run from the Mornings before it only (see forecast_backtest):
    all of them, or the `last` ones of the period between the dates (both inclusive). Only the
    Mornings before `today` (default: this computer's date): today's, under way, is no past
    Morning yet (its first arrivals were taken for its whole count)."""
    data = data or load(ws)
    titles = {mid: t for mid, _d, t in data.mornings}

    def keep(m: PastMorning) -> bool:
        return (not date_from or m.date >= date_from) and (not date_to or m.date <= date_to)

    history = data.history_before(today or date.today().isoformat())
    return run_backtest(
        history, titles, last=last, keep=keep, fit_model=lambda past: fit_cached(data, past)
    )


def current_morning(ws: Workspace, today: str | None = None) -> str | None:
    """The Morning to plan: the next one from today on, else the latest; None without Mornings."""
    ahead = next_morning(ws, today)
    if ahead is not None:
        return ahead[0]
    with ws.db.read() as session:
        row = (
            sqlite_connection(session)
            .execute(
                "SELECT id FROM mornings WHERE title IS NOT NULL AND date IS NOT NULL"
                " ORDER BY date DESC, start_time DESC, id LIMIT 1"
            )
            .fetchone()
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
