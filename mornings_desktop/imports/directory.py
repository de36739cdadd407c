"""What the database already knows before an import: people by contact, this Morning's rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.store.schema import Person, Registration
from mornings_desktop.text_keys import fold


class Directory:
    """What the database already knows, loaded once: people by contact, this Morning's rows."""

    def __init__(self, session: Session, morning_id: str) -> None:
        self.by_email: dict[str, str] = {}
        self.by_phone: dict[str, str] = {}
        self.names_with_contact: dict[str, str] = {}
        self.people: dict[str, dict[str, Any]] = {}
        merged: dict[str, str] = {}
        rows = session.execute(
            select(
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.organisation,
                Person.job_title,
                Person.email,
                Person.phone,
                Person.email_key,
                Person.phone_key,
                Person.merged_into,
                Person.erased,
                Person.created_at,
            )
            .where(Person.created_at.is_not(None))
            .order_by(Person.created_at, Person.id)
        ).all()
        for r in rows:
            self.people[r.id] = dict(r._mapping)
            if r.merged_into:
                merged[r.id] = r.merged_into
        for r in rows:
            if r.erased:
                continue
            pid = self._survivor(r.id, merged)
            if r.email_key:
                self.by_email.setdefault(r.email_key, pid)
            if r.phone_key:
                self.by_phone.setdefault(r.phone_key, pid)
        self.reg_by_person: dict[str, tuple[str, dict[str, Any]]] = {}
        self.reg_by_ref: dict[str, tuple[str, dict[str, Any]]] = {}
        # this Morning's registered people by name: the same-name rule (`same_person`)
        self.registered_names: dict[str, list[str]] = {}
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
        self.codes: set[str] = set(
            code
            for code in session.execute(
                select(Registration.code).where(Registration.code.is_not(None))
            ).scalars()
            if code
        )
        self.names: set[str] = {
            name_key(p["first_name"], p["last_name"])
            for p in self.people.values()
            if not p["erased"]
        }

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


def name_key(first: str | None, last: str | None) -> str:
    return " ".join(sorted(fold(f"{first or ''} {last or ''}").split()))
