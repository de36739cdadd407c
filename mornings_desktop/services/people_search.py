"""The desk's name search for the command line (`mornings search`): the same engine
(`search.PeopleIndex`), over one Morning or every Morning of the series, best first."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services import mornings
from mornings_desktop.services.search import PeopleIndex
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.text_keys import fold


@dataclass(frozen=True)
class Found:
    registration: str
    person: str
    name: str
    organisation: str
    category: str
    status: str
    checked_in: bool
    morning: str
    morning_date: str
    score: float

    def to_json(self) -> dict[str, object]:
        return {
            "registration": self.registration,
            "person": self.person,
            "name": self.name,
            "organisation": self.organisation,
            "category": self.category,
            "status": self.status,
            "checked_in": self.checked_in,
            "morning": self.morning,
            "morning_date": self.morning_date,
            "score": round(self.score, 1),
        }


def default_morning(ws: Workspace, today: date | None = None) -> mornings.MorningInfo:
    """The Morning the door is most likely at: today's, else the next one, else the latest."""
    day = (today or date.today()).isoformat()
    found = mornings.list_mornings(ws, include_archived=False) or mornings.list_mornings(ws)
    if not found:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is no Morning yet."))
    coming = sorted((m for m in found if (m.date or "") >= day), key=lambda m: m.date or "")
    return coming[0] if coming else found[0]


def find(
    ws: Workspace,
    query: str,
    *,
    morning_id: str | None = None,
    all_mornings: bool = False,
    limit: int = 20,
) -> list[Found]:
    """People matching `query` at one Morning (or every Morning), best first."""
    if not fold(query):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Type a name to search for."))
    if all_mornings:
        targets = mornings.list_mornings(ws)
    else:
        targets = [mornings.get(ws, morning_id) if morning_id else default_morning(ws)]
    found: list[Found] = []
    for morning in targets:
        for hit in PeopleIndex.build(ws, morning.id).search(query, limit):
            found.append(
                Found(
                    registration=hit.registration_id,
                    person=hit.person_id,
                    name=hit.name,
                    organisation=hit.organisation,
                    category=hit.category,
                    status=hit.status,
                    checked_in=hit.checked_in,
                    morning=morning.id,
                    morning_date=morning.date or "",
                    score=hit.score,
                )
            )
    # Best score first; for one score, the Morning asked for first, then the latest Morning (the
    # same person came often).
    return heapq.nlargest(
        limit, found, key=lambda f: (f.score, f.morning == morning_id, f.morning_date)
    )
