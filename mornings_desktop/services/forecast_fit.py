"""How many will come: learning the model (`forecast_model` describes it) from a history.

The fit reads a history as columns (`History`): per past Morning its date, walk-ins and how many
of its registrations can miss (categories not in `CERTAIN`), then those registrations Morning
after Morning: person, category, whether they came, lead-time bucket. `fit` takes past Mornings
as records and makes the columns (`columns_of`); the one-forecast read of the database
(`forecast_read`) makes the very same columns straight from its rows, without a record per
registration, and both end in `fit_history`: one computation, so one result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from mornings_desktop.services.forecast_model import (
    BUCKET_OF,
    BUILTIN_DEFAULT,
    BUILTIN_K,
    BUILTIN_PHI,
    BUILTIN_RATES,
    CALIBRATION_PSEUDO,
    CERTAIN,
    LEAD_BUCKETS,
    MIN_HISTORY,
    PRIOR_PSEUDO,
    WALK_IN_WINDOW,
    Model,
    PastMorning,
    clip,
)
from mornings_desktop.services.ramadan import is_ramadan

UNKNOWN_BUCKET = len(LEAD_BUCKETS)  # no lead time known, or registered more than 21 days before


@dataclass(frozen=True)
class History:
    """A history as the fit reads it, Mornings by date then id (see the module's docstring)."""

    dates: Sequence[str]  # per past Morning
    walk_ins: Sequence[int]
    sizes: Sequence[int]  # its registrations in the columns below (not CERTAIN)
    persons: Sequence[str]  # per registration that can miss, Morning after Morning
    categories: Sequence[str]
    came: Sequence[int]  # 1 or True: checked in
    buckets: Sequence[int]  # lead_bucket of its lead time


def columns_of(history: Sequence[PastMorning]) -> History:
    """The columns of past Mornings (any order)."""
    past = sorted(history, key=lambda m: (m.date, m.id))
    flat = [r for m in past for r in m.regs if r.category not in CERTAIN]
    return History(
        dates=[m.date for m in past],
        walk_ins=[m.walk_ins for m in past],
        sizes=[sum(1 for r in m.regs if r.category not in CERTAIN) for m in past],
        persons=[r.person for r in flat],
        categories=[r.category for r in flat],
        came=[r.present for r in flat],
        buckets=[BUCKET_OF.get(r.lead_days, UNKNOWN_BUCKET) for r in flat],
    )


def fit(history: Sequence[PastMorning]) -> Model:
    """Learn the model from past Mornings (any order; only what happened in them is used)."""
    return fit_history(columns_of(history))


def fit_history(h: History) -> Model:
    """Learn the model from a history's columns."""
    persons, cats, came = h.persons, h.categories, h.came
    n_of, s_of = Counter(persons), Counter(compress(persons, came))
    cat_n, cat_y = Counter(cats), Counter(compress(cats, came))
    # each person's first registration: building a dict from the reversed list keeps the earliest
    firsts = dict(zip(reversed(persons), range(len(persons) - 1, -1, -1), strict=True)).values()
    first_cats = [cats[i] for i in firsts]
    first_n = Counter(first_cats)
    first_y = Counter(compress(first_cats, [came[i] for i in firsts]))
    came_of = dict.fromkeys(n_of, 0)  # every person, 0 for those who never came
    came_of.update(s_of)
    stats = {p: (came_of[p], n) for p, n in n_of.items()}
    walk_counts = list(h.walk_ins[-WALK_IN_WINDOW:])
    walk_mean = sum(walk_counts) / len(walk_counts) if walk_counts else 0.0
    walk_var = (
        sum((w - walk_mean) ** 2 for w in walk_counts) / (len(walk_counts) - 1)
        if len(walk_counts) > 1
        else walk_mean
    )
    if len(h.dates) < MIN_HISTORY or not cat_n:
        return Model(
            basis="built-in",
            history_mornings=len(h.dates),
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
        target = clip(first_ratio * (cat_y[cat] + overall * 2) / (n + 2))
        mean = (first_y.get(cat, 0) + PRIOR_PSEUDO * target) / (first_n.get(cat, 0) + PRIOR_PSEUDO)
        prior[cat] = clip(mean)
        prior_var[cat] = mean * (1 - mean) / (first_n.get(cat, 0) + PRIOR_PSEUDO + 1)
    default_prior = clip(first_ratio * overall)
    model = Model(
        basis="history",
        history_mornings=len(h.dates),
        prior=prior,
        prior_var=prior_var,
        default_prior=default_prior,
        k=_strength(dict(zip(persons, cats, strict=True)), stats),
        people=stats,
        walk_in_mean=walk_mean,
        walk_in_var=max(walk_mean, walk_var),
    )
    _calibrate(model, h, came_of, n_of)
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


def _calibrate(model: Model, h: History, s_of: dict[str, int], n_of: dict[str, int]) -> None:
    """Lead-time and Ramadan factors, then the Morning-to-Morning variance, from the history.

    Per Morning and lead bucket it keeps Σp, Σp² of the leave-one-out predictions and Σ present,
    so a factor applied to a bucket scales the sums without a second pass over the registrations.
    `s_of` and `n_of`: each person's presences and registrations over the history.
    """
    k = model.k
    cats, came = h.categories, h.came
    n_buckets = len(LEAD_BUCKETS) + 1
    kp = {cat: k * model.prior_of(cat) for cat in set(cats)}
    rest = {p: k + n - 1 for p, n in n_of.items()}  # the leave-one-out denominator, per person
    loo = [
        (a + s - y) / d
        for a, s, d, y in zip(
            map(kp.__getitem__, cats),
            map(s_of.__getitem__, h.persons),
            map(rest.__getitem__, h.persons),
            came,
            strict=True,
        )
    ]
    buckets = h.buckets
    sums: list[tuple[list[float], list[float], list[float]]] = []  # per Morning: Σy, Σp, Σp²
    i = 0
    for size in h.sizes:
        ys, ps, p2s = [0.0] * n_buckets, [0.0] * n_buckets, [0.0] * n_buckets
        end = i + size
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
    in_ram = [is_ramadan(d) for d in h.dates]
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
