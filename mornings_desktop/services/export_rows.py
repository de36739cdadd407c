"""The figures an export shows, as plain frozen data: what `services/` reads and `documents/` lays out.

Only data classes live here, below both the services that fill them and the documents that write
them, so neither has to import the other for its types. Datetimes are naive venue-local (Excel has
no time zones).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mornings_desktop.services import mornings


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
    flags: str = ""  # the registration's flags in the export's language, "À encaisser, VIP"
    note: str = ""  # the registration's note (imported "Commentaire", typed in the form)


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
