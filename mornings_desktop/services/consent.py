"""Consent (law 09-08 / GDPR), one answer per person and purpose, recorded as operations.

Purposes asked: `tickets` (tickets and event information), `newsletter` (the series' newsletter),
`photos`. Answers: yes, no, not_asked. Sources: import, walk_in, email_reply, organiser.

`may_contact(ws, person_id, purpose)` is what every sender and report asks (services/mail backs
its hook with it): what the event itself needs — `tickets`, `reminders`, `attendance` (the
Morning's attendance workbook) — needs no consent; `newsletter`, `photos` and `series_report`
(the person-level sheet of the series report, which follows people across Mornings: it counts as
the series' follow-up and reads the newsletter answer) need "yes". An erased person, or one whose
erasure is pending, is contacted for nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.ledger.handlers.privacy import PURPOSES, SOURCES, VALUES
from mornings_desktop.services.workspace import Tx, Workspace
from mornings_desktop.store.schema import Person
from mornings_desktop.store.schema_privacy import Consent, ErasureState
from mornings_desktop.timeutil import now_iso

EVENT_NEEDS = frozenset({"tickets", "reminders", "attendance"})
NEEDS_YES = {"newsletter": "newsletter", "photos": "photos", "series_report": "newsletter"}


def _check(purpose: str, value: str, source: str) -> None:
    if purpose not in PURPOSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Consent is asked for tickets, newsletter or photos."),
        )
    if value not in VALUES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A consent is yes, no or not_asked."))
    if source not in SOURCES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown consent source {source}."), source=source
        )


def record_in(tx: Tx, person_id: str, purpose: str, value: str, source: str) -> None:
    """Record one answer inside a transaction already open (walk-ins, imports)."""
    _check(purpose, value, source)
    tx.record(
        "consent.recorded",
        {"person_id": person_id, "purpose": purpose, "value": value, "at": now_iso(),
         "source": source},
    )  # fmt: skip


def record(ws: Workspace, person_id: str, purpose: str, value: str, source: str) -> None:
    with ws.transaction() as tx:
        record_in(tx, person_id, purpose, value, source)


def record_many(
    ws: Workspace, person_ids: Iterable[str], purpose: str, value: str, source: str
) -> int:
    ids = list(dict.fromkeys(person_ids))
    with ws.transaction() as tx:
        for person_id in ids:
            record_in(tx, person_id, purpose, value, source)
    return len(ids)


def answers(ws: Workspace, person_id: str) -> dict[str, str]:
    """Every purpose with its answer (not_asked when nothing was recorded)."""
    with ws.db.read() as session:
        found = dict(
            session.execute(
                select(Consent.purpose, Consent.value).where(Consent.person_id == person_id)
            ).all()
        )
    return {p: str(found.get(p, "not_asked")) for p in PURPOSES}


def consenting_ids(session: Session, purpose: str) -> set[str]:
    """People who answered yes for `purpose` (a `may_contact` purpose), none erased or hidden."""
    asked = NEEDS_YES.get(purpose, purpose)
    blocked = select(ErasureState.person_id).where(ErasureState.state.in_(("requested", "erased")))
    return set(
        session.execute(
            select(Consent.person_id).where(
                Consent.purpose == asked,
                Consent.value == "yes",
                Consent.person_id.not_in(blocked),
            )
        ).scalars()
    )


def may_contact(ws: Workspace, person_id: str, purpose: str) -> bool:
    """Whether `person_id` may be contacted (or shown by name) for `purpose`."""
    if purpose not in EVENT_NEEDS and purpose not in NEEDS_YES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown purpose {purpose}."), purpose=purpose
        )
    with ws.db.read() as session:
        person = session.get(Person, person_id)
        state = session.get(ErasureState, person_id)
        if person is None or person.erased or (state is not None and state.state != "reversed"):
            return False
        if purpose in EVENT_NEEDS:
            return True
        return person_id in consenting_ids(session, purpose)


def record_walk_in(ws: Workspace, person_id: str, *, newsletter: bool, photos: bool) -> None:
    """The walk-in form's two checkboxes: ticked is yes, unticked is no (they were asked)."""
    with ws.transaction() as tx:
        record_in(tx, person_id, "newsletter", "yes" if newsletter else "no", "walk_in")
        record_in(tx, person_id, "photos", "yes" if photos else "no", "walk_in")
