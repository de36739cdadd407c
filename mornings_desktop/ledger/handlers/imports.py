"""`import.batch`: many new people and registrations from one imported file, in one operation.

An import of 10,000 rows would otherwise be 20,000 operations; one batch of a few hundred rows
folds with a handful of statements. The semantics are exactly those of `person.created` and
`registration.created` for each entity (per-field last writer wins, with the batch's stamp):
entities that do not exist yet are inserted in bulk; the rare one that already exists (an edit
or an erasure from another desk arrived first) goes through the ordinary per-field path.

Payload: `{"people": [{"id", "fields"}...], "registrations": [{"id", "fields"}...]}`.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import handler, set_fields
from mornings_desktop.ledger.handlers.people import (
    PERSON_FIELDS,
    _redact_logged_payloads,
    _refresh_keys,
)
from mornings_desktop.ledger.handlers.registrations import (
    REGISTRATION_FIELDS,
    refresh_presence,
    stored_fields,
)
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema import CheckIn, Person, Registration, table_of
from mornings_desktop.text_keys import email_key, name_key, phone_key

_people = table_of(Person)
_regs = table_of(Registration)


def _entities(items: object) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    if not isinstance(items, list):
        return out
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            fields = item.get("fields")
            out.append((item["id"], fields if isinstance(fields, dict) else {}))
    return out


def _bulk(
    session: Session,
    table: Table,
    entities: list[tuple[str, dict[str, Any]]],
    stamp: str,
    allowed: tuple[str, ...],
) -> tuple[list[str], list[str]]:
    """Insert the new entities in bulk, set the existing ones per field. Returns (new, existing)."""
    if not entities:
        return [], []
    ids = [entity_id for entity_id, _ in entities]
    existing = set(session.execute(select(table.c.id).where(table.c.id.in_(ids))).scalars())
    pending: dict[str, dict[str, Any]] = {}  # new rows of this batch, by id, until the INSERT
    updated: list[str] = []
    for entity_id, fields in entities:
        values = {k: v for k, v in fields.items() if k in allowed}
        if entity_id in existing:
            set_fields(session, table, entity_id, values, stamp, allowed)
            updated.append(entity_id)
            continue
        # The same id again in this batch: as `set_fields` with the same stamp would, it only
        # adds the fields the first one did not set (a field's stamp must be older to change).
        fresh = pending.setdefault(entity_id, {})
        for key, value in values.items():
            fresh.setdefault(key, value)
    rows: list[dict[str, Any]] = []
    for entity_id, values in pending.items():
        row: dict[str, Any] = dict.fromkeys(allowed)
        row.update(values)
        row["id"] = entity_id
        row["stamps"] = json.dumps(dict.fromkeys(values, stamp), sort_keys=True)
        if table is _people:
            row["email_key"] = email_key(values.get("email"))
            row["phone_key"] = phone_key(values.get("phone"))
            row["name_key"] = name_key(values.get("first_name"), values.get("last_name")) or None
        rows.append(row)
    if rows:
        session.execute(table.insert(), rows)
    inserted = list(pending)
    return inserted, updated


@handler("import.batch")
def apply_batch(session: Session, op: Op) -> None:
    _, updated_people = _bulk(
        session, _people, _entities(op.payload.get("people")), op.stamp, PERSON_FIELDS
    )
    for person_id in updated_people:
        _refresh_keys(session, person_id)
        erased = session.execute(select(_people.c.erased).where(_people.c.id == person_id))
        if erased.scalar_one_or_none():
            _redact_logged_payloads(session, person_id)  # erased before this batch arrived
    regs = [(i, stored_fields(f)) for i, f in _entities(op.payload.get("registrations"))]
    inserted, updated = _bulk(session, _regs, regs, op.stamp, REGISTRATION_FIELDS)
    # Check-ins may have arrived (from another desk) before the registration they admit.
    early = (
        set(
            session.execute(
                select(CheckIn.registration_id).where(CheckIn.registration_id.in_(inserted))
            ).scalars()
        )
        if inserted
        else set()
    )
    for registration_id in sorted(early | set(updated)):
        refresh_presence(session, registration_id)
