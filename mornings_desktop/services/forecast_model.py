"""How many will come: the forecast model on plain records (no database, no Qt): its records,
the fitted `Model` and `predict`; the estimation itself (`fit`) is in `forecast_fit`.

Each registration's probability of showing up is a beta-binomial posterior (empirical Bayes):

- the *prior* of a category is the show-up rate of people at their first registration in that
  category (the rate of the population of people, not of registrations, which regulars dominate),
  shrunk towards the category's overall rate with `PRIOR_PSEUDO` pseudo-registrations;
- its *strength* `k` (in pseudo-Mornings) is estimated by the method of moments from how much the
  show-up rates of people with three or more past registrations vary beyond binomial noise;
- a person who came `s` times out of `n` past registrations gets `(k·prior + s) / (k + n)`;
- then two calibration factors, each the ratio of actual to predicted presence over the history
  (leave-one-out predictions, shrunk with `CALIBRATION_PSEUDO`): how long before the Morning they
  registered (`LEAD_BUCKETS`), and Ramadan (only when at least two Ramadan and two other Mornings
  are in the history).

Speakers and staff count as present (probability 1). Before `MIN_HISTORY` past Mornings the
documented `BUILTIN_RATES` serve as priors and the forecast's `basis` says `built-in`.

The 80 % interval is a normal approximation of the count: the Poisson-binomial variance
Σ p(1-p), plus the uncertainty of each category's prior (correlated across its registrations),
plus a Morning-to-Morning variance (`phi`·E², estimated from the history's residuals).
Walk-ins are forecast apart, from the last `WALK_IN_WINDOW` Mornings' walk-in counts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from mornings_desktop.services.ramadan import is_ramadan

CERTAIN = frozenset({"speaker", "staff"})
# Built-in show-up rates before three Mornings of history: free business breakfasts in Morocco
# turn 50–80 % of registrations into attendance (organisers' experience, the issue's figures).
BUILTIN_RATES: dict[str, float] = {
    "member": 0.70,
    "guest": 0.55,
    "press": 0.45,
    "sponsor": 0.75,
    "partner": 0.70,
    "vip": 0.60,
}
BUILTIN_DEFAULT = 0.60
BUILTIN_K = 8.0
BUILTIN_PHI = 0.01  # a 10 % Morning-to-Morning spread when nothing is known
MIN_HISTORY = 3
PRIOR_PSEUDO = 20.0
CALIBRATION_PSEUDO = 20.0
LEAD_BUCKETS = (2, 7, 21)  # registered ≤2 days before, 3–7, 8–21, more (or unknown → none)
WALK_IN_WINDOW = 6
Z80 = 1.2815515655446004  # the normal quantile of 90 %: 80 % lies within ±Z80 σ


class Reg(NamedTuple):
    """One registration: who (a stable person key), category, days before the Morning, came.

    A named tuple, not a dataclass: a history holds tens of thousands and a frozen dataclass
    takes twice as long to build (it was a fifth of a forecast read from the database)."""

    person: str
    category: str
    lead_days: int | None = None
    present: bool = False


@dataclass(frozen=True)
class PastMorning:
    id: str
    date: str  # YYYY-MM-DD
    regs: Sequence[Reg]
    walk_ins: int = 0


@dataclass(frozen=True)
class Band:
    """An expected number with its 80 % interval (whole people)."""

    expected: float
    low: int
    high: int

    @classmethod
    def of(cls, mean: float, var: float, floor: int = 0, ceiling: int | None = None) -> Band:
        sd = math.sqrt(max(var, 0.0))
        low = max(floor, math.floor(mean - Z80 * sd + 0.5))
        high = math.floor(mean + Z80 * sd + 0.5)
        if ceiling is not None:
            high = min(high, ceiling)
        return cls(round(mean, 2), low, max(low, high))


@dataclass(frozen=True)
class CategoryForecast:
    category: str
    registered: int
    band: Band


@dataclass(frozen=True)
class Forecast:
    morning_id: str
    date: str
    registered: int
    band: Band
    by_category: tuple[CategoryForecast, ...]
    walk_ins: Band
    basis: str  # "history" or "built-in"
    history_mornings: int
    ramadan: bool
    season_factor: float | None
    people: Band  # registrations and walk-ins together: the breakfasts to order

    @property
    def total(self) -> float:
        return round(self.band.expected + self.walk_ins.expected, 2)

    def to_json(self) -> dict[str, object]:
        return {
            "event": self.morning_id,
            "date": self.date,
            "registered": self.registered,
            "expected": self.band.expected,
            "low": self.band.low,
            "high": self.band.high,
            "by_category": {
                c.category: {
                    "registered": c.registered,
                    "expected": c.band.expected,
                    "low": c.band.low,
                    "high": c.band.high,
                }
                for c in self.by_category
            },
            "walk_ins": {
                "expected": self.walk_ins.expected,
                "low": self.walk_ins.low,
                "high": self.walk_ins.high,
            },
            "total": self.total,
            "total_low": self.people.low,
            "total_high": self.people.high,
            "basis": self.basis,
            "history_mornings": self.history_mornings,
            "ramadan": self.ramadan,
            "season_factor": self.season_factor,
        }


@dataclass
class Model:
    basis: str
    history_mornings: int
    prior: dict[str, float]
    prior_var: dict[str, float]
    default_prior: float
    k: float
    people: dict[str, tuple[int, int]]  # person -> (present, registered) over the history
    lead_factor: tuple[float, ...] = (1.0, 1.0, 1.0, 1.0)
    ramadan_factor: float | None = None
    phi: float = BUILTIN_PHI
    walk_in_mean: float = 0.0
    walk_in_var: float = 0.0
    notes: list[str] = field(default_factory=list)

    def prior_of(self, category: str) -> float:
        return self.prior.get(category, self.default_prior)


# lead days -> bucket (registered after the Morning's date: the first); anything else: the last
BUCKET_OF: dict[int | None, int] = {
    d: sum(1 for limit in LEAD_BUCKETS if d > limit) for d in range(-400, LEAD_BUCKETS[-1] + 1)
}


def lead_bucket(lead_days: int | None) -> int:
    """The index of `LEAD_BUCKETS` a registration falls in (unknown or early ones: the last)."""
    return BUCKET_OF.get(lead_days, len(LEAD_BUCKETS))


def clip(p: float) -> float:
    return min(0.995, max(0.005, p))


def predict(model: Model, morning_id: str, day: str, regs: Sequence[Reg]) -> Forecast:
    """The forecast for one Morning's registrations (their `present` is ignored)."""
    ramadan = is_ramadan(day)
    season = model.ramadan_factor if ramadan and model.ramadan_factor else 1.0
    k = model.k
    per_cat: dict[str, list[float]] = {}  # category -> [registered, E, Σp(1-p), Σ prior weight]
    for r in regs:
        acc = per_cat.setdefault(r.category, [0.0, 0.0, 0.0, 0.0])
        acc[0] += 1
        if r.category in CERTAIN:
            acc[1] += 1
            continue
        s, n = model.people.get(r.person, (0, 0))
        base = (k * model.prior_of(r.category) + s) / (k + n)
        p = clip(base * model.lead_factor[lead_bucket(r.lead_days)] * season)
        acc[1] += p
        acc[2] += p * (1 - p)
        acc[3] += k / (k + n)
    cats: list[CategoryForecast] = []
    total_e, total_var, certain = 0.0, 0.0, 0
    for cat in sorted(per_cat, key=lambda c: (-per_cat[c][0], c)):
        registered, e, bern, weight = per_cat[cat]
        if cat in CERTAIN:
            certain += int(registered)
            cats.append(CategoryForecast(cat, int(registered), Band.of(e, 0.0, int(registered))))
            total_e += e
            continue
        uncertain_e = e
        prior_part = (weight * season) ** 2 * model.prior_var.get(cat, 0.01)
        var = bern + prior_part + model.phi * uncertain_e**2
        cats.append(CategoryForecast(cat, int(registered), Band.of(e, var, 0, int(registered))))
        total_e += e
        total_var += bern + prior_part
    uncertain_total = total_e - certain
    total_var += model.phi * uncertain_total**2
    walk = Band.of(model.walk_in_mean, model.walk_in_var)
    return Forecast(
        morning_id=morning_id,
        date=day,
        registered=len(regs),
        band=Band.of(total_e, total_var, certain, len(regs)),
        by_category=tuple(cats),
        walk_ins=walk,
        basis=model.basis,
        history_mornings=model.history_mornings,
        ramadan=ramadan,
        season_factor=round(season, 3) if ramadan and model.ramadan_factor else None,
        people=Band.of(total_e + walk.expected, total_var + model.walk_in_var, certain),
    )
