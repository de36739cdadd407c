"""The desk's walk-in: someone who was not registered arrives, is registered and admitted; and
what the desk corrected in a chosen regular's details (`save_corrections`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mornings_desktop.services import consent, people
from mornings_desktop.services.checkin import ScanDesk
from mornings_desktop.services.desk_role import desk_role
from mornings_desktop.services.registrations import (
    get_registration,
    register_person_created,
    register_walk_in,
    walk_in_fields,
)
from mornings_desktop.services.scan_result import ScanResult
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.text_keys import clean_note, email_key, phone_key
from mornings_desktop.trust import roles


def walk_in(
    ws: Workspace,
    morning_id: str,
    name: str,
    organisation: str,
    category: str,
    email: str | None = None,
    phone: str | None = None,
    person_id: str | None = None,
) -> ScanResult:
    """Register a walk-in and admit them (method `walk-in`): two committed transactions.

    The registrations service's `register_walk_in` matches the directory (e-mail, then phone).
    Raises ValidationError without a name (nothing written).
    """
    registration_id = register_walk_in(
        ws, morning_id, name, organisation, category, email, phone, person_id
    )
    return ScanDesk(ws, morning_id).admit(registration_id, "walk-in")


@dataclass(frozen=True)
class WalkInRegistered:
    registration_id: str
    new_person: bool  # False: the form's name or contact found someone known (their answers stay)


def walk_in_registered(
    ws: Workspace,
    morning_id: str,
    name: str,
    organisation: str,
    category: str,
    email: str | None = None,
    phone: str | None = None,
    person_id: str | None = None,
) -> WalkInRegistered:
    """`register_walk_in`, and whether the person is new — the walk-in form's consent boxes are
    then their answers — or someone known (a regular, a person registered for this Morning),
    whose answers the form's unticked boxes must not overwrite."""
    fields = walk_in_fields(name, organisation, email, phone)
    registration_id, created = register_person_created(
        ws, morning_id, fields, category=category, source="walk-in", walk_in=True,
        person_id=person_id,
    )  # fmt: skip
    return WalkInRegistered(registration_id, created)


CORRECTABLE = ("organisation", "email", "phone")


@dataclass(frozen=True)
class Correction:
    """What a walk-in form's corrections of a chosen regular became: `saved_as` is "" (nothing
    differed), "person" (their record updated) or "note" (kept in the registration's note: a
    door desk may not edit a person it did not create, DESIGN §6); `fields` the corrected ones."""

    saved_as: str = ""
    fields: tuple[str, ...] = ()


def save_corrections(
    ws: Workspace,
    registration_id: str,
    typed: dict[str, str | None],
    note_line: Callable[[dict[str, str]], str],
    consents: dict[str, str] | None = None,
) -> Correction:
    """After a regular was chosen in the walk-in form and registered, keep what the desk typed
    over their recorded organisation, e-mail or phone (a field emptied is not a correction), and
    the consent boxes it changed (`consents`: purpose -> "yes" or "no").

    Where the role table allows it (an organiser desk, or a door desk's own walk-in) they are a
    `person.updated` and `consent.recorded`; otherwise a line `note_line(changes)` added to the
    registration's note, which a door desk may edit. One transaction; raises ValidationError on
    a bad e-mail."""
    row = get_registration(ws, registration_id)
    values = people.clean_fields({k: typed.get(k) for k in CORRECTABLE if k in typed})
    same = {
        "email": lambda a, b: email_key(a) == email_key(b),
        "phone": lambda a, b: phone_key(a) is not None and phone_key(a) == phone_key(b),
    }
    changes: dict[str, str] = {}
    for key, value in values.items():
        old = getattr(row, key) or None
        if isinstance(value, str) and value != old and not same.get(key, _never)(value, old):
            changes[key] = value
    answers = dict(consents or {})
    if not (changes or answers):
        return Correction()
    role, pid = desk_role(ws), row.person_id
    payload: dict[str, object] = {"id": pid, "fields": dict(changes)}
    noted: dict[str, str] = {}
    with ws.transaction() as tx:
        if changes and roles.may_record(role, ws.desk_id, "person.updated", payload) is True:
            tx.record("person.updated", payload)
        else:
            noted.update(changes)
        for purpose, value in answers.items():
            if roles.may_record(role, ws.desk_id, "consent.recorded", {"person_id": pid}) is True:
                consent.record_in(tx, pid, purpose, value, "walk_in")
            else:
                noted[purpose] = value
        if noted:
            line = note_line(noted)
            note = clean_note(f"{row.note}\n{line}" if row.note else line)
            tx.record("registration.updated", {"id": registration_id, "fields": {"note": note}})
    return Correction("note" if noted else "person", (*changes, *answers))


def _never(_a: str, _b: str | None) -> bool:
    return False
