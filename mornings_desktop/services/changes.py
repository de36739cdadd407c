"""What a set of committed operations changed, as screens need to know it (like Anki's OpChanges).

Screens do not read operation types: `Workspace.subscribe_changes` hands them a `Changes`, built
here and only here from the operations recorded or ingested, and they ask questions such as
`changes.registrations and changes.touches(morning_id)`. A new operation type gets its kinds in
`KINDS_BY_TYPE`; a test fails while a registered handler type has none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from mornings_desktop.ledger.operation import Op


class Kind(Enum):
    """A kind of rows an operation changes."""

    MORNINGS = "mornings"
    PEOPLE = "people"
    REGISTRATIONS = "registrations"
    CHECKINS = "checkins"
    AGENDA = "agenda"  # sessions, speakers, their links, published versions, acknowledged warnings
    CATEGORIES = "categories"
    FLAGS = "flags"  # the organiser's list of registration flags (their labels, retired ones)
    BADGES = "badges"
    DESKS = "desks"


_K = Kind
KINDS_BY_TYPE: dict[str, frozenset[Kind]] = {
    "morning.created": frozenset({_K.MORNINGS}),
    "morning.updated": frozenset({_K.MORNINGS}),
    "person.created": frozenset({_K.PEOPLE}),
    "person.updated": frozenset({_K.PEOPLE}),
    "person.merged": frozenset({_K.PEOPLE, _K.REGISTRATIONS}),
    "person.unmerged": frozenset({_K.PEOPLE, _K.REGISTRATIONS}),
    "person.erased": frozenset({_K.PEOPLE}),
    "registration.created": frozenset({_K.REGISTRATIONS}),
    "registration.updated": frozenset({_K.REGISTRATIONS}),
    "registration.cancelled": frozenset({_K.REGISTRATIONS}),
    "registration.reinstated": frozenset({_K.REGISTRATIONS}),
    "registration.code_reissued": frozenset({_K.REGISTRATIONS}),
    "import.batch": frozenset({_K.PEOPLE, _K.REGISTRATIONS}),
    "checkin.created": frozenset({_K.CHECKINS}),
    "checkin.reverted": frozenset({_K.CHECKINS}),
    "checkin.duplicate_confirmed": frozenset({_K.CHECKINS}),
    "session.created": frozenset({_K.AGENDA}),
    "session.updated": frozenset({_K.AGENDA}),
    "speaker.created": frozenset({_K.AGENDA}),
    "speaker.updated": frozenset({_K.AGENDA}),
    "session_speaker.created": frozenset({_K.AGENDA}),
    "session_speaker.updated": frozenset({_K.AGENDA}),
    "agenda.published": frozenset({_K.AGENDA}),
    "agenda_warning.acknowledged": frozenset({_K.AGENDA}),
    "category.created": frozenset({_K.CATEGORIES}),
    "category.updated": frozenset({_K.CATEGORIES}),
    "flag.created": frozenset({_K.FLAGS}),
    "flag.updated": frozenset({_K.FLAGS}),
    "badge.printed": frozenset({_K.BADGES}),
    "desk.announced": frozenset({_K.DESKS}),
    # mail: "ticket sent on …" shows in the People list; claims and notices in the mail dialog
    "ticket.sent": frozenset({_K.REGISTRATIONS}),
    "mail.claimed": frozenset({_K.MORNINGS}),
    "agenda.speaker_notified": frozenset({_K.AGENDA}),
    # law 09-08: consent and erasure requests change what People shows and who is listed
    "consent.recorded": frozenset({_K.PEOPLE}),
    "person.erasure_requested": frozenset({_K.PEOPLE, _K.REGISTRATIONS}),
    "person.erasure_reversed": frozenset({_K.PEOPLE, _K.REGISTRATIONS}),
}


@dataclass(frozen=True)
class Changes:
    """The kinds of rows some operations changed, and for which Mornings.

    `morning_ids` is None when at least one operation may concern any Morning (a person's name,
    a registration cancelled by id): `touches()` then answers True for every Morning.
    An operation of a type this version does not know changes nothing (the ledger skips it).
    """

    kinds: frozenset[Kind] = frozenset()
    morning_ids: frozenset[str] | None = frozenset()
    # The registrations whose rows (or presence) changed; None when it may be any (a person's
    # name, an import): a screen then re-reads them all.
    registration_ids: frozenset[str] | None = frozenset()

    @classmethod
    def of(cls, ops: Iterable[Op]) -> Changes:
        kinds: set[Kind] = set()
        mornings: set[str] | None = set()
        registrations: set[str] | None = set()
        for op in ops:
            op_kinds = KINDS_BY_TYPE.get(op.type)
            if not op_kinds:
                continue
            kinds |= op_kinds
            found = _morning_ids(op, op_kinds)
            if found is None:
                mornings = None
            elif mornings is not None:
                mornings |= found
            named = _registration_ids(op, op_kinds)
            if named is None:
                registrations = None
            elif registrations is not None:
                registrations |= named
        return cls(
            frozenset(kinds),
            None if mornings is None else frozenset(mornings),
            None if registrations is None else frozenset(registrations),
        )

    @classmethod
    def everything(cls) -> Changes:
        """Any row of any kind, for any Morning, may have changed."""
        return cls(frozenset(Kind), None, None)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, morning_id: str | None) -> bool:
        """Could these changes alter what is shown for `morning_id`?"""
        if not self.kinds:
            return False
        return self.morning_ids is None or (morning_id or "") in self.morning_ids

    def any_of(self, *kinds: Kind) -> bool:
        return not self.kinds.isdisjoint(kinds)

    @property
    def mornings(self) -> bool:
        return Kind.MORNINGS in self.kinds

    @property
    def people(self) -> bool:
        return Kind.PEOPLE in self.kinds

    @property
    def registrations(self) -> bool:
        return Kind.REGISTRATIONS in self.kinds

    @property
    def checkins(self) -> bool:
        return Kind.CHECKINS in self.kinds

    @property
    def agenda(self) -> bool:
        return Kind.AGENDA in self.kinds

    @property
    def categories(self) -> bool:
        return Kind.CATEGORIES in self.kinds

    @property
    def flags(self) -> bool:
        return Kind.FLAGS in self.kinds

    @property
    def badges(self) -> bool:
        return Kind.BADGES in self.kinds

    @property
    def desks(self) -> bool:
        return Kind.DESKS in self.kinds


def _morning_ids(op: Op, kinds: frozenset[Kind]) -> set[str] | None:
    """The Mornings `op` concerns, or None when it may concern any."""
    payload = op.payload
    if Kind.MORNINGS in kinds:
        return _ids([payload.get("id")])
    if op.type == "import.batch":
        entries = payload.get("registrations")
        if not isinstance(entries, list):
            return set()
        return _ids([_field(entry, "morning_id") for entry in entries])
    return _ids([payload.get("morning_id") or _field(payload, "morning_id")])


def _registration_ids(op: Op, kinds: frozenset[Kind]) -> set[str] | None:
    """The registrations `op` changes, or None when it may change any (people, imports)."""
    if not kinds & {Kind.REGISTRATIONS, Kind.CHECKINS, Kind.PEOPLE}:
        return set()
    if Kind.PEOPLE in kinds:
        return None
    if Kind.CHECKINS in kinds:
        return _ids([op.payload.get("registration_id")])
    if op.type.startswith("registration.") or op.type == "ticket.sent":
        return _ids([op.payload.get("id") or op.payload.get("registration_id")])
    return None


def _field(entity: Any, name: str) -> Any:
    fields = entity.get("fields") if isinstance(entity, dict) else None
    return fields.get(name) if isinstance(fields, dict) else None


def _ids(values: list[Any]) -> set[str] | None:
    if not all(isinstance(v, str) and v for v in values):
        return None
    return {str(v) for v in values}
