"""Consent read from an imported file (columns "Consentement", "Newsletter", "Photos", "موافقة"…).

`record_import_consents` runs in the import's own transaction, after its people exist: for each row
it finds the person (e-mail, phone, else name, among the Morning's registrations) and records each
consent column's answer; a blank or unrecognised cell, and every purpose without a column, is
recorded as "not asked" for people with no answer yet. An answer already given is never replaced
by "not asked".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from mornings_desktop.imports.mapping import Mapping
from mornings_desktop.imports.readers import open_table
from mornings_desktop.ledger.handlers.privacy import PURPOSES
from mornings_desktop.services.consent import record_in
from mornings_desktop.services.workspace import Tx
from mornings_desktop.store.schema import Person, Registration
from mornings_desktop.store.schema_privacy import Consent
from mornings_desktop.text_keys import email_key, fold, phone_key

COLUMNS = {
    "consent_tickets": "tickets",
    "consent_newsletter": "newsletter",
    "consent_photos": "photos",
}
YES = {"oui", "yes", "y", "o", "1", "true", "vrai", "x", "ok", "accepte", "j accepte", "نعم"}
NO = {"non", "no", "n", "0", "false", "faux", "refuse", "je refuse", "لا"}


def answer(cell: str) -> str:
    key = fold(cell).replace("'", " ").strip()
    if key in YES or cell.strip() in YES:
        return "yes"
    if key in NO or cell.strip() in NO:
        return "no"
    return "not_asked"


def record_import_consents(tx: Tx, path: Path, mapping: Mapping, morning_id: str) -> int:
    """Record the consent answers of an import (see the module). Returns how many were recorded."""
    session = tx.session
    people: dict[str, str] = {}
    for person_id, first, last, mail, phone in session.execute(
        select(Person.id, Person.first_name, Person.last_name, Person.email, Person.phone)
        .join(Registration, Registration.person_id == Person.id)
        .where(Registration.morning_id == morning_id, Person.erased.is_not(True))
    ).all():
        for key in (email_key(mail), phone_key(phone), f"name:{fold(f'{first} {last}')}"):
            if key:
                people.setdefault(key, person_id)
    answers: dict[tuple[str, str], str] = {}
    columns = {f: mapping.index_of(f) for f in (*COLUMNS, "email", "phone", "first_name",
                                                 "last_name", "full_name")}  # fmt: skip
    if any(columns[f] is not None for f in COLUMNS):
        table = open_table(path)

        def cell(cells: list[Any], name: str) -> str:
            i = columns[name]
            return str(cells[i]).strip() if i is not None and i < len(cells) else ""

        for _line, cells in table.rows:
            name = (
                cell(cells, "full_name")
                or f"{cell(cells, 'first_name')} {cell(cells, 'last_name')}"
            )
            pid: str | None = next(
                (
                    people[k]
                    for k in (
                        email_key(cell(cells, "email")),
                        phone_key(cell(cells, "phone")),
                        f"name:{fold(name)}",
                    )
                    if k and k in people
                ),
                None,
            )
            if pid is None:
                continue
            for column, purpose in COLUMNS.items():
                if columns[column] is not None:
                    value = answer(cell(cells, column))
                    if value != "not_asked" or (pid, purpose) not in answers:
                        answers[(pid, purpose)] = value
    known = set(
        session.execute(
            select(Consent.person_id, Consent.purpose).where(
                Consent.person_id.in_(set(people.values()))
            )
        ).all()
    )
    count = 0
    for pid in sorted(set(people.values())):
        for purpose in PURPOSES:
            value = answers.get((pid, purpose), "not_asked")
            if value == "not_asked" and (pid, purpose) in known:
                continue
            record_in(tx, pid, purpose, value, "import")
            count += 1
    return count
