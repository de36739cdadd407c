"""The walk-in form's directory search: people of every Morning, found as the desk types.

The same engine as the desk's search (`search.PeopleIndex`: accents, word order, a typo, Arabic
and Latin names), over the directory instead of one Morning's registrations: one entry per
person who survives merges, never one erased or hidden by an erasure request. Each hit carries
what the form prefills (name, organisation, e-mail, phone, the category of their last Morning)
and the last Morning they registered for, so the desk can tell two namesakes apart.

`DirectoryIndex.build` reads the database once (run it off the UI thread); `search` is in
memory and fast enough for every keystroke at 20,000 people (benchmarks/bench_directory.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from mornings_desktop.services.hidden import hidden_person_ids
from mornings_desktop.services.person_names import display_name
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.search import PeopleIndex
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Morning, Person, Registration
from mornings_desktop.store.schema_privacy import Consent

MIN_TYPED = 2


@dataclass(frozen=True)
class DirectoryHit:
    person_id: str
    name: str
    first_name: str
    last_name: str
    organisation: str
    email: str
    phone: str
    category: str  # of their last Morning ("" if they never registered)
    last_morning: str  # its title
    last_morning_date: str  # ISO date, "" if unknown
    score: float
    newsletter: bool = False  # their recorded consent: the form's boxes start from it
    photos: bool = False


@dataclass(frozen=True)
class _Last:
    category: str
    title: str
    day: str


def _last_mornings(ws: Workspace) -> dict[str, _Last]:
    """Each person's latest registration (by the Morning's date): its category and Morning."""
    query = (
        select(Registration.person_id, Registration.category, Morning.title, Morning.date)
        .join(Morning, Morning.id == Registration.morning_id)
        .where(Registration.registered_at.is_not(None), Registration.person_id.is_not(None))
        .order_by(Morning.date, Registration.registered_at)
    )
    last: dict[str, _Last] = {}
    with ws.db.read() as session:
        for person_id, category, title, day in session.execute(query):
            last[str(person_id)] = _Last(category or "", title or "", day or "")
    return last


class DirectoryIndex:
    """An in-memory index of the directory for the walk-in form. Build it off the UI thread."""

    def __init__(self, index: PeopleIndex, hits: dict[str, DirectoryHit]) -> None:
        self._index = index
        self._people = hits

    def __len__(self) -> int:
        return len(self._people)

    @classmethod
    def build(cls, ws: Workspace) -> DirectoryIndex:
        last = _last_mornings(ws)
        with ws.db.read() as session:
            hidden = hidden_person_ids(session)
            people = list(
                session.execute(
                    select(
                        Person.id,
                        Person.first_name,
                        Person.last_name,
                        Person.organisation,
                        Person.email,
                        Person.phone,
                    ).where(
                        Person.created_at.is_not(None),
                        Person.erased.is_not(True),
                        Person.merged_into.is_(None),
                    )
                )
            )
            # A merged person's registrations count for the survivor: their last Morning too.
            merged: dict[str, str] = {
                pid: str(into)
                for pid, into in session.execute(
                    select(Person.id, Person.merged_into).where(Person.merged_into.is_not(None))
                )
            }
        for old, into in merged.items():
            seen = {old}
            while into in merged and into not in seen:
                seen.add(into)
                into = merged[into]
            mine, theirs = last.get(into), last.get(old)
            if theirs is not None and (mine is None or theirs.day > mine.day):
                last[into] = theirs
        with ws.db.read() as session:
            agreed = {
                (str(pid), str(purpose))
                for pid, purpose in session.execute(
                    select(Consent.person_id, Consent.purpose).where(Consent.value == "yes")
                )
            }
        rows: list[RegistrationRow] = []
        hits: dict[str, DirectoryHit] = {}
        for pid, first_name, last_name, organisation, email, phone in people:
            if pid in hidden:
                continue
            first, family = first_name or "", last_name or ""
            name = display_name(first, family)
            if not name.strip():
                continue
            seen_last = last.get(pid, _Last("", "", ""))
            hits[pid] = DirectoryHit(
                person_id=pid,
                name=name,
                first_name=first,
                last_name=family,
                organisation=organisation or "",
                email=email or "",
                phone=phone or "",
                category=seen_last.category,
                last_morning=seen_last.title,
                last_morning_date=seen_last.day,
                score=0.0,
                newsletter=(pid, "newsletter") in agreed,
                photos=(pid, "photos") in agreed,
            )
            rows.append(_as_row(hits[pid]))
        return cls(PeopleIndex.from_rows(ws, "", rows), hits)

    def search(self, query: str, limit: int = 8) -> list[DirectoryHit]:
        """The best `limit` people for `query`, best first; nobody before two letters are typed
        (one letter names thousands of people at random: no help, and the slowest key)."""
        if len("".join(query.split())) < MIN_TYPED:
            return []
        found = self._index.search(query, limit)
        return [_scored(self._people[hit.person_id], hit.score) for hit in found]


def _as_row(hit: DirectoryHit) -> RegistrationRow:
    """A person as the search engine indexes a registration (the id is the person's)."""
    return RegistrationRow(
        id=hit.person_id,
        person_id=hit.person_id,
        name=hit.name,
        first_name=hit.first_name,
        last_name=hit.last_name,
        organisation=hit.organisation,
        email=hit.email,
        phone=hit.phone,
        category=hit.category,
        source="directory",
    )


def _scored(hit: DirectoryHit, score: float) -> DirectoryHit:
    return DirectoryHit(**{**hit.__dict__, "score": score})
