"""Exports: the attendance workbook (or CSV) of a Morning, and the series report over a period.

The service gathers plain figures from the database in one read (it never writes: an export
changes nothing in the database), then hands them to `documents/` to lay out. Every file is written
to a temporary file in the target folder and renamed over the target at the end (`os.replace`), so
a failure, a cancel or a file held open by Excel never leaves half a workbook behind.

Definitions (the workbook says them in its labels too):
- *registered*: registrations of the Morning that are not cancelled (walk-ins included);
- *present*: registered and checked in (at least one admission not undone);
- *show-up rate*: present pre-registered / pre-registered (walk-ins are left out of both, since a
  walk-in is present by definition); 0 when nobody pre-registered;
- *first-timer* (series): present at this Morning and present at no earlier Morning in the
  database; *returning rate*: (present - first-timers) / present.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from mornings_desktop.private_files import make_private
from mornings_desktop.services import mornings, registrations
from mornings_desktop.services.workspace import Workspace, desk_names
from mornings_desktop.store.schema import (
    AgendaSession,
    Category,
    Morning,
    Person,
    Registration,
    SessionSpeaker,
    Speaker,
)
from mornings_desktop.timeutil import iso_to_local, parse_date, zone

Progress = Callable[[int, int, str], None]
FORMATS = (".xlsx", ".csv")
LANGUAGES = ("fr", "en")
FORBIDDEN_CHARACTERS = '<>:"/\\|?*'
RESERVED_NAMES = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}  # fmt: skip
ARRIVAL_BIN_MINUTES = 10
TOP_ORGANISATIONS = 20


# -- the figures ------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttendanceRow:
    """One registration as the Attendance sheet shows it (datetimes are naive venue-local)."""

    registration_id: str
    first_name: str
    last_name: str
    name: str
    organisation: str
    job_title: str
    category: str  # the category key (member, guest…)
    category_label: str  # in the export's language
    email: str
    phone: str
    code: str
    registered_at: datetime | None
    source: str
    present: bool
    arrival: datetime | None
    desk: str
    method: str
    badge_printed: bool | None  # None: unknown (no badge prints recorded in this database)
    walk_in: bool


@dataclass(frozen=True)
class ProgrammeItem:
    start: datetime | None  # naive venue-local
    end: datetime | None
    kind: str
    title: str
    room: str
    speakers: list[tuple[str, str, str]]  # (name, role, organisation)


@dataclass(frozen=True)
class GroupCount:
    key: str
    registered: int
    present: int

    @property
    def rate(self) -> float:
        return self.present / self.registered if self.registered else 0.0


@dataclass(frozen=True)
class AttendanceReport:
    morning: mornings.MorningInfo
    language: str
    rows: list[AttendanceRow]
    programme: list[ProgrammeItem]
    registered: int
    present: int
    walk_ins: int
    pre_registered: int
    pre_registered_present: int
    by_category: list[GroupCount]
    by_organisation: list[GroupCount]
    arrivals: list[tuple[datetime, int]]  # start of each 10-minute bin (naive local), arrivals
    badges_known: bool

    @property
    def show_up_rate(self) -> float:
        if not self.pre_registered:
            return 0.0
        return self.pre_registered_present / self.pre_registered

    @property
    def no_shows(self) -> list[AttendanceRow]:
        return [r for r in self.rows if not r.present]


@dataclass(frozen=True)
class SeriesMorning:
    id: str
    date: str
    title: str
    registered: int
    present: int
    first_timers: int

    @property
    def returning(self) -> int:
        return self.present - self.first_timers

    @property
    def returning_rate(self) -> float:
        return self.returning / self.present if self.present else 0.0

    @property
    def show_up_rate(self) -> float:
        return self.present / self.registered if self.registered else 0.0


PRESENT, ABSENT, NOT_REGISTERED = "present", "absent", "not_registered"


@dataclass(frozen=True)
class SeriesPerson:
    person_id: str
    name: str
    organisation: str
    email: str
    statuses: list[str]  # one of PRESENT, ABSENT, NOT_REGISTERED per Morning, in order

    @property
    def registered(self) -> int:
        return sum(1 for s in self.statuses if s != NOT_REGISTERED)

    @property
    def attended(self) -> int:
        return sum(1 for s in self.statuses if s == PRESENT)


@dataclass(frozen=True)
class SeriesReport:
    language: str
    date_from: str | None
    date_to: str | None
    mornings: list[SeriesMorning]
    people: list[SeriesPerson]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    kind: str  # attendance-xlsx, attendance-csv, series-xlsx

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "rows": self.rows, "kind": self.kind}


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown language {language} (choose fr or en)."),
            language=language,
        )
    return language


class _LocalClock:
    """Stored UTC instants to naive venue-local datetimes, to the second (Excel has no zones)."""

    def __init__(self, tz: str) -> None:
        self.zone = zone(tz)

    def __call__(self, instant: str | None) -> datetime | None:
        if not instant:
            return None
        # fromisoformat (C) reads the stored "…Z" form ten times faster than strptime
        moment = datetime.fromisoformat(instant).astimezone(self.zone)
        return moment.replace(tzinfo=None, microsecond=0)


def _naive_local(instant: str | None, tz: str) -> datetime | None:
    if not instant:
        return None
    # Excel has no time zones: the venue's wall-clock time, kept to the second.
    return iso_to_local(instant, tz).replace(tzinfo=None, microsecond=0)


def _badge_prints(session: Session) -> set[str] | None:
    """Registration ids with a printed badge, or None when this database records no prints.

    The badges area adds a `badge_prints` table with a `registration_id` column; before it exists
    the column stays blank ("unknown") rather than claiming "no".
    """
    bind = session.get_bind()
    table = inspect(bind).has_table("badge_prints")
    if not table:
        return None
    columns = {c["name"] for c in inspect(bind).get_columns("badge_prints")}
    if "registration_id" not in columns:
        return None
    return {str(r[0]) for r in session.execute(text("SELECT registration_id FROM badge_prints"))}


def _category_labels(session: Session, language: str) -> dict[str, str]:
    labels: dict[str, str] = {}
    for cat in session.execute(select(Category)).scalars():
        label = cat.label_fr if language == "fr" else cat.label_en
        if label:
            labels[cat.id] = label
    return labels


def attendance_report(ws: Workspace, morning_id: str, *, language: str = "fr") -> AttendanceReport:
    """Everything the attendance workbook shows, read in one go. Raises NotFound for no Morning.

    A Morning with nobody registered gives a report of zeros (the workbook is still valid).
    """
    check_language(language)
    morning = mornings.get(ws, morning_id)
    tz = morning.timezone
    with ws.db.read() as session:
        desks = desk_names(session)
        printed = _badge_prints(session)
        cat_labels = _category_labels(session, language)
        programme = _programme(session, morning_id, tz)
        # Plain column tuples rather than ORM objects: 10,000 rows read in a fraction of the time.
        found = session.execute(
            select(
                Registration.id,
                Person.first_name,
                Person.last_name,
                Person.organisation,
                Person.job_title,
                Person.email,
                Person.phone,
                Registration.category,
                Registration.code,
                Registration.registered_at,
                Registration.source,
                Registration.checked_in_at,
                Registration.checkin_desk_id,
                Registration.checkin_method,
                Registration.walk_in,
            )
            .outerjoin(Person, Person.id == Registration.person_id)
            .where(
                Registration.morning_id == morning_id,
                Registration.registered_at.is_not(None),
                Registration.status.is_distinct_from("cancelled"),
            )
        ).all()
    local = _LocalClock(tz)
    rows = []
    for (
        reg_id, first, last, organisation, job_title, email, phone, category, code,
        registered_at, source, checked_in_at, desk_id, method, walk_in,
    ) in found:  # fmt: skip
        category = category or "guest"
        present = checked_in_at is not None
        rows.append(
            AttendanceRow(
                registration_id=reg_id,
                first_name=first or "",
                last_name=last or "",
                name=registrations.display_name(first, last),
                organisation=organisation or "",
                job_title=job_title or "",
                category=category,
                category_label=cat_labels.get(category, category),
                email=email or "",
                phone=phone or "",
                code=code or "",
                registered_at=local(registered_at),
                source=source or "",
                present=present,
                arrival=local(checked_in_at),
                desk=desks.get(desk_id or "", "") if present else "",
                method=(method or "") if present else "",
                badge_printed=None if printed is None else reg_id in printed,
                walk_in=bool(walk_in),
            )
        )
    # the order of services.registrations.list_registrations: last name, first name
    rows.sort(key=lambda r: (r.last_name.casefold(), r.first_name.casefold(), r.registration_id))
    pre = [r for r in rows if not r.walk_in]
    return AttendanceReport(
        morning=morning,
        language=language,
        rows=rows,
        programme=programme,
        registered=len(rows),
        present=sum(r.present for r in rows),
        walk_ins=sum(r.walk_in for r in rows),
        pre_registered=len(pre),
        pre_registered_present=sum(r.present for r in pre),
        by_category=_groups(rows, lambda r: r.category_label),
        by_organisation=_groups(rows, lambda r: r.organisation, limit=TOP_ORGANISATIONS),
        arrivals=arrival_bins([r.arrival for r in rows if r.arrival is not None]),
        badges_known=printed is not None,
    )


def _groups(
    rows: list[AttendanceRow], key: Callable[[AttendanceRow], str], limit: int | None = None
) -> list[GroupCount]:
    registered: Counter[str] = Counter()
    present: Counter[str] = Counter()
    for row in rows:
        k = key(row)
        if not k:
            continue
        registered[k] += 1
        present[k] += row.present
    ordered = sorted(registered, key=lambda k: (-registered[k], k.casefold()))
    if limit is not None:
        ordered = ordered[:limit]
    return [GroupCount(k, registered[k], present[k]) for k in ordered]


def arrival_bins(
    arrivals: list[datetime], minutes: int = ARRIVAL_BIN_MINUTES
) -> list[tuple[datetime, int]]:
    """Arrivals per `minutes`-long slot, from the first arrival's slot to the last (empty slots
    included, so the chart's time axis is regular)."""
    if not arrivals:
        return []

    def floor(moment: datetime) -> datetime:
        return moment.replace(minute=moment.minute - moment.minute % minutes, second=0)

    counts = Counter(floor(a) for a in arrivals)
    start, end = min(counts), max(counts)
    step = timedelta(minutes=minutes)
    out: list[tuple[datetime, int]] = []
    slot = start
    while slot <= end:
        out.append((slot, counts.get(slot, 0)))
        slot += step
    return out


def _programme(session: Session, morning_id: str, tz: str) -> list[ProgrammeItem]:
    sessions = session.execute(
        select(AgendaSession)
        .where(
            AgendaSession.morning_id == morning_id,
            AgendaSession.title.is_not(None),
            AgendaSession.deleted.is_not(True),
        )
        .order_by(AgendaSession.starts_at, AgendaSession.title)
    ).scalars()
    items: list[ProgrammeItem] = []
    for s in list(sessions):
        people = session.execute(
            select(SessionSpeaker, Speaker)
            .join(Speaker, Speaker.id == SessionSpeaker.speaker_id)
            .where(SessionSpeaker.session_id == s.id, SessionSpeaker.removed.is_not(True))
            .order_by(SessionSpeaker.position, Speaker.name)
        ).all()
        start = _naive_local(s.starts_at, tz)
        end = start + timedelta(minutes=s.duration_min) if start and s.duration_min else None
        items.append(
            ProgrammeItem(
                start=start,
                end=end,
                kind=s.kind or "",
                title=s.title or "",
                room=s.room or "",
                speakers=[
                    (sp.name or "", ss.role or "", sp.organisation or "") for ss, sp in people
                ],
            )
        )
    return items


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
        persons: dict[str, tuple[str, str, str]] = {}
        for batch in range(0, len(people_ids), 500):
            for p in session.execute(
                select(Person).where(Person.id.in_(people_ids[batch : batch + 500]))
            ).scalars():
                persons[p.id] = (
                    registrations.display_name(p.first_name, p.last_name),
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


# -- writing safely ---------------------------------------------------------------------------
def check_target(path: Path | str, formats: tuple[str, ...] = FORMATS) -> Path:
    """The target file, or a UserError a person can act on (bad name, no such folder, a folder
    where the file should be, a folder we may not write into). Creates nothing."""
    target = Path(path)
    name = target.name
    bad = sorted({c for c in name if c in FORBIDDEN_CHARACTERS or ord(c) < 32})
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file name {name} contains characters Windows does not allow ({chars}); "
                "choose another name.",
            ),
            name=name,
            chars=" ".join(bad),
        )
    stem = name.split(".")[0].upper()
    if not name.strip(" .") or stem in RESERVED_NAMES or name != name.rstrip(" ."):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} cannot be used as a file name; choose another."),
            name=name,
        )
    if target.suffix.lower() not in formats:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown file type {suffix} (use {formats})."),
            suffix=target.suffix or "(none)",
            formats=", ".join(formats),
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=str(folder)
        )
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name."), path=str(target)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot write in the folder {folder}; choose another folder."
            ),
            folder=str(folder),
        )
    return target


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call `write(temporary_path)` then rename the temporary file over `target`.

    On any failure (including a cancel) the temporary file is removed and `target` is left as it
    was; a target held open by another program (Excel locks it on Windows) becomes a UserError.
    """
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, tmp_name = tempfile.mkstemp(
            prefix=f".~{target.stem[:40]}.", suffix=".part", dir=folder
        )
    except PermissionError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot write in the folder {folder}; choose another folder."
            ),
            folder=str(folder),
        ) from exc
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        make_private(tmp)  # personal data: readable by its owner only (0600)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Cannot replace {path}: it may be open in another program (close it in "
                    "Excel) or read-only.",
                ),
                path=str(target),
            ) from exc
        except IsADirectoryError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name."),
                path=str(target),
            ) from exc
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


# -- the exports ------------------------------------------------------------------------------
def export_attendance(
    ws: Workspace,
    morning_id: str,
    path: Path | str,
    *,
    language: str = "fr",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the attendance workbook (.xlsx) or its CSV (.csv, as French Excel opens it).

    Refuses a bad target before reading anything; writes nothing to the database.
    """
    target = check_target(path)
    check_language(language)
    report = attendance_report(ws, morning_id, language=language)
    if target.suffix.lower() == ".csv":
        from mornings_desktop.documents import attendance_csv

        write_atomically(target, lambda tmp: attendance_csv.write(report, tmp, progress=progress))
        kind = "attendance-csv"
    else:
        from mornings_desktop.documents import attendance_xlsx

        write_atomically(target, lambda tmp: attendance_xlsx.write(report, tmp, progress=progress))
        kind = "attendance-xlsx"
    return ExportResult(target, len(report.rows), kind)


def export_series(
    ws: Workspace,
    path: Path | str,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    language: str = "fr",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the series report (.xlsx) of the Mornings between `date_from` and `date_to`."""
    target = check_target(path, (".xlsx",))
    report = series_report(ws, date_from=date_from, date_to=date_to, language=language)
    from mornings_desktop.documents import series_xlsx

    write_atomically(target, lambda tmp: series_xlsx.write(report, tmp, progress=progress))
    return ExportResult(target, len(report.people), "series-xlsx")
