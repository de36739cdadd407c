"""Where the desk's search-as-you-type gets its answers.

The people index (`services.search.PeopleIndex`, accent-insensitive, word-order independent,
typo tolerant) when it is present; until then a small stand-in over this Morning's registrations
with the same interface (rapidfuzz on accent-free text).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from rapidfuzz import fuzz, process

from mornings_desktop.services import registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.text_keys import fold


class Index(Protocol):
    def search(self, query: str, limit: int = 20) -> list[Any]: ...
    def refresh(self, ids: Any) -> None: ...


@dataclass(frozen=True)
class Hit:
    registration_id: str
    person_id: str
    name: str
    organisation: str
    email: str
    phone: str
    category: str
    status: str
    checked_in: bool
    arrival: str | None
    score: float


class StandInIndex:
    """This Morning's registrations, searched by fuzzy match on name, organisation, e-mail, phone."""

    def __init__(self, ws: Workspace, morning_id: str) -> None:
        self.ws = ws
        self.morning_id = morning_id
        self.refresh(None)

    def refresh(self, ids: Any) -> None:
        rows = registrations.list_registrations(self.ws, self.morning_id)
        self._hits = [
            Hit(r.id, r.person_id, r.name, r.organisation, r.email, r.phone, r.category,
                r.status, r.checked_in, r.arrival, 0.0)
            for r in rows
        ]  # fmt: skip
        self._names = [fold(r.name) for r in rows]
        self._texts = [fold(f"{r.name} {r.organisation} {r.email} {r.phone}") for r in rows]

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        q = fold(query)
        if len(q) < 2:
            return []
        by_name = process.extract(
            q, self._names, scorer=fuzz.token_set_ratio, limit=limit * 2, score_cutoff=70
        )
        by_all = process.extract(
            q, self._texts, scorer=fuzz.partial_token_set_ratio, limit=limit * 2, score_cutoff=80
        )
        best: dict[int, float] = {}
        for _text, score, i in [*by_name, *by_all]:
            best[i] = max(best.get(i, 0.0), float(score))
        order = sorted(best, key=lambda i: (-best[i], self._names[i]))[:limit]
        return [self._with_score(self._hits[i], best[i]) for i in order]

    @staticmethod
    def _with_score(hit: Hit, score: float) -> Hit:
        from dataclasses import replace

        return replace(hit, score=score)


def build_index(ws: Workspace, morning_id: str) -> Index:
    try:
        from mornings_desktop.services.search import PeopleIndex  # type: ignore[import-not-found]
    except ImportError:
        return StandInIndex(ws, morning_id)
    index: Index = PeopleIndex.build(ws, morning_id)
    return index
