"""Names across scripts, measured: `python -m tests.unit.services.name_eval` prints the figures.

The list (tests/data/moroccan_name_pairs.csv) holds 200 people, each written in Arabic script and
in one of its usual French transliterations (a held-out list of 40 more was written after the rules
were tuned). The first 80 % are registered, in one script; everyone is then typed in the other
script into the desk's search (`PeopleIndex`, the one engine):
- recall@5: a registered person is among the first five results;
- precision@1: when a registered person's search shows anyone, the first one is them;
- false-match rate: a person who is not registered (the last 20 %) brings up someone else.
Both directions are measured: typed in Latin letters, registered in Arabic, and the reverse.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.search import PeopleIndex

DATA = Path(__file__).resolve().parents[2] / "data"
PAIRS = DATA / "moroccan_name_pairs.csv"
# 40 more, written after the rules were tuned on PAIRS and never used to tune them.
HOLDOUT = DATA / "moroccan_name_pairs_holdout.csv"


@dataclass(frozen=True)
class Figures:
    direction: str
    queries: int
    recall_at_5: float
    precision_at_1: float
    false_match_rate: float
    misses: tuple[str, ...]


def pairs(path: Path = PAIRS) -> list[tuple[str, str, str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [
            (r["first_latin"], r["last_latin"], r["first_arabic"], r["last_arabic"])
            for r in csv.DictReader(handle)
        ]


def _row(number: int, first: str, last: str) -> RegistrationRow:
    return RegistrationRow(
        id=f"r{number}",
        person_id=f"p{number}",
        name=f"{first} {last}",
        first_name=first,
        last_name=last,
        organisation="",
    )


def measure(registered_in: str, path: Path = PAIRS) -> Figures:
    """Register the first 80 % in `registered_in` ("arabic" or "latin"), search everyone in the
    other script."""
    people = pairs(path)
    registered = len(people) * 4 // 5
    arabic = registered_in == "arabic"
    rows = [
        _row(n, *((fa, la) if arabic else (fl, ll)))
        for n, (fl, ll, fa, la) in enumerate(people[:registered])
    ]
    index = PeopleIndex.from_rows(None, "eval", rows)  # type: ignore[arg-type]
    found_5 = first_right = answered = false = 0
    misses: list[str] = []
    for n, (fl, ll, fa, la) in enumerate(people):
        query = f"{fl} {ll}" if arabic else f"{fa} {la}"
        hits = [h.registration_id for h in index.search(query, 5)]
        if n < registered:
            wanted = f"r{n}"
            found_5 += wanted in hits
            if hits:
                answered += 1
                first_right += hits[0] == wanted
            if not hits or hits[0] != wanted:
                misses.append(f"{query} -> {[rows[int(h[1:])].name for h in hits[:3]]}")
        else:
            same = {f"r{m}" for m, p in enumerate(people[:registered]) if (p[2], p[3]) == (fa, la)}
            false += any(h not in same for h in hits)
    absent = len(people) - registered
    return Figures(
        direction=f"typed in {'Latin' if arabic else 'Arabic'}, registered in {registered_in}",
        queries=len(people),
        recall_at_5=found_5 / registered,
        precision_at_1=first_right / answered if answered else 0.0,
        false_match_rate=false / absent,
        misses=tuple(misses),
    )


@dataclass(frozen=True)
class PrefixFigures:
    letters: int
    queries: int
    found: float  # among the results at all (the desk shows them as a list)
    found_at_5: float
    mean_results: float
    # results whose Latin spelling (known from the list) has a word starting with what was typed
    precision: float


_ARTICLE = re.compile(r"\A(?:el|al|e(?=([a-z])\1))")


def _starts(word: str, typed: str) -> bool:
    """`elhaddad`, `errifi` start with `had`, `rif` too (the article is typed or not)."""
    return word.startswith(typed) or _ARTICLE.sub("", word).startswith(typed)


def measure_prefixes(letters: int, path: Path = PAIRS) -> PrefixFigures:
    """Everyone registered in Arabic script; the first `letters` Latin letters of their first
    name, then of their last name, typed as the desk types them (not finished: no space)."""
    people = pairs(path)
    rows = [_row(n, fa, la) for n, (_, _, fa, la) in enumerate(people)]
    index = PeopleIndex.from_rows(None, "eval", rows)  # type: ignore[arg-type]
    found = found_5 = results = queries = right = 0
    latin = {f"r{n}": ("".join(fl.lower().split()), "".join(ll.lower().split()))
             for n, (fl, ll, _, _) in enumerate(people)}  # fmt: skip
    for n, (fl, ll, _, _) in enumerate(people):
        for name in (fl, ll):
            typed = "".join(name.lower().split())[:letters]
            if len(typed) < letters:
                continue
            hits = [h.registration_id for h in index.search(typed, 200)]
            queries += 1
            results += len(hits)
            found += f"r{n}" in hits
            found_5 += f"r{n}" in hits[:5]
            right += sum(any(_starts(w, typed) for w in latin[h]) for h in hits)
    return PrefixFigures(
        letters,
        queries,
        found / queries,
        found_5 / queries,
        results / queries,
        right / results if results else 0.0,
    )


if __name__ == "__main__":
    for letters in (3, 4, 5):
        p = measure_prefixes(letters)
        print(
            f"first {letters} Latin letters, registered in Arabic: found {p.found:.1%},"
            f" in the first five {p.found_at_5:.1%}, {p.mean_results:.1f} results on average,"
            f" {p.precision:.1%} of them right ({p.queries} queries)"
        )
    for path in (PAIRS, HOLDOUT):
        for registered_in in ("arabic", "latin"):
            f = measure(registered_in, path)
            print(
                f"{path.name}: {f.direction}: recall@5 {f.recall_at_5:.1%}, precision@1 {f.precision_at_1:.1%},"
                f" false-match rate {f.false_match_rate:.1%} ({f.queries} queries)"
            )
            for miss in f.misses:
                print("   miss:", miss)
