"""How much to trust the forecast: forecast each past Morning from the Mornings before it only.

The mean absolute error and the coverage (how often the actual count of registered people present
fell inside the 80 % interval; near 80 % when the interval is honest) are computed over the
Mornings forecast from at least `MIN_HISTORY` earlier Mornings (`basis` = history); when there are
none yet, over every Morning, with the built-in rates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mornings_desktop.services.forecast_fit import fit
from mornings_desktop.services.forecast_model import Model, PastMorning, Reg, predict


@dataclass(frozen=True)
class BacktestRow:
    morning_id: str
    date: str
    title: str
    registered: int
    expected: float
    low: int
    high: int
    actual: int
    basis: str

    @property
    def inside(self) -> bool:
        return self.low <= self.actual <= self.high

    def to_json(self) -> dict[str, object]:
        return {
            "event": self.morning_id,
            "date": self.date,
            "title": self.title,
            "registered": self.registered,
            "expected": self.expected,
            "low": self.low,
            "high": self.high,
            "actual": self.actual,
            "inside": self.inside,
            "basis": self.basis,
        }


@dataclass(frozen=True)
class Backtest:
    rows: tuple[BacktestRow, ...]
    mae: float | None
    coverage: float | None
    scored: int

    def to_json(self) -> dict[str, object]:
        return {
            "mae": self.mae,
            "coverage": self.coverage,
            "scored": self.scored,
            "mornings": [r.to_json() for r in self.rows],
        }


def backtest(
    history: Sequence[PastMorning],
    titles: dict[str, str] | None = None,
    *,
    last: int | None = None,
    keep: Callable[[PastMorning], bool] | None = None,
    fit_model: Callable[[Sequence[PastMorning]], Model] = fit,
) -> Backtest:
    """Forecast every Morning of `history` from the Mornings strictly before it (only the `last`
    ones, or those `keep` accepts, when given: each still learns from every Morning before it).
    `fit_model` is `fit` or a cache of it (services/forecast.py)."""
    past = sorted(history, key=lambda m: (m.date, m.id))
    rows: list[BacktestRow] = []
    chosen = [i for i, m in enumerate(past) if keep is None or keep(m)]
    if last is not None:
        chosen = chosen[-last:] if last > 0 else []
    for i in chosen:
        morning = past[i]
        earlier = [m for m in past[:i] if m.date < morning.date]
        model = fit_model(earlier)
        blind = [Reg(r.person, r.category, r.lead_days) for r in morning.regs]
        f = predict(model, morning.id, morning.date, blind)
        rows.append(
            BacktestRow(
                morning_id=morning.id,
                date=morning.date,
                title=(titles or {}).get(morning.id, ""),
                registered=len(morning.regs),
                expected=f.band.expected,
                low=f.band.low,
                high=f.band.high,
                actual=sum(r.present for r in morning.regs),
                basis=f.basis,
            )
        )
    scored = [r for r in rows if r.basis == "history"] or rows
    if not scored:
        return Backtest((), None, None, 0)
    mae = sum(abs(r.expected - r.actual) for r in scored) / len(scored)
    coverage = sum(r.inside for r in scored) / len(scored)
    return Backtest(tuple(rows), round(mae, 2), round(coverage, 3), len(scored))
