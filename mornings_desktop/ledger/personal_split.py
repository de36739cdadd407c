"""Which values of an operation are personal, and where they go (DESIGN §6, issues 12 and 16).

A person's name, organisation, job title, e-mail and phone, and free text about them (registration
notes, revert reasons, a speaker's bio and photo) never enter the signed body; nor do a
registration's flags (a dietary need or accessibility says something about their health). `split` takes them
out of a payload, grouped by *subject* (the person or speaker they are about): for each subject one
block's fields `{entity_id: {field: value}}` (the entity being the person, speaker, registration or
check-in whose fields held them). The ledger commits to each block (`trust.personal`) in the body's
`commit`, keeps the blocks in `op_personal`, and hands handlers the payload with the blocks present
merged back (`merge`). Erasing a person deletes their blocks: a missing block leaves its fields
absent, and every handler copes with absent fields (they are simply not set).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from mornings_desktop.ledger.operation import JsonDict

PERSON_PERSONAL = ("first_name", "last_name", "organisation", "job_title", "email", "phone")
REGISTRATION_PERSONAL = ("note", "flags")  # flags: dietary, accessibility… (health)
SPEAKER_PERSONAL = ("bio", "photo")
REVERT_PERSONAL = ("reason",)
BlockFields = dict[str, dict[str, Any]]  # entity id -> its personal fields
PersonOf = Callable[[str], str | None]  # registration id -> person id, if known here


def json_copy(value: Any) -> Any:
    """A deep copy of a JSON value (dicts, lists, scalars), several times faster than
    `copy.deepcopy`, which keeps a memo for shared and cyclic objects JSON cannot hold."""
    if isinstance(value, dict):
        return {k: json_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_copy(v) for v in value]
    if isinstance(value, tuple):
        return tuple(json_copy(v) for v in value)
    return value


def _no_person(_registration_id: str) -> str | None:
    return None


def _slots(
    op_type: str, payload: JsonDict, person_of: PersonOf
) -> Iterator[tuple[str, dict[str, Any], tuple[str, ...], str]]:
    """(entity id, the dict holding its fields, personal keys, subject) of each place personal
    values may sit in a payload of `op_type`."""

    def entity(item: object, keys: tuple[str, ...], subject_key: str | None) -> Iterator[Any]:
        if not isinstance(item, dict):
            return
        entity_id, fields = item.get("id"), item.get("fields")
        if type(entity_id) is not str or not isinstance(fields, dict):
            return
        if subject_key is None:
            subject: object = entity_id
        else:
            subject = fields.get(subject_key) or person_of(entity_id) or entity_id
        yield entity_id, fields, keys, str(subject)

    if op_type in ("person.created", "person.updated"):
        yield from entity(payload, PERSON_PERSONAL, None)
    elif op_type in ("speaker.created", "speaker.updated"):
        yield from entity(payload, SPEAKER_PERSONAL, None)
    elif op_type in ("registration.created", "registration.updated"):
        yield from entity(payload, REGISTRATION_PERSONAL, "person_id")
    elif op_type == "import.batch":
        for item in payload.get("people") or []:
            yield from entity(item, PERSON_PERSONAL, None)
        for item in payload.get("registrations") or []:
            yield from entity(item, REGISTRATION_PERSONAL, "person_id")
    elif op_type == "checkin.reverted":
        checkin_id, registration_id = payload.get("checkin_id"), payload.get("registration_id")
        if type(checkin_id) is str and type(registration_id) is str:
            subject = person_of(registration_id) or registration_id
            yield checkin_id, payload, REVERT_PERSONAL, subject


def split(
    op_type: str, payload: JsonDict, person_of: PersonOf = _no_person
) -> tuple[JsonDict, dict[str, BlockFields]]:
    """(the payload without personal values, {subject: block fields}). `payload` is not changed.

    Empty values (None, "") stay in the payload: they say nothing about anyone, and an edit that
    clears a field must still clear it where the block was erased."""
    public: JsonDict = json_copy(payload)
    blocks: dict[str, BlockFields] = {}
    for entity_id, fields, keys, subject in _slots(op_type, public, person_of):
        taken = {k: fields.pop(k) for k in keys if k in fields and fields[k] not in (None, "")}
        if taken:
            blocks.setdefault(subject, {}).setdefault(entity_id, {}).update(taken)
    return public, blocks


def merge(op_type: str, public: JsonDict, blocks: Mapping[str, Mapping[str, Any]]) -> JsonDict:
    """The payload handlers see: `public` with the fields of the blocks present put back."""
    if not blocks:
        return public
    values: dict[str, dict[str, Any]] = {}
    for block_fields in blocks.values():
        for entity_id, fields in block_fields.items():
            if isinstance(fields, dict):
                values.setdefault(str(entity_id), {}).update(fields)
    full: JsonDict = json_copy(public)
    for entity_id, fields, keys, _subject in _slots(op_type, full, _no_person):
        found = values.get(entity_id)
        if found:
            fields.update({k: v for k, v in found.items() if k in keys})
    return full


def has_personal(op_type: str) -> bool:
    return op_type in PERSONAL_TYPES


PERSONAL_TYPES = frozenset(
    {
        "person.created",
        "person.updated",
        "speaker.created",
        "speaker.updated",
        "registration.created",
        "registration.updated",
        "import.batch",
        "checkin.reverted",
    }
)
