"""The people directory across Mornings: one person, many registrations.

Identity rules (the same for imports, walk-ins and the directory screen):
- the same e-mail (case-insensitive) or the same phone (E.164, Moroccan by default) is the same
  person: `find_by_contact` returns them, and imports and walk-ins reuse them;
- the same name alone only *suggests* a merge (`duplicate_suggestions`); nobody is merged
  without an organiser's decision (`merge`, undone by `unmerge`);
- erasure (`erase`, law 09-08 / GDPR) blanks personal fields for good; registrations and their
  check-ins stay, so anonymous counts remain.
A merged person keeps their row and registrations; readers follow `merged_into` to the survivor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from mornings_desktop.services.hidden import hidden_person_ids
from mornings_desktop.services.person_names import display_name
from mornings_desktop.services.workspace import Tx, Workspace
from mornings_desktop.store.schema import Person, Registration
from mornings_desktop.text_keys import (
    check_length,
    email_key,
    fold,
    is_valid_email,
    phone_key,
    strip_controls,
)
from mornings_desktop.timeutil import now_iso

EDITABLE_FIELDS = ("first_name", "last_name", "organisation", "job_title", "email", "phone")


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    first_name: str
    last_name: str
    organisation: str
    job_title: str
    email: str
    phone: str
    merged_into: str | None
    erased: bool
    registrations: int
    attended: int

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class DuplicateSuggestion:
    """Two people who share a name but no contact: maybe one person, for an organiser to decide."""

    person_ids: tuple[str, ...]
    name: str
    reason: str  # "same_name"


def _person_row(p: Person, regs: int = 0, attended: int = 0) -> PersonRow:
    return PersonRow(
        id=p.id,
        name=display_name(p.first_name, p.last_name),
        first_name=p.first_name or "",
        last_name=p.last_name or "",
        organisation=p.organisation or "",
        job_title=p.job_title or "",
        email=p.email or "",
        phone=p.phone or "",
        merged_into=p.merged_into,
        erased=bool(p.erased),
        registrations=regs,
        attended=attended,
    )


def canonical_id(session: Session, person_id: str) -> str:
    """The person `person_id` was merged into (following chains), or itself. Cycles stop safely."""
    seen = {person_id}
    current = person_id
    while True:
        target = session.execute(
            select(Person.merged_into).where(Person.id == current)
        ).scalar_one_or_none()
        if not target or target in seen:
            return current
        seen.add(target)
        current = target


def list_people(ws: Workspace, *, include_merged: bool = False) -> list[PersonRow]:
    """The directory, sorted by name, with how many Mornings each person registered for/attended.

    Counts of a merged person are added to the survivor's. Erased people are listed (anonymous)."""
    with ws.db.read() as session:
        counts = session.execute(
            select(
                Registration.person_id,
                func.count(Registration.id),
                func.count(Registration.checked_in_at),
            )
            .where(Registration.registered_at.is_not(None))
            .group_by(Registration.person_id)
        ).all()
        people = list(
            session.execute(select(Person).where(Person.created_at.is_not(None))).scalars()
        )
        by_id = {p.id: p for p in people}

        def survivor(pid: str) -> str:
            seen = {pid}
            while True:
                target = by_id[pid].merged_into if pid in by_id else None
                if not target or target in seen or target not in by_id:
                    return pid
                seen.add(target)
                pid = target

        regs: dict[str, int] = defaultdict(int)
        came: dict[str, int] = defaultdict(int)
        for person_id, n, attended in counts:
            if person_id is None:
                continue
            key = person_id if include_merged else survivor(person_id)
            regs[key] += n
            came[key] += attended
        hidden = hidden_person_ids(session)  # an erasure request hides them at once
        rows = [
            _person_row(p, regs[p.id], came[p.id])
            for p in people
            if (include_merged or not p.merged_into or survivor(p.id) == p.id)
            and p.id not in hidden
        ]
    rows.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.id))
    return rows


def get_person(ws: Workspace, person_id: str) -> PersonRow:
    with ws.db.read() as session:
        person = session.get(Person, person_id)
        if person is None or person.created_at is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No person {ref}."), ref=person_id)
        return _person_row(person)


def find_by_contact(
    session: Session, email: str | None = None, phone: str | None = None
) -> str | None:
    """The (surviving, not erased) person with this e-mail or phone, or None. E-mail wins."""
    for column, key in ((Person.email_key, email_key(email)), (Person.phone_key, phone_key(phone))):
        if not key:
            continue
        found = session.execute(
            select(Person.id)
            .where(column == key, Person.erased.is_not(True), Person.created_at.is_not(None))
            .order_by(Person.merged_into.is_not(None), Person.created_at, Person.id)
        ).first()
        if found is not None:
            return canonical_id(session, found[0])
    return None


def clean_fields(fields: dict[str, object]) -> dict[str, object]:
    """Trimmed text fields; an empty string becomes None. Refuses an invalid e-mail address."""
    out: dict[str, object] = {}
    for key in EDITABLE_FIELDS:
        if key in fields:
            value = fields[key]
            text = " ".join(strip_controls(str(value)).split()) if value is not None else ""
            check_length(key, text)
            out[key] = text or None
    email = out.get("email")
    if isinstance(email, str) and not is_valid_email(email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{email} is not a valid e-mail address."), email=email
        )
    return out


def create_person(tx: Tx, fields: dict[str, object]) -> str:
    """Record a new person (needs a first or last name); returns their id."""
    values = clean_fields(fields)
    if not (values.get("first_name") or values.get("last_name")):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A person needs a name."))
    person_id = tx.new_id()
    tx.record("person.created", {"id": person_id, "fields": {**values, "created_at": now_iso()}})
    return person_id


def update_person(ws: Workspace, person_id: str, fields: dict[str, object]) -> None:
    """Edit some personal fields (last writer wins per field). Refuses an erased person."""
    current = get_person(ws, person_id)
    if current.erased:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This person was erased."))
    values = clean_fields(fields)
    first = values.get("first_name", current.first_name or None)
    last = values.get("last_name", current.last_name or None)
    if not (first or last):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A person needs a name."))
    changes = {k: v for k, v in values.items() if v != (getattr(current, k) or None)}
    if changes:
        ws.record("person.updated", {"id": person_id, "fields": changes})


def duplicate_suggestions(ws: Workspace) -> list[DuplicateSuggestion]:
    """People who share a name (ignoring accents, case and word order) and are not merged.

    Only a suggestion: people with the same name but different e-mails are often different people.
    """
    groups: dict[str, list[PersonRow]] = defaultdict(list)
    for row in list_people(ws):
        if row.erased or row.merged_into:
            continue
        key = " ".join(sorted(fold(row.name).split()))
        if key:
            groups[key].append(row)
    return [
        DuplicateSuggestion(tuple(r.id for r in rows), rows[0].name, "same_name")
        for _, rows in sorted(groups.items())
        if len(rows) > 1
    ]


def merge(ws: Workspace, person_id: str, into_id: str) -> None:
    """Merge `person_id` into `into_id` (by hand). Their registrations now count for the survivor."""
    if person_id == into_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A person cannot be merged into itself."))
    source = get_person(ws, person_id)
    get_person(ws, into_id)
    with ws.db.read() as session:
        if canonical_id(session, into_id) == person_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{name} is already merged the other way."),
                name=source.name,
            )
    ws.record("person.merged", {"id": person_id, "into": into_id})


def unmerge(ws: Workspace, person_id: str) -> None:
    """Undo a merge: the person stands on their own again, with their own registrations."""
    person = get_person(ws, person_id)
    if not person.merged_into:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not merged into anyone."), name=person.name
        )
    ws.record("person.unmerged", {"id": person_id})


def erase(ws: Workspace, person_id: str) -> None:
    """Erase a person's personal data for good (law 09-08 / GDPR). Counts stay, anonymous."""
    get_person(ws, person_id)
    ws.record("person.erased", {"id": person_id})
