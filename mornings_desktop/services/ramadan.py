"""Ramadan dates 2020–2040, for the forecast's season effect (Ramadan Mornings differ).

The table gives the first day of Ramadan by the astronomical (Umm al-Qura) calendar; in Morocco the
month starts on the sighting of the crescent, often one day later, so each period is widened by one
day at its start and end. Outside 2020–2040 no Morning counts as a Ramadan Morning.
"""

from __future__ import annotations

from datetime import date, timedelta

# First day of Ramadan (approximate to ±1 day); the month lasts 29 or 30 days.
RAMADAN_STARTS: tuple[date, ...] = tuple(
    date.fromisoformat(d)
    for d in (
        "2020-04-24", "2021-04-13", "2022-04-02", "2023-03-23", "2024-03-11", "2025-03-01",
        "2026-02-18", "2027-02-08", "2028-01-28", "2029-01-16", "2030-01-06", "2030-12-26",
        "2031-12-15", "2032-12-04", "2033-11-23", "2034-11-12", "2035-11-01", "2036-10-20",
        "2037-10-10", "2038-09-30", "2039-09-19", "2040-09-07",
    )
)  # fmt: skip
LENGTH_DAYS = 30
MARGIN_DAYS = 1


def is_ramadan(day: date | str) -> bool:
    """True when `day` (a date or `YYYY-MM-DD`) falls in Ramadan per the table (with its margin)."""
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day[:10])
        except ValueError:
            return False
    for start in RAMADAN_STARTS:
        first = start - timedelta(days=MARGIN_DAYS)
        last = start + timedelta(days=LENGTH_DAYS - 1 + MARGIN_DAYS)
        if first <= day <= last:
            return True
    return False
