"""Counts in the command line's English sentences: "1 operation", "3 operations", never
"operation(s)". The window's counts are Qt plural messages (`wording/tr.py`); the command line's
reports and summaries are English and counted here."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`n` and `noun` as English says them: `count(1, "badge")` is "1 badge", `count(2, "badge")`
    "2 badges"; an irregular plural is given (`count(3, "person", "people")`)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
