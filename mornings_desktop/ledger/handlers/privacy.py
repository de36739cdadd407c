"""Privacy operations: erasure requests (door desks), their reversal, and consent.

- `person.erasure_requested` `{"id"}` hides a person at once (DESIGN §6: a door desk may record it);
- `person.erasure_reversed` `{"id"}` (organiser) shows them again, if no later request came;
- `person.erased` (ledger/handlers/people.py) calls `mark_erased`: final, whatever came before;
- `consent.recorded` `{"person_id", "purpose", "value", "at", "source"}`: last writer wins per
  person and purpose.
Erasure also deletes the person's consent rows; arrivals stay as anonymous counts.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import TOMBSTONE, handler
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema import Registration, table_of
from mornings_desktop.store.schema_privacy import Consent, ErasureState

PURPOSES = ("tickets", "newsletter", "photos")
VALUES = ("yes", "no", "not_asked")
SOURCES = ("import", "walk_in", "email_reply", "organiser")
REGISTRATION_PERSONAL = ("note", "flags")  # flags: dietary, accessibility… (health)
_erasures = table_of(ErasureState)
_consents = table_of(Consent)
_regs = table_of(Registration)


def _set_state(session: Session, person_id: str, state: str, op: Op, stamp: str) -> None:
    row = session.execute(
        select(_erasures.c.state, _erasures.c.stamp, _erasures.c.at, _erasures.c.desk_id).where(
            _erasures.c.person_id == person_id
        )
    ).first()
    if row is not None and row.state == "erased":
        if state != "erased" or (row.at, row.desk_id) <= (op.hlc, op.desk_id):
            return  # final; the earliest erasure names it, whatever the order
    elif row is not None and row.stamp >= stamp:
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
    """The final state (whatever came before), and no consent row left."""
    _set_state(session, person_id, "erased", op, TOMBSTONE)
    session.execute(delete(_consents).where(_consents.c.person_id == person_id))
    # Registration notes and revert reasons are scrubbed with the person's personal blocks
    # (`signed_store.erase_subject`); one arriving later brings no block for an erased person.


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
