"""What the database already knows before an import: the people a file's rows may be (by
e-mail, phone or name, through indexes), this Morning's registrations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.store.schema import Person, Registration
from mornings_desktop.text_keys import name_key

__all__ = ["Directory", "name_key"]

_COLUMNS = (
    Person.id,
    Person.first_name,
    Person.last_name,
    Person.organisation,
    Person.job_title,
    Person.email,
    Person.phone,
    Person.email_key,
    Person.phone_key,
    Person.name_key,
    Person.merged_into,
    Person.erased,
    Person.created_at,
)


class Directory:
    """What the database already knows that bears on a file, loaded once: the people whose
    e-mail or phone is that of a row (indexed lookups: `people.email_key`, `phone_key`), which of
    the rows' names the directory holds (`people.name_key`, the keys only), the people
    registered for this Morning, the survivors of merged ones, and this Morning's registrations. The rest of the directory is never read, so an import into a
    directory of 15,000 people costs about what it costs into an empty one."""

    CHUNK = 500  # keys per `IN (…)` query

    def __init__(
        self,
        session: Session,
        morning_id: str,
        *,
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        names: Iterable[str] = (),
    ) -> None:
        self.session = session
        self.by_email: dict[str, str] = {}
        self.by_phone: dict[str, str] = {}
        self.names_with_contact: dict[str, str] = {}
        self.people: dict[str, dict[str, Any]] = {}
        regs = session.execute(
            select(
                Registration.id,
                Registration.person_id,
                Registration.category,
                Registration.external_ref,
                Registration.note,
                Registration.flags,
                Registration.status,
            ).where(Registration.morning_id == morning_id, Registration.registered_at.is_not(None))
        ).all()
        self._load(Person.id, {r.person_id for r in regs if r.person_id})
        self._load(Person.email_key, set(filter(None, emails)))
        self._load(Person.phone_key, set(filter(None, phones)))
        while True:  # the people merged ones point to, until every survivor is known
            missing = {p["merged_into"] for p in self.people.values() if p["merged_into"]}
            missing -= set(self.people)
            if not missing:
                break
            before = len(self.people)
            self._load(Person.id, missing)
            if len(self.people) == before:
                break
        merged = {pid: p["merged_into"] for pid, p in self.people.items() if p["merged_into"]}
        ordered = sorted(self.people.values(), key=lambda p: (p["created_at"], p["id"]))
        for r in ordered:
            if r["erased"]:
                continue
            pid = self._survivor(r["id"], merged)
            if r["email_key"]:
                self.by_email.setdefault(r["email_key"], pid)
            if r["phone_key"]:
                self.by_phone.setdefault(r["phone_key"], pid)
        self.reg_by_person: dict[str, tuple[str, dict[str, Any]]] = {}
        self.reg_by_ref: dict[str, tuple[str, dict[str, Any]]] = {}
        # this Morning's registered people by name: the same-name rule (`same_person`)
        self.registered_names: dict[str, list[str]] = {}
        for reg in regs:
            data = dict(reg._mapping)
            pid = self._survivor(reg.person_id or "", merged)
            self.reg_by_person.setdefault(pid, (reg.id, data))
            if reg.person_id and reg.person_id != pid:
                self.reg_by_person.setdefault(reg.person_id, (reg.id, data))
            if reg.external_ref:
                self.reg_by_ref.setdefault(reg.external_ref, (reg.id, data))
            survivor = self.people.get(pid)
            if survivor and not survivor["erased"]:
                key = name_key(survivor["first_name"], survivor["last_name"])
                if key and pid not in self.registered_names.get(key, []):
                    self.registered_names.setdefault(key, []).append(pid)
        self.codes: set[str] = set()  # codes given by this import (the others: `code_taken`)
        # the names of the directory among the file's (for the `same_name` warning): the keys only,
        # through the index; namesakes elsewhere are not read (common names have hundreds)
        self.names: set[str] = set()
        wanted = sorted(set(filter(None, names)))
        for start in range(0, len(wanted), self.CHUNK):
            found = session.execute(
                select(Person.name_key)
                .where(
                    Person.name_key.in_(wanted[start : start + self.CHUNK]),
                    Person.created_at.is_not(None),
                )
                .distinct()
            ).scalars()
            self.names.update(key for key in found if key)
        self.names.update(
            p["name_key"] for p in self.people.values() if not p["erased"] and p["name_key"]
        )

    def _load(self, column: Any, keys: set[str]) -> None:
        wanted = sorted(keys)
        for start in range(0, len(wanted), self.CHUNK):
            rows = self.session.execute(
                select(*_COLUMNS).where(
                    column.in_(wanted[start : start + self.CHUNK]), Person.created_at.is_not(None)
                )
            ).all()
            for r in rows:
                self.people.setdefault(r.id, dict(r._mapping))

    def code_taken(self, code: str) -> bool:
        """Whether a registration of this database, or this import, has `code` (indexed)."""
        if code in self.codes:
            return True
        found = self.session.execute(
            select(Registration.id).where(Registration.code == code).limit(1)
        ).first()
        return found is not None

    def same_person(self, key: str, email: str | None, phone: str | None) -> str | None:
        """The person registered for this Morning under the name `key` whose e-mail and phone
        keys do not contradict these (each missing on one side, or equal), or None."""
        for pid in self.registered_names.get(key, []):
            person = self.people[pid]
            if email and person["email_key"] and person["email_key"] != email:
                continue
            if phone and person["phone_key"] and person["phone_key"] != phone:
                continue
            return pid
        return None

    def registered(self, pid: str, key: str) -> None:
        """`pid`, new or known, is now registered for this Morning under the name `key`."""
        if key and pid not in self.registered_names.get(key, []):
            self.registered_names.setdefault(key, []).append(pid)

    def learn(self, pid: str, fields: dict[str, Any], email: str | None, phone: str | None) -> None:
        """What the import now knows of `pid` (a new person, or one whose contact it fills)."""
        person = self.people.setdefault(pid, {"erased": False, "created_here": True})
        person.update(fields)
        if email:
            person["email_key"] = email
            self.by_email.setdefault(email, pid)
        else:
            person.setdefault("email_key", None)
        if phone:
            person["phone_key"] = phone
            self.by_phone.setdefault(phone, pid)
        else:
            person.setdefault("phone_key", None)

    def _survivor(self, pid: str, merged: dict[str, str]) -> str:
        seen = {pid}
        while pid in merged and merged[pid] not in seen and merged[pid] in self.people:
            pid = merged[pid]
            seen.add(pid)
        return pid
