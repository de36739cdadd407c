"""A demo *series*: N monthly Mornings with a history of who came, for the forecast to learn from.

Three kinds of people, whose show-up behaviour differs (the truth the forecast should recover):

- *regulars* (a third of a Morning's list): register nearly every month and come ~88 % of the time;
- *occasional visitors*: register one Morning in five and come ~62 % of the time;
- *first-timers* (a quarter of every list): new people who come ~45 % of the time.

Registrations made more than three weeks before come less (×0.8) and Ramadan Mornings lose a
quarter of their public. Speakers and staff always come. The last Morning is upcoming (no
check-ins); the earlier ones have their check-ins and a few walk-ins recorded. People are found
again by e-mail, so running the demo twice does not duplicate them, nor register or admit anyone
twice to one Morning (the same seed makes the same Mornings). The same seed gives the same people
and the same show-ups.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services import registrations
from mornings_desktop.services.demo import (
    COMPANIES,
    FIRST_NAMES,
    JOB_TITLES,
    LAST_NAMES,
    _ascii,
    _next_weekday,
    check_attendees,
    create_demo,
    registered_people,
)
from mornings_desktop.services.ramadan import is_ramadan
from mornings_desktop.services.workspace import Tx, Workspace
from mornings_desktop.store.schema import Person, Registration
from mornings_desktop.timeutil import DEFAULT_TZ, local_to_iso, parse_date

MAX_SERIES = 120
KINDS = {  # kind: (mean show-up, beta strength, chance of registering to a Morning)
    "regular": (0.88, 12.0, 0.85),
    "occasional": (0.62, 6.0, 0.2),
    "first": (0.45, 4.0, 1.0),
}
KIND_CATEGORIES = {
    "regular": [("member", 80), ("sponsor", 8), ("partner", 8), ("staff", 4)],
    "occasional": [("member", 40), ("guest", 35), ("partner", 10), ("press", 10), ("vip", 5)],
    "first": [("guest", 75), ("member", 15), ("press", 10)],
}


def check_series(count: int) -> None:
    """Refuse a series of fewer than 1 or more than MAX_SERIES Mornings (ValidationError)."""
    if count < 1 or count > MAX_SERIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A demo series has between 1 and {max} Mornings."),
            max=MAX_SERIES,
        )


def series_dates(count: int, last: date) -> list[date]:
    """`count` monthly dates ending on `last`: the same weekday, about a month apart."""
    out = [last]
    for _ in range(count - 1):
        day = out[-1] - timedelta(days=28)
        if day.month == out[-1].month:  # keep one a month
            day -= timedelta(days=7)
        out.append(day)
    return out[::-1]


def create_series(
    ws: Workspace,
    *,
    count: int,
    attendees: int = 150,
    seed: int = 1,
    day: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    """Create `count` monthly Mornings ending on `day` (default: in two to four weeks); their ids."""
    check_series(count)
    check_attendees(attendees)
    rng = random.Random(seed)
    last = parse_date(day) if day else _next_weekday(date.today(), rng)
    days = series_dates(count, last)
    pool = _pool(rng, attendees, seed)
    ids: list[str] = []
    newcomer = 0
    for j, the_day in enumerate(days):
        morning_id = create_demo(ws, attendees=0, seed=seed * 1000 + j, day=the_day.isoformat())
        ids.append(morning_id)
        upcoming = j == len(days) - 1
        who = [p for p in pool if rng.random() < p[2]]
        firsts = max(1, attendees // 4)
        for _ in range(firsts):
            newcomer += 1
            who.append(_person(rng, "first", f"{seed}-n{newcomer}"))
        with ws.transaction() as tx:
            known = _known(tx)
            speakers = _speaker_regs(tx, morning_id)
            # A second run over the same database: who is registered and admitted already.
            registered = registered_people(tx.session, morning_id)
            admitted = _admitted(tx, morning_id)
            capacity = {"capacity": attendees + attendees // 2 + 20}
            tx.record("morning.updated", {"id": morning_id, "fields": capacity})
            if not upcoming:
                for reg_id in speakers:
                    _check_in(tx, morning_id, reg_id, the_day, rng, admitted=admitted)
            for _key, kind, _chance, p, category, fields in who:
                person_id = known.get(str(fields["email"])) or registrations.add_person(tx, fields)
                lead = rng.randint(0, 12) if kind == "regular" else rng.randint(0, 40)
                at = datetime.combine(the_day - timedelta(days=lead), time(10, rng.randint(0, 59)))
                reg_id = registered.get(person_id) or _register(
                    ws, tx, morning_id, person_id, category, at, walk_in=False
                )
                registered[person_id] = reg_id
                show = 1.0 if category == "staff" else p
                show *= 0.8 if lead > 21 else 1.0
                show *= 0.75 if is_ramadan(the_day) else 1.0
                if not upcoming and rng.random() < show:
                    _check_in(tx, morning_id, reg_id, the_day, rng, admitted=admitted)
            if not upcoming:
                for w in range(rng.randint(2, max(3, attendees // 25))):
                    newcomer += 1
                    _key, _k, _c, _p, _cat, fields = _person(rng, "first", f"{seed}-w{newcomer}")
                    person_id = known.get(str(fields["email"])) or registrations.add_person(
                        tx, fields
                    )
                    at = datetime.combine(the_day, time(8, 40 + w % 20))
                    reg_id = registered.get(person_id) or _register(
                        ws, tx, morning_id, person_id, "guest", at, walk_in=True
                    )
                    registered[person_id] = reg_id
                    _check_in(
                        tx, morning_id, reg_id, the_day, rng, method="walk-in", admitted=admitted
                    )
        if progress is not None:
            progress(j + 1, count)
    return ids


Entry = tuple[str, str, float, float, str, dict[str, object]]


def _person(rng: random.Random, kind: str, key: str) -> Entry:
    mean, strength, chance = KINDS[kind]
    p = rng.betavariate(mean * strength, (1 - mean) * strength)
    cats, weights = zip(*KIND_CATEGORIES[kind], strict=True)
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    email = f"{_ascii(first)}.{_ascii(last)}.{key}@example.ma".lower()
    fields: dict[str, object] = {
        "first_name": first,
        "last_name": last,
        "organisation": rng.choice(COMPANIES),
        "job_title": rng.choice(JOB_TITLES),
        "email": email,
        "phone": f"+2126{rng.randint(10_000_000, 99_999_999)}",
    }
    return key, kind, chance, p, rng.choices(cats, weights)[0], fields


def _pool(rng: random.Random, attendees: int, seed: int) -> list[Entry]:
    regulars = max(1, attendees // 3)
    occasional = max(1, int(attendees * 0.4 / KINDS["occasional"][2]))
    return [_person(rng, "regular", f"{seed}-r{i}") for i in range(regulars)] + [
        _person(rng, "occasional", f"{seed}-o{i}") for i in range(occasional)
    ]


def _known(tx: Tx) -> dict[str, str]:
    rows = tx.session.execute(
        select(Person.email_key, Person.id).where(
            Person.email_key.like("%@example.ma"), Person.merged_into.is_(None)
        )
    )
    return {str(k): str(i) for k, i in rows}


def _speaker_regs(tx: Tx, morning_id: str) -> list[str]:
    rows = tx.session.execute(
        select(Registration.id).where(
            Registration.morning_id == morning_id, Registration.category == "speaker"
        )
    )
    return [str(r[0]) for r in rows]


def _register(
    ws: Workspace,
    tx: Tx,
    morning_id: str,
    person_id: str,
    category: str,
    at: datetime,
    *,
    walk_in: bool,
) -> str:
    return registrations.add_registration(
        ws,
        tx,
        morning_id,
        person_id,
        category=category,
        source="walk-in" if walk_in else "demo",
        walk_in=walk_in,
        registered_at=local_to_iso(at.date(), at.time(), DEFAULT_TZ),
    )


def _admitted(tx: Tx, morning_id: str) -> set[str]:
    rows = tx.session.execute(
        select(Registration.id).where(
            Registration.morning_id == morning_id, Registration.checkin_count > 0
        )
    )
    return {str(r[0]) for r in rows}


def _check_in(
    tx: Tx,
    morning_id: str,
    reg_id: str,
    day: date,
    rng: random.Random,
    method: str = "scanner",
    *,
    admitted: set[str],
) -> None:
    """Admit `reg_id` once: a registration admitted already (a second run) is left as it is."""
    at = local_to_iso(day, time(8, rng.randint(10, 59)), DEFAULT_TZ)
    if reg_id in admitted:
        return
    admitted.add(reg_id)
    tx.record(
        "checkin.created",
        {
            "id": str(uuid.uuid4()),
            "registration_id": reg_id,
            "morning_id": morning_id,
            "at": at,
            "method": method,
        },
    )
