"""The same-name rule (issue 15): someone registered for a Morning under the same name, whose
e-mail and phone do not contradict the ones given, is the same person (`registered_namesake`,
used by `registrations.register_person` and the speakers' registration)."""

from __future__ import annotations

from sqlalchemy import select

from mornings_desktop.services.workspace import Tx
from mornings_desktop.store.schema import Person, Registration
from mornings_desktop.text_keys import email_key, fold, phone_key


def registered_namesake(
    tx: Tx, morning_id: str, values: dict[str, object], *, fill: bool = True
) -> str | None:
    """Someone registered for this Morning whose name is this one (case, accents, word order
    aside) and whose e-mail and phone do not contradict these (missing on one side, or equal):
    the same person (issue 15's same-name rule). Their missing details are filled in (with
    `fill`, or where the person is this desk's own: a door desk edits only its walk-ins)."""
    wanted = name_key(values.get("first_name"), values.get("last_name"))
    if not wanted:
        return None
    ekey = email_key(str(values.get("email") or ""))
    pkey = phone_key(str(values.get("phone") or ""))
    found = tx.session.execute(
        select(Person)
        .join(Registration, Registration.person_id == Person.id)
        .where(
            Registration.morning_id == morning_id,
            Registration.registered_at.is_not(None),
            Person.erased.is_not(True),
            Person.merged_into.is_(None),
        )
        .order_by(Registration.registered_at, Registration.id)
    ).scalars()
    for person in found:
        if name_key(person.first_name, person.last_name) != wanted:
            continue
        if (ekey and person.email_key and person.email_key != ekey) or (
            pkey and person.phone_key and person.phone_key != pkey
        ):
            continue
        missing = {k: v for k, v in values.items() if v and not getattr(person, k, None)}
        own = str(person.id).startswith(f"{tx.desk_id}/")
        if missing and (fill or own):
            tx.record("person.updated", {"id": person.id, "fields": missing})
        return str(person.id)
    return None


def name_key(first: object, last: object) -> str:
    """A name as the same-name rule compares it: folded words, sorted."""
    return " ".join(sorted(fold(f"{first or ''} {last or ''}").split()))
