"""Which of the hub's operations a joining desk needs first (issue 18): those of the current and
coming Mornings, and what the door needs beside them.

A pure function of one `Ref` per operation (the few ids its payload names, read by the hub's
own JSON functions in `sync.early`'s scan). The set chosen:

- every category, flag and desk announcement, and every speaker (the organisation's lists);
- the Mornings whose `date` (in any of their operations) is on or after `cutoff`, and every
  operation naming one of them (`morning_id`, or the Morning's own id): the Morning, its agenda,
  its registrations, its check-ins, its mail claims; an import batch holding one of its
  registrations;
- every operation of those registrations (edits, cancellations, codes, tickets, badges,
  check-ins and their reverts, reviews);
- every operation of the people those registrations name (at any time: a regular created years
  ago), and of the people merged with them; the speaker links of the Mornings' sessions.

Choosing too much costs time only; choosing too little costs nothing either: the history pull
that follows brings everything, in the hub's order, so the desk ends with what a plain pull gives
(the fold is order-independent: `ledger.fold`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

GLOBAL_PREFIXES = ("category.", "flag.", "desk.", "speaker.")
PERSON_TYPES = ("person.", "consent.")
REGISTRATION_TYPES = ("registration.", "checkin.", "ticket.", "badge.")


@dataclass(frozen=True, slots=True)
class Ref:
    """What one hub row names (None when its payload does not say)."""

    hub_seq: int
    type: str
    morning: str | None = None  # payload.morning_id, fields.morning_id, or a Morning's own id
    day: str | None = None  # fields.date of a Morning's operation
    entity: str | None = None  # payload.id
    registration: str | None = None  # payload.registration_id
    person: str | None = None  # fields.person_id, or a consent's person_id
    other: str | None = None  # person.merged's `into`; a speaker link's fields.session_id
    batch: str | None = None  # an import batch's registrations, as JSON text


def choose(refs: Iterable[Ref], cutoff: str) -> set[int]:
    """The `hub_seq`s of the operations to apply first."""
    rows = list(refs)
    mornings = {
        r.morning
        for r in rows
        if r.type.startswith("morning.") and r.morning and r.day and r.day[:10] >= cutoff
    }
    chosen: set[int] = set()
    registrations: set[str] = set()
    people: set[str] = set()
    sessions: set[str] = set()
    for r in rows:
        if r.type.startswith(GLOBAL_PREFIXES):
            chosen.add(r.hub_seq)
        elif r.morning in mornings:
            chosen.add(r.hub_seq)
            if r.type.startswith("registration.") and r.entity:
                registrations.add(r.entity)
            if r.type.startswith("session.") and r.entity:
                sessions.add(r.entity)
        elif r.type == "import.batch" and r.batch and mornings:
            named = _batch_of(r.batch, mornings)
            if named:
                chosen.add(r.hub_seq)
                registrations.update(named)
    for r in rows:
        if r.type.startswith(REGISTRATION_TYPES) and _registration_of(r) in registrations:
            chosen.add(r.hub_seq)
            if r.person:
                people.add(r.person)
        elif r.type == "import.batch" and r.hub_seq in chosen and r.batch:
            people.update(_batch_people(r.batch, registrations))
        elif r.type.startswith("session_speaker.") and r.other in sessions:
            chosen.add(r.hub_seq)
    _merged_closure(rows, people)
    for r in rows:
        if r.type.startswith(PERSON_TYPES) and (r.entity in people or r.person in people):
            chosen.add(r.hub_seq)
    return chosen


def _registration_of(r: Ref) -> str | None:
    return r.entity if r.type.startswith("registration.") else r.registration


def _merged_closure(rows: list[Ref], people: set[str]) -> None:
    """People merged into (or from) one already chosen are chosen too, until nothing changes."""
    links = [(r.entity, r.other) for r in rows if r.type.startswith("person.") and r.other]
    grew = True
    while grew:
        grew = False
        for a, b in links:
            if (a in people) != (b in people) and a and b:
                people.update((a, b))
                grew = True


def _entries(text: str) -> list[dict[str, object]]:
    try:
        found = json.loads(text)
    except (ValueError, RecursionError):
        return []
    return [e for e in found if isinstance(e, dict)] if isinstance(found, list) else []


def _fields(entry: dict[str, object]) -> dict[str, object]:
    fields = entry.get("fields")
    return fields if isinstance(fields, dict) else {}


def _batch_of(text: str, mornings: set[str]) -> set[str]:
    """The registrations of an import batch that belong to one of `mornings`."""
    return {
        str(e["id"])
        for e in _entries(text)
        if isinstance(e.get("id"), str) and _fields(e).get("morning_id") in mornings
    }


def _batch_people(text: str, registrations: set[str]) -> set[str]:
    return {
        str(_fields(e)["person_id"])
        for e in _entries(text)
        if e.get("id") in registrations and isinstance(_fields(e).get("person_id"), str)
    }
