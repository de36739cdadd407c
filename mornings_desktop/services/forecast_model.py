"""How many will come: the forecast model on plain records (no database, no Qt).

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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter
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
_BUCKET_OF: dict[int | None, int] = {
    d: sum(1 for limit in LEAD_BUCKETS if d > limit) for d in range(-400, LEAD_BUCKETS[-1] + 1)
}
_PERSON, _CATEGORY = attrgetter("person"), attrgetter("category")
_PRESENT, _LEAD = attrgetter("present"), attrgetter("lead_days")


def lead_bucket(lead_days: int | None) -> int:
    """The index of `LEAD_BUCKETS` a registration falls in (unknown or early ones: the last)."""
    return _BUCKET_OF.get(lead_days, len(LEAD_BUCKETS))


def _clip(p: float) -> float:
    return min(0.995, max(0.005, p))


def fit(history: Sequence[PastMorning]) -> Model:
    """Learn the model from past Mornings (any order; only what happened in them is used)."""
    past = sorted(history, key=lambda m: (m.date, m.id))
    flat = [r for m in past for r in m.regs if r.category not in CERTAIN]
    persons = list(map(_PERSON, flat))
    cats = list(map(_CATEGORY, flat))
    came = list(map(_PRESENT, flat))
    n_of, s_of = Counter(persons), Counter(compress(persons, came))
    cat_n, cat_y = Counter(cats), Counter(compress(cats, came))
    # each person's first registration: building a dict from the reversed list keeps the earliest
    firsts = dict(zip(reversed(persons), reversed(flat), strict=True)).values()
    first_n = Counter(map(_CATEGORY, firsts))
    first_y = Counter(r.category for r in firsts if r.present)
    stats = {p: (s_of[p], n) for p, n in n_of.items()}
    walk_counts = [m.walk_ins for m in past[-WALK_IN_WINDOW:]]
    walk_mean = sum(walk_counts) / len(walk_counts) if walk_counts else 0.0
    walk_var = (
        sum((w - walk_mean) ** 2 for w in walk_counts) / (len(walk_counts) - 1)
        if len(walk_counts) > 1
        else walk_mean
    )
    if len(past) < MIN_HISTORY or not cat_n:
        return Model(
            basis="built-in",
            history_mornings=len(past),
            prior=dict(BUILTIN_RATES),
            prior_var={c: p * (1 - p) / (BUILTIN_K + 1) for c, p in BUILTIN_RATES.items()},
            default_prior=BUILTIN_DEFAULT,
            k=BUILTIN_K,
            people=stats,
            walk_in_mean=walk_mean,
            walk_in_var=max(walk_mean, walk_var),
        )
    total_n, total_y = sum(cat_n.values()), sum(cat_y.values())
    overall = (total_y + 1) / (total_n + 2)
    all_first_n, all_first_y = sum(first_n.values()), sum(first_y.values())
    first_ratio = ((all_first_y + 1) / (all_first_n + 2)) / overall
    prior: dict[str, float] = {}
    prior_var: dict[str, float] = {}
    for cat, n in cat_n.items():
        target = _clip(first_ratio * (cat_y[cat] + overall * 2) / (n + 2))
        mean = (first_y.get(cat, 0) + PRIOR_PSEUDO * target) / (first_n.get(cat, 0) + PRIOR_PSEUDO)
        prior[cat] = _clip(mean)
        prior_var[cat] = mean * (1 - mean) / (first_n.get(cat, 0) + PRIOR_PSEUDO + 1)
    default_prior = _clip(first_ratio * overall)
    model = Model(
        basis="history",
        history_mornings=len(past),
        prior=prior,
        prior_var=prior_var,
        default_prior=default_prior,
        k=_strength(dict(zip(persons, cats, strict=True)), stats),
        people=stats,
        walk_in_mean=walk_mean,
        walk_in_var=max(walk_mean, walk_var),
    )
    _calibrate(model, past, flat, persons, cats, came)
    return model


def _strength(last_cat: dict[str, str], stats: dict[str, tuple[int, int]]) -> float:
    """The prior's pseudo-count k, by the method of moments over people with 3+ registrations.

    `last_cat` is each person's latest category (their group)."""
    groups: dict[str, list[tuple[float, int]]] = {}
    for person, (s, n) in stats.items():
        if n >= 3:
            groups.setdefault(last_cat[person], []).append((s / n, n))
    excess, spread, count = 0.0, 0.0, 0
    for rows in groups.values():
        if len(rows) < 5:
            continue
        mu = sum(rate for rate, _ in rows) / len(rows)
        for rate, n in rows:
            excess += (rate - mu) ** 2 - rate * (1 - rate) / (n - 1)
            spread += mu * (1 - mu)
            count += 1
    if count < 10:
        return BUILTIN_K
    tau2 = excess / count
    if tau2 <= 1e-6:
        return 100.0
    return min(100.0, max(1.0, (spread / count) / tau2 - 1))


def _calibrate(
    model: Model,
    past: Sequence[PastMorning],
    flat: list[Reg],
    persons: list[str],
    cats: list[str],
    came: list[bool],
) -> None:
    """Lead-time and Ramadan factors, then the Morning-to-Morning variance, from the history.

    Per Morning and lead bucket it keeps Σp, Σp² of the leave-one-out predictions and Σ present,
    so a factor applied to a bucket scales the sums without a second pass over the registrations.
    """
    k = model.k
    n_buckets = len(LEAD_BUCKETS) + 1
    kp = {cat: k * model.prior_of(cat) for cat in set(cats)}
    s_of = {p: s for p, (s, _n) in model.people.items()}
    n_of = {p: n for p, (_s, n) in model.people.items()}
    loo = [
        (a + s - y) / (k + n - 1)
        for a, s, n, y in zip(
            map(kp.__getitem__, cats),
            map(s_of.__getitem__, persons),
            map(n_of.__getitem__, persons),
            came,
            strict=True,
        )
    ]
    buckets = list(map(_BUCKET_OF.get, map(_LEAD, flat), repeat(n_buckets - 1)))
    sums: list[tuple[list[float], list[float], list[float]]] = []  # per Morning: Σy, Σp, Σp²
    i = 0
    for morning in past:
        ys, ps, p2s = [0.0] * n_buckets, [0.0] * n_buckets, [0.0] * n_buckets
        end = i + sum(1 for r in morning.regs if r.category not in CERTAIN)
        for b, p, y in zip(buckets[i:end], loo[i:end], came[i:end], strict=True):
            ys[b] += y
            ps[b] += p
            p2s[b] += p * p
        i = end
        sums.append((ys, ps, p2s))
    c = CALIBRATION_PSEUDO
    model.lead_factor = tuple(
        (sum(m[0][b] for m in sums) + c) / (sum(m[1][b] for m in sums) + c)
        for b in range(n_buckets)
    )
    f = model.lead_factor
    in_ram = [is_ramadan(m.date) for m in past]
    if sum(in_ram) >= 2 and len(in_ram) - sum(in_ram) >= 2:
        season_y = sum(sum(ys) for (ys, _ps, _p2), ram in zip(sums, in_ram, strict=True) if ram)
        season_p = sum(
            sum(fb * p for fb, p in zip(f, ps, strict=True))
            for (_ys, ps, _p2), ram in zip(sums, in_ram, strict=True)
            if ram
        )
        model.ramadan_factor = (season_y + c) / (season_p + c)
    excess, scale = 0.0, 0.0
    for (ys, ps, p2s), ram in zip(sums, in_ram, strict=True):
        g = model.ramadan_factor if ram and model.ramadan_factor else 1.0
        expected = sum(fb * g * p for fb, p in zip(f, ps, strict=True))
        bern = expected - sum((fb * g) ** 2 * p2 for fb, p2 in zip(f, p2s, strict=True))
        excess += (sum(ys) - expected) ** 2 - bern
        scale += expected**2
    model.phi = max(0.0, excess / scale) if scale else BUILTIN_PHI


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
        p = _clip(base * model.lead_factor[lead_bucket(r.lead_days)] * season)
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
