"""The series report: who came to which Morning over a period, read in one go (it never writes).

Definitions (the workbook says them in its labels too):
- *first-timer*: present at this Morning and present at no earlier Morning in the database;
- *returning rate*: (present - first-timers) / present.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from mornings_desktop.services.consent import consenting_ids
from mornings_desktop.services.export_checks import check_language
from mornings_desktop.services.export_rows import (
    ABSENT,
    NOT_REGISTERED,
    PRESENT,
    SeriesMorning,
    SeriesPerson,
    SeriesReport,
)
from mornings_desktop.services.person_names import display_name
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Morning, Person, Registration
from mornings_desktop.timeutil import parse_date


def series_report(
    ws: Workspace,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    language: str = "fr",
) -> SeriesReport:
    """One row per person registered at a Morning of the period, one status per Morning.

    Dates are `YYYY-MM-DD`, both inclusive, either may be left open. Raises ValidationError for a
    bad date or a period that ends before it starts, and a UserError when no Morning falls in it.
    """
    check_language(language)
    start: date | None = parse_date(date_from) if date_from else None
    end: date | None = parse_date(date_to) if date_to else None
    if start and end and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends ({to}) before it starts ({from_})."),
            to=end.isoformat(),
            from_=start.isoformat(),
        )
    with ws.db.read() as session:
        all_mornings = [
            (m.id, m.date or "", m.title or "")
            for m in session.execute(
                select(Morning)
                .where(Morning.title.is_not(None), Morning.date.is_not(None))
                .order_by(Morning.date, Morning.start_time, Morning.id)
            ).scalars()
        ]
        chosen = [
            m
            for m in all_mornings
            if (start is None or m[1] >= start.isoformat())
            and (end is None or m[1] <= end.isoformat())
        ]
        if not chosen:
            raise UserError(QT_TRANSLATE_NOOP("errors", "No Morning in this period."))
        merged = {
            p.id: p.merged_into
            for p in session.execute(select(Person).where(Person.merged_into.is_not(None)))
            .scalars()
            .all()
        }
        reg_rows = session.execute(
            select(
                Registration.morning_id,
                Registration.person_id,
                Registration.checked_in_at,
            ).where(
                Registration.registered_at.is_not(None),
                Registration.person_id.is_not(None),
                Registration.status.is_distinct_from("cancelled"),
            )
        ).all()

        def canonical(person_id: str) -> str:
            seen: set[str] = set()
            while person_id in merged and person_id not in seen:
                seen.add(person_id)
                person_id = merged[person_id] or person_id
            return person_id

        date_of = {mid: day for mid, day, _title in all_mornings}
        # status[(morning, person)]: present wins over absent (two registrations, one admitted)
        status: dict[tuple[str, str], str] = {}
        first_present: dict[str, str] = {}  # person -> date of their first attended Morning
        for morning_id, person_id, checked_in_at in reg_rows:
            if morning_id not in date_of:
                continue
            pid = canonical(str(person_id))
            key = (str(morning_id), pid)
            if checked_in_at is not None:
                status[key] = PRESENT
                day = date_of[str(morning_id)]
                if pid not in first_present or day < first_present[pid]:
                    first_present[pid] = day
            else:
                status.setdefault(key, ABSENT)
        chosen_ids = [mid for mid, _day, _title in chosen]
        in_period = set(chosen_ids)
        people_ids = sorted({pid for (mid, pid) in status if mid in in_period})
        allowed = consenting_ids(session, "series_report")
        persons: dict[str, tuple[str, str, str]] = {}
        for batch in range(0, len(people_ids), 500):
            for p in session.execute(
                select(Person).where(Person.id.in_(people_ids[batch : batch + 500]))
            ).scalars():
                persons[p.id] = (
                    display_name(p.first_name, p.last_name),
                    p.organisation or "",
                    p.email or "",
                )
    per_morning: dict[str, list[tuple[str, str]]] = {mid: [] for mid in chosen_ids}
    for (mid, pid), state in status.items():
        if mid in per_morning:
            per_morning[mid].append((pid, state))
    series_mornings: list[SeriesMorning] = []
    for mid, day, title in chosen:
        present_ids = [pid for pid, state in per_morning[mid] if state == PRESENT]
        series_mornings.append(
            SeriesMorning(
                id=mid,
                date=day,
                title=title,
                registered=len(per_morning[mid]),
                present=len(present_ids),
                first_timers=sum(1 for pid in present_ids if first_present.get(pid) == day),
            )
        )
    people: list[SeriesPerson] = []
    for pid in people_ids:
        if pid not in allowed:  # the person-level sheet needs consent (services/consent.py)
            continue
        name, organisation, email = persons.get(pid, ("", "", ""))
        people.append(
            SeriesPerson(
                person_id=pid,
                name=name,
                organisation=organisation,
                email=email,
                statuses=[status.get((mid, pid), NOT_REGISTERED) for mid in chosen_ids],
            )
        )
    people.sort(key=lambda p: (-p.attended, p.name.casefold(), p.person_id))
    return SeriesReport(
        language=language,
        date_from=start.isoformat() if start else None,
        date_to=end.isoformat() if end else None,
        mornings=series_mornings,
        people=people,
    )
