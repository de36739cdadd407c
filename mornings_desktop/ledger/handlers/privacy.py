"""Privacy operations: erasure requests (door desks), their reversal, and consent.

- `person.erasure_requested` `{"id"}` hides a person at once (DESIGN §6: a door desk may record it);
- `person.erasure_reversed` `{"id"}` (organiser) shows them again, if no later request came;
- `person.erased` (ledger/handlers/people.py) calls `mark_erased`: final, whatever came before;
- `consent.recorded` `{"person_id", "purpose", "value", "at", "source"}`: last writer wins per
  person and purpose.
Erasure also blanks the notes of the person's registrations (free text counts as personal) and
scrubs them from logged payloads; arrivals stay as anonymous counts.
"""

from __future__ import annotations

import json

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import TOMBSTONE, handler
from mornings_desktop.ledger.operation import Op, dumps
from mornings_desktop.store.schema import Operation, Registration, table_of
from mornings_desktop.store.schema_privacy import Consent, ErasureState

PURPOSES = ("tickets", "newsletter", "photos")
VALUES = ("yes", "no", "not_asked")
SOURCES = ("import", "walk_in", "email_reply", "organiser")
REGISTRATION_PERSONAL = ("note",)
_erasures = table_of(ErasureState)
_consents = table_of(Consent)
_regs = table_of(Registration)


def _set_state(session: Session, person_id: str, state: str, op: Op, stamp: str) -> None:
    row = session.execute(
        select(_erasures.c.state, _erasures.c.stamp).where(_erasures.c.person_id == person_id)
    ).first()
    if row is not None and (row.state == "erased" or row.stamp >= stamp):
        return
    values = {"state": state, "at": op.hlc, "desk_id": op.desk_id, "stamp": stamp}
    stmt = sqlite_insert(_erasures).values(person_id=person_id, **values)
    session.execute(stmt.on_conflict_do_update(index_elements=["person_id"], set_=values))


@handler("person.erasure_requested")
def apply_request(session: Session, op: Op) -> None:
    _set_state(session, str(op.payload["id"]), "requested", op, op.stamp)


@handler("person.erasure_reversed")
def apply_reversal(session: Session, op: Op) -> None:
    _set_state(session, str(op.payload["id"]), "reversed", op, op.stamp)


def mark_erased(session: Session, person_id: str, op: Op) -> None:
    """The final state, and the person's free text gone from registrations, consents and the log."""
    _set_state(session, person_id, "erased", op, TOMBSTONE)
    session.execute(delete(_consents).where(_consents.c.person_id == person_id))
    reg_ids = list(
        session.execute(select(_regs.c.id).where(_regs.c.person_id == person_id)).scalars()
    )
    for reg_id in reg_ids:
        stamps = session.execute(select(_regs.c.stamps).where(_regs.c.id == reg_id)).scalar_one()
        marks = json.loads(stamps or "{}")
        marks.update(dict.fromkeys(REGISTRATION_PERSONAL, TOMBSTONE))
        session.execute(
            update(_regs)
            .where(_regs.c.id == reg_id)
            .values(note=None, stamps=json.dumps(marks, sort_keys=True))
        )
    _redact_registration_payloads(session, set(reg_ids))


def _redact_registration_payloads(session: Session, reg_ids: set[str]) -> None:
    if not reg_ids:
        return
    rows = session.execute(
        select(Operation.op_id, Operation.type, Operation.payload).where(
            Operation.type.like("registration.%") | (Operation.type == "import.batch")
        )
    ).all()
    for op_id, op_type, text in rows:
        if not any(r in text for r in reg_ids):
            continue
        payload = json.loads(text)
        items = payload.get("registrations") if op_type == "import.batch" else [payload]
        changed = False
        for item in items if isinstance(items, list) else []:
            fields = item.get("fields") if isinstance(item, dict) else None
            if item.get("id") in reg_ids and isinstance(fields, dict):
                for key in REGISTRATION_PERSONAL:
                    if fields.get(key) is not None:
                        fields[key] = None
                        changed = True
        if changed:
            session.execute(
                update(Operation).where(Operation.op_id == op_id).values(payload=dumps(payload))
            )


@handler("consent.recorded")
def apply_consent(session: Session, op: Op) -> None:
    p = op.payload
    person_id, purpose, value = str(p["person_id"]), str(p["purpose"]), str(p["value"])
    if purpose not in PURPOSES or value not in VALUES:
        return  # a purpose or answer of a newer version: the operation is kept, not folded
    erased = session.execute(
        select(_erasures.c.state).where(_erasures.c.person_id == person_id)
    ).scalar_one_or_none()
    if erased == "erased":
        return
    current = session.execute(
        select(_consents.c.stamp).where(
            (_consents.c.person_id == person_id) & (_consents.c.purpose == purpose)
        )
    ).scalar_one_or_none()
    if current is not None and current >= op.stamp:
        return
    values = {
        "value": value,
        "at": str(p.get("at") or op.hlc),
        "source": str(p.get("source") or "organiser"),
        "stamp": op.stamp,
    }
    stmt = sqlite_insert(_consents).values(person_id=person_id, purpose=purpose, **values)
    session.execute(
        stmt.on_conflict_do_update(index_elements=["person_id", "purpose"], set_=values)
    )
