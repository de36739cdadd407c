"""Registrations of a Morning: list them, register a person, cancel, reinstate."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mornings_desktop import codes
from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from mornings_desktop.services import mornings, people, registration_flags
from mornings_desktop.services.desk_role import may_record_here
from mornings_desktop.services.hidden import visible
from mornings_desktop.services.namesakes import registered_namesake
from mornings_desktop.services.person_names import display_name
from mornings_desktop.services.workspace import Tx, Workspace
from mornings_desktop.store.schema import Person, Registration
from mornings_desktop.text_keys import clean_note
from mornings_desktop.timeutil import iso_to_local, now_iso

DEFAULT_CATEGORIES = ("member", "guest", "speaker", "press", "sponsor", "partner", "staff", "vip")


@dataclass(frozen=True)
class RegistrationRow:
    id: str
    person_id: str
    name: str
    first_name: str
    last_name: str
    organisation: str
    # Defaults describe a registration not yet admitted; list_registrations gives every field.
    job_title: str = ""
    email: str = ""
    phone: str = ""
    category: str = "guest"
    code: str = ""
    external_ref: str = ""
    source: str = ""
    status: str = "registered"
    walk_in: bool = False
    registered_at: str = ""
    checked_in: bool = False
    arrival: str | None = None  # ISO 8601 with the venue's offset
    checkin_desk_id: str | None = None
    checkin_method: str | None = None
    checkin_count: int = 0
    note: str = ""
    flags: tuple[str, ...] = ()  # registration_flags.FLAGS keys

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["flags"] = list(self.flags)
        return data


def list_registrations(
    ws: Workspace,
    morning_id: str,
    *,
    include_cancelled: bool = True,
    tz: str | None = None,
    ids: Iterable[str] | None = None,
) -> list[RegistrationRow]:
    """Every registration of a Morning (only `ids` if given), sorted by last then first name."""
    tz = tz or mornings.get(ws, morning_id).timezone
    query = (
        select(Registration, Person)
        .outerjoin(Person, (Person.id == Registration.person_id) & visible(Person.id))
        .where(Registration.morning_id == morning_id, Registration.registered_at.is_not(None))
    )
    if not include_cancelled:
        query = query.where(Registration.status.is_distinct_from("cancelled"))
    if ids is not None:
        query = query.where(Registration.id.in_(list(ids)))
    with ws.db.read() as session:
        rows = [_row(reg, person, tz) for reg, person in session.execute(query).all()]
    rows.sort(key=lambda r: (r.last_name.casefold(), r.first_name.casefold(), r.id))
    return rows


def _row(reg: Registration, person: Person | None, tz: str) -> RegistrationRow:
    first = (person.first_name if person else None) or ""
    last = (person.last_name if person else None) or ""
    return RegistrationRow(
        id=reg.id,
        person_id=reg.person_id or "",
        name=display_name(first, last),
        first_name=first,
        last_name=last,
        organisation=(person.organisation if person else None) or "",
        job_title=(person.job_title if person else None) or "",
        email=(person.email if person else None) or "",
        phone=(person.phone if person else None) or "",
        category=reg.category or "guest",
        code=reg.code or "",
        external_ref=reg.external_ref or "",
        source=reg.source or "",
        status=reg.status or "registered",
        walk_in=bool(reg.walk_in),
        registered_at=reg.registered_at or "",
        checked_in=reg.checked_in_at is not None,
        arrival=iso_to_local(reg.checked_in_at, tz).isoformat() if reg.checked_in_at else None,
        checkin_desk_id=reg.checkin_desk_id,
        checkin_method=reg.checkin_method,
        checkin_count=reg.checkin_count or 0,
        note=reg.note or "",
        flags=registration_flags.decode(reg.flags),
    )


def get_registration(ws: Workspace, registration_id: str) -> RegistrationRow:
    with ws.db.read() as session:
        found = session.execute(
            select(Registration, Person)
            .outerjoin(Person, Person.id == Registration.person_id)
            .where(Registration.id == registration_id)
        ).first()
        if found is None or found[0].registered_at is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No registration {ref}."), ref=registration_id
            )
        reg, person = found
        morning_id = reg.morning_id
        tz = mornings.get(ws, morning_id).timezone if morning_id else None
        return _row(reg, person, tz or "Africa/Casablanca")


_CODE_TAKEN = select(Registration.id).where(Registration.code == bindparam("code"))


def new_code(ws: Workspace, session: Session) -> str:
    """A fresh ticket code, unique in this database."""
    key = ws.ticket_key
    while True:
        code = codes.make_code(key)
        taken = session.execute(_CODE_TAKEN, {"code": code}).first()
        if taken is None:
            return code


def add_person(tx: Tx, fields: dict[str, object]) -> str:
    """Record a new person; returns their id."""
    if not (fields.get("first_name") or fields.get("last_name")):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A person needs a name."))
    person_id = tx.new_id()
    tx.record("person.created", {"id": person_id, "fields": {**fields, "created_at": now_iso()}})
    return person_id


def add_registration(
    ws: Workspace,
    tx: Tx,
    morning_id: str,
    person_id: str,
    *,
    category: str = "guest",
    source: str = "manual",
    walk_in: bool = False,
    external_ref: str | None = None,
    code: str | None = None,
    registered_at: str | None = None,
) -> str:
    """Register a person for a Morning with a new signed ticket code; returns the registration id.

    `registered_at` (ISO 8601) is now unless given: a demo series backdates its registrations."""
    registration_id = tx.new_id()
    tx.record(
        "registration.created",
        {
            "id": registration_id,
            "fields": {
                "morning_id": morning_id,
                "person_id": person_id,
                "category": category,
                "code": code or new_code(ws, tx.session),
                "external_ref": external_ref,
                "source": source,
                "status": "registered",
                "registered_at": registered_at or now_iso(),
                "walk_in": walk_in,
            },
        },
    )
    return registration_id


def cancel(ws: Workspace, registration_id: str, reason: str = "") -> None:
    get_registration(ws, registration_id)
    ws.record("registration.cancelled", {"id": registration_id, "reason": reason})


def reinstate(ws: Workspace, registration_id: str) -> None:
    get_registration(ws, registration_id)
    ws.record("registration.reinstated", {"id": registration_id})


def registration_for(session: Session, morning_id: str, person_id: str) -> str | None:
    """This person's registration for this Morning (cancelled ones too), or None.

    People merged into `person_id` count as them: their registrations are found too."""
    group = {person_id}
    frontier = {person_id}
    while frontier:
        merged = set(
            session.execute(select(Person.id).where(Person.merged_into.in_(frontier))).scalars()
        )
        frontier = merged - group
        group |= frontier
    found = session.execute(
        select(Registration.id)
        .where(
            Registration.morning_id == morning_id,
            Registration.person_id.in_(group),
            Registration.registered_at.is_not(None),
        )
        .order_by(Registration.registered_at, Registration.id)
    ).first()
    return found[0] if found else None


def register_person(
    ws: Workspace,
    morning_id: str,
    person: dict[str, object],
    *,
    category: str = "guest",
    source: str = "manual",
    walk_in: bool = False,
    person_id: str | None = None,
    note: str | None = None,
    flags: Iterable[str] = (),
) -> str:
    """Register someone for a Morning in one transaction; returns the registration id.

    The person is, in order: `person_id` if given; the directory person with the same e-mail or
    phone; someone registered for this Morning under the same name whose contact details do not
    contradict these (`registered_namesake`); else a new person from `person`. A person already
    registered for this Morning keeps their registration (reinstated if it was cancelled) instead
    of getting a second one.
    """
    return register_person_created(
        ws, morning_id, person, category=category, source=source, walk_in=walk_in,
        person_id=person_id, note=note, flags=flags,
    )[0]  # fmt: skip


def register_person_created(
    ws: Workspace,
    morning_id: str,
    person: dict[str, object],
    *,
    category: str,
    source: str,
    walk_in: bool,
    person_id: str | None,
    note: str | None = None,
    flags: Iterable[str] = (),
) -> tuple[str, bool]:
    """`register_person`, and whether its person was created by it."""
    mornings.get(ws, morning_id)
    values = people.clean_fields(person)
    note = clean_note(note)
    fill = may_record_here(ws, "person.updated", {"id": "another-desk/p", "fields": {"email": "x"}})
    with ws.transaction() as tx:
        pid = person_id or people.find_by_contact(
            tx.session, str(values.get("email") or ""), str(values.get("phone") or "")
        )
        if pid is None:
            pid = registered_namesake(tx, morning_id, values, fill=fill)
        created = pid is None
        if pid is None:
            pid = people.create_person(tx, values)
        existing = registration_for(tx.session, morning_id, pid)
        if existing is not None:
            status = tx.session.execute(
                select(Registration.status).where(Registration.id == existing)
            ).scalar_one()
            if status == "cancelled":
                _reinstate(ws, tx, existing, pid)
            return existing, created
        registration_id = add_registration(
            ws, tx, morning_id, pid, category=category, source=source, walk_in=walk_in
        )
        extra: dict[str, object] = {"note": note} if note else {}
        if flags := list(registration_flags.ordered(flags)):
            extra["flags"] = flags
        if extra:
            tx.record("registration.updated", {"id": registration_id, "fields": extra})
        return registration_id, created


def _reinstate(ws: Workspace, tx: Tx, registration_id: str, person_id: str) -> None:
    """A cancelled registration comes back; a door desk may not do that (DESIGN §6): it says so."""
    if not may_record_here(ws, "registration.reinstated", {"id": registration_id}):
        person = tx.session.get(Person, person_id)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name}'s registration for this Morning was cancelled: an organiser desk "
                "reinstates it.",
            ),
            name=display_name(person.first_name, person.last_name) if person else "",
        )
    tx.record("registration.reinstated", {"id": registration_id})


def register_walk_in(
    ws: Workspace,
    morning_id: str,
    name: str,
    organisation: str,
    category: str,
    email: str | None = None,
    phone: str | None = None,
    person_id: str | None = None,
) -> str:
    """The desk's quick form: someone who was not registered arrives. Returns the registration id
    (`walk_in.walk_in_registered` also says whether the person is new).

    `name` is split at its first space into first and last name. The directory is searched by
    e-mail then phone first, so a regular who forgot to register keeps their history.
    """
    fields = walk_in_fields(name, organisation, email, phone)
    return register_person(
        ws, morning_id, fields, category=category, source="walk-in", walk_in=True,
        person_id=person_id,
    )  # fmt: skip


def walk_in_fields(
    name: str, organisation: str, email: str | None, phone: str | None
) -> dict[str, object]:
    """The person of a walk-in form; ValidationError without a name."""
    first, _, last = " ".join(name.split()).partition(" ")
    if not first:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A person needs a name."))
    return {"first_name": first, "last_name": last or None, "organisation": organisation,
            "email": email, "phone": phone}  # fmt: skip


def edit_registration(
    ws: Workspace,
    registration_id: str,
    *,
    category: str | None = None,
    note: str | None = None,
    person: dict[str, object] | None = None,
    flags: Iterable[str] | None = None,
) -> None:
    """Change a registration's category, note or flags, and/or its person's fields, in one
    transaction. Only what differs is recorded: a door desk may edit notes and flags alone."""
    row = get_registration(ws, registration_id)
    fields: dict[str, object] = {}
    if category is not None and category != row.category:
        fields["category"] = category
    if note is not None and (clean_note(note) or "") != row.note:
        fields["note"] = clean_note(note) or None
    if flags is not None and registration_flags.ordered(flags) != row.flags:
        fields["flags"] = list(registration_flags.ordered(flags))
    person_changes: dict[str, object] = {}
    if person:
        values = people.clean_fields(person)
        person_changes = {k: v for k, v in values.items() if v != (getattr(row, k) or None)}
        first = person_changes.get("first_name", row.first_name or None)
        last = person_changes.get("last_name", row.last_name or None)
        if not (first or last):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A person needs a name."))
    with ws.transaction() as tx:
        if fields:
            tx.record("registration.updated", {"id": registration_id, "fields": fields})
        if person_changes:
            tx.record("person.updated", {"id": row.person_id, "fields": person_changes})


def reissue_code(ws: Workspace, registration_id: str) -> str:
    """Give a registration a new ticket code; the old one is revoked (refused at the desk)."""
    row = get_registration(ws, registration_id)
    with ws.transaction() as tx:
        code = new_code(ws, tx.session)
        tx.record(
            "registration.code_reissued",
            {"id": registration_id, "code": code, "old_code": row.code or None},
        )
    return code


def is_revoked(ws: Workspace, code: str) -> bool:
    from mornings_desktop.store.schema import RevokedCode

    with ws.db.read() as session:
        return session.get(RevokedCode, code) is not None
