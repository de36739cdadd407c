"""What the forecast reads from the database, and the forecast of one Morning read in one go.

`read_rows` is the read every forecast shares: the dated Mornings, the merged people and one row of
plain columns per registration (shaped in SQL, in table order). `services/forecast.py` turns the
rows into records per Morning (what the backtest and the panel go through again and again);
`one_forecast` — the command line's and the desk's live view's single forecast — turns them
straight into the columns the fit reads (`forecast_fit.History`): no record per registration and
no per-Morning digest, which were most of the time of a first forecast over 50,000 registrations.
Both make the same history from the same rows (a test holds them equal), so the same forecast.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import compress
from operator import itemgetter

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services.forecast_fit import UNKNOWN_BUCKET, History, fit_history
from mornings_desktop.services.forecast_model import BUCKET_OF, CERTAIN, Forecast, Reg, predict
from mornings_desktop.services.workspace import Workspace

MORNINGS = (
    "SELECT id, date, title FROM mornings WHERE title IS NOT NULL AND date IS NOT NULL"
    " ORDER BY date, start_time, id"
)
MERGED = "SELECT id, merged_into FROM people WHERE merged_into IS NOT NULL"
# Plain columns, shaped in SQL: the person (a registration without one stands for itself), the
# category (none: guest), the day part of `registered_at`, whether checked in, whether a walk-in.
# Cancelled registrations are left out. In table order (rowid: the scan's own order, no sort).
REGISTRATIONS = (
    "SELECT morning_id,"
    " CASE WHEN person_id IS NULL OR person_id = '' THEN 'registration:' || id"
    " ELSE person_id END,"
    " CASE WHEN category IS NULL OR category = '' THEN 'guest' ELSE category END,"
    " substr(registered_at, 1, 10), checked_in_at IS NOT NULL, walk_in"
    " FROM registrations WHERE registered_at IS NOT NULL"
    " AND (status IS NULL OR status != 'cancelled') ORDER BY rowid"
)

# (Morning, person, category, day registered, checked in 0/1, walk-in)
Row = tuple[str, str, str, str, int, "int | None"]


@dataclass(frozen=True)
class Rows:
    mornings: tuple[tuple[str, str, str], ...]  # (id, date, title), by date
    merged: dict[str, str]  # person -> the person they were merged into
    registrations: list[Row]


def read_rows(ws: Workspace) -> Rows:
    """One read transaction: the Mornings, the merged people and the registrations."""
    with ws.db.read() as session:
        conn = sqlite_connection(session)
        mornings = tuple((str(i), str(d), str(t)) for i, d, t in conn.execute(MORNINGS))
        merged = dict(conn.execute(MERGED))
        rows = conn.execute(REGISTRATIONS).fetchall()
    return Rows(mornings, merged, rows)


def canonical_people(merged: dict[str, str]) -> dict[str, str]:
    """Each merged person -> the person they count as (the end of the chain of merges)."""
    out = {}
    for person in merged:
        seen: set[str] = set()
        current = person
        while current in merged and current not in seen:
            seen.add(current)
            current = merged[current] or current
        out[person] = current
    return out


def parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


class LeadDays:
    """Days between registering and the Morning (None when either date is not a date), each
    distinct date parsed once: a series has a few hundred of them for tens of thousands of rows."""

    def __init__(self, mornings: Iterable[tuple[str, str, str]]) -> None:
        self.morning_day = {mid: parse_day(d) for mid, d, _t in mornings}
        self.days: dict[str, date | None] = {}

    def __call__(self, morning_id: str, registered: str) -> int | None:
        if registered in self.days:
            reg_day = self.days[registered]
        else:
            reg_day = self.days[registered] = parse_day(registered)
        morning_day = self.morning_day.get(morning_id)
        return None if reg_day is None or morning_day is None else (morning_day - reg_day).days


def one_forecast(ws: Workspace, morning_id: str) -> Forecast:
    """The forecast of one Morning from the Mornings before it. NotFound for an unknown id."""
    rows = read_rows(ws)
    day = next((d for mid, d, _t in rows.mornings if mid == morning_id), None)
    if day is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No Morning {ref}."), ref=morning_id)
    history, regs = columns(rows, morning_id, day)
    return predict(fit_history(history), morning_id, day, regs)


def columns(rows: Rows, morning_id: str, day: str) -> tuple[History, list[Reg]]:
    """The history of a Morning on `day` (the Mornings before that day where somebody was checked
    in, by date then id) as columns, and the Morning's own registrations (`present` unset).

    One pass over the rows puts each kept row in its Morning's list, as it is (each Morning's rows
    stay in table order); each Morning's list is then turned into columns at once, and the
    lead-time bucket is worked out once per Morning and day registered."""
    regs = rows.registrations
    ran = set(compress(map(itemgetter(0), regs), map(itemgetter(4), regs)))
    past = sorted((d, mid) for mid, d, _t in rows.mornings if d < day and mid in ran)
    slot_of = {mid: i for i, (_d, mid) in enumerate(past)}.get
    kept: list[list[Row]] = [[] for _ in past]
    walk_ins = [0] * len(past)
    own: list[Row] = []
    for row in regs:  # (Morning, person, category, day registered, checked in, walk-in)
        slot = slot_of(row[0])
        if slot is None:
            if row[0] == morning_id and not row[5]:
                own.append(row)
        elif row[5]:
            walk_ins[slot] += 1
        elif row[2] not in CERTAIN:
            kept[slot].append(row)
    canonical = canonical_people(rows.merged)
    lead = LeadDays(rows.mornings)
    persons: list[str] = []
    cats: list[str] = []
    came: list[int] = []
    buckets: list[int] = []
    for (_d, mid), morning_rows in zip(past, kept, strict=True):
        if not morning_rows:
            continue
        _m, who, what, registered_on, checked, _w = zip(*morning_rows, strict=True)
        persons += who
        cats += what
        came += checked
        bucket = {r: BUCKET_OF.get(lead(mid, r), UNKNOWN_BUCKET) for r in set(registered_on)}
        buckets += map(bucket.__getitem__, registered_on)
    history = History(
        dates=[d for d, _mid in past],
        walk_ins=walk_ins,
        sizes=list(map(len, kept)),
        persons=list(map(canonical.get, persons, persons)),
        categories=cats,
        came=came,
        buckets=buckets,
    )
    mine = [Reg(canonical.get(r[1], r[1]), r[2], lead(morning_id, r[3])) for r in own]
    return history, mine
