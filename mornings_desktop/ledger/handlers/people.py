"""People: per-field edits, merges by hand, and erasure (law 09-08 / GDPR), which always wins."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mornings_desktop.ledger import signed_store
from mornings_desktop.ledger.fold import (
    TOMBSTONE,
    batch_handler,
    entity_fields,
    handler,
    set_fields,
    sqlite_connection,
)
from mornings_desktop.ledger.fold_batch import Change, set_fields_many
from mornings_desktop.ledger.handlers.privacy import mark_erased
from mornings_desktop.ledger.operation import Op, dumps
from mornings_desktop.ledger.personal_split import PERSON_PERSONAL
from mornings_desktop.store.schema import Operation, Person, table_of
from mornings_desktop.text_keys import email_key, name_key, phone_key

PERSON_FIELDS = (
    "first_name",
    "last_name",
    "organisation",
    "job_title",
    "email",
    "phone",
    "merged_into",
    "created_at",
)
PERSONAL_FIELDS = PERSON_PERSONAL
_table = table_of(Person)


def _refresh_keys(session: Session, person_id: str, row: dict[str, Any] | None = None) -> None:
    """Recompute the identity keys from the stored e-mail and phone (`row`: the row, if known)."""
    if row is None:
        found = session.execute(select(_table).where(_table.c.id == person_id)).mappings().first()
        if found is None:
            return
        row = dict(found)
    keys = {
        "email_key": email_key(row["email"]),
        "phone_key": phone_key(row["phone"]),
        "name_key": None
        if row["erased"]
        else name_key(row["first_name"], row["last_name"]) or None,
    }
    if keys != {k: row[k] for k in keys}:
        session.execute(update(_table).where(_table.c.id == person_id).values(**keys))


def _redact_fields(fields: object) -> object:
    if not isinstance(fields, dict):
        return fields
    return {k: (None if k in PERSONAL_FIELDS else v) for k, v in fields.items()}


def _redact_logged_payloads(session: Session, person_id: str) -> None:
    """Personal data leaves the log too: keep each op's shape, drop its personal values.

    Covers `person.*` operations and the people inside `import.batch` operations."""
    ops = session.execute(
        select(Operation.op_id, Operation.type, Operation.payload).where(
            Operation.type.like("person.%") | (Operation.type == "import.batch")
        )
    ).all()
    for op_id, op_type, text in ops:
        if person_id not in text:
            continue
        payload = json.loads(text)
        changed = False
        if op_type == "import.batch":
            for item in payload.get("people") or []:
                if isinstance(item, dict) and item.get("id") == person_id:
                    redacted = _redact_fields(item.get("fields"))
                    if redacted != item.get("fields"):
                        item["fields"] = redacted
                        changed = True
        elif payload.get("id") == person_id and isinstance(payload.get("fields"), dict):
            redacted = _redact_fields(payload["fields"])
            if redacted != payload["fields"]:
                payload["fields"] = redacted
                changed = True
        if changed:
            session.execute(
                update(Operation).where(Operation.op_id == op_id).values(payload=dumps(payload))
            )


def _keys_of(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        "email_key": email_key(fields.get("email")),
        "phone_key": phone_key(fields.get("phone")),
        "name_key": name_key(fields.get("first_name"), fields.get("last_name")) or None,
    }


def apply_person(session: Session, op: Op) -> None:
    person_id, fields = entity_fields(op)
    # A new row gets its identity keys in the same INSERT (`_refresh_keys` then has nothing to do).
    row = set_fields(session, _table, person_id, fields, op.stamp, PERSON_FIELDS, _keys_of(fields))
    if row is not None and row["erased"]:
        _redact_logged_payloads(session, person_id)
    _refresh_keys(session, person_id, row)


@batch_handler("person.created")
@batch_handler("person.updated")
def apply_people(session: Session, ops: Sequence[Op]) -> None:
    """A group of creations or edits (a pulled chunk's): merged per field in memory and each row
    written once (`fold_batch`), its keys then made true to it; one operation as before."""
    if len(ops) == 1:
        apply_person(session, ops[0])
        return
    changes = []
    for op in ops:
        person_id, fields = entity_fields(op)
        changes.append(Change(person_id, fields, op.stamp, _keys_of(fields)))
    for person_id, row in set_fields_many(session, _table, changes, PERSON_FIELDS).items():
        if row["erased"]:
            _redact_logged_payloads(session, person_id)
        _refresh_keys(session, person_id, row)


@handler("person.merged")
def apply_merge(session: Session, op: Op) -> None:
    """`{"id": from_person, "into": to_person}`: registrations stay; readers follow `merged_into`."""
    person_id = str(op.payload["id"])
    set_fields(
        session, _table, person_id, {"merged_into": op.payload["into"]}, op.stamp, ("merged_into",)
    )


@handler("person.unmerged")
def apply_unmerge(session: Session, op: Op) -> None:
    person_id = str(op.payload["id"])
    set_fields(session, _table, person_id, {"merged_into": None}, op.stamp, ("merged_into",))


@handler("person.erased")
def apply_erasure(session: Session, op: Op) -> None:
    """Blank every personal field with a stamp no edit can beat; anonymous counts remain."""
    person_id = str(op.payload["id"])
    blank = dict.fromkeys(PERSONAL_FIELDS)
    set_fields(session, _table, person_id, blank, TOMBSTONE, PERSONAL_FIELDS)
    session.execute(
        update(_table)
        .where(_table.c.id == person_id)
        .values(erased=True, email_key=None, phone_key=None, name_key=None)
    )
    _redact_logged_payloads(session, person_id)  # operations kept from before signing
    # Their personal blocks (names, notes, revert reasons): the signed bodies stay and verify.
    signed_store.erase_subject(sqlite_connection(session), person_id)
    mark_erased(session, person_id, op)
