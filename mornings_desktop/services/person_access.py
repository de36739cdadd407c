"""Access (law 09-08 / GDPR): find one person by id, e-mail or phone, and gather everything held
about them across Mornings — person fields, registrations, arrivals, badges printed, messages sent,
consent, erasure state and every operation that touched them (`PersonRecord.to_json`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, or_, select, text
from sqlalchemy.orm import Session

from mornings_desktop.documents.person_record_pdf import write_person_record
from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.ledger.operation import dumps
from mornings_desktop.ledger.signed_store import full_payload
from mornings_desktop.services.atomic_write import write_atomically
from mornings_desktop.services.export_checks import check_target
from mornings_desktop.services.person_names import display_name
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import (
    CheckIn,
    CheckInRevert,
    Morning,
    Operation,
    Person,
    Registration,
    Speaker,
)
from mornings_desktop.store.schema_badges import BadgePrint
from mornings_desktop.store.schema_privacy import Consent, ErasureState
from mornings_desktop.text_keys import email_key, phone_key
from mornings_desktop.timeutil import now_iso

MESSAGE_TABLES = ("mail_outbox", "outbox", "messages", "mail_messages")


def _columns(obj: object) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in inspect(obj).mapper.column_attrs}


def resolve(ws: Workspace, ref: str) -> str:
    """The person id for `ref` (an id, an e-mail or a phone). Ambiguous or unknown: refused."""
    ref = (ref or "").strip()
    if not ref:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say which person: id, e-mail or phone."))
    with ws.db.read() as session:
        found = session.get(Person, ref)
        if found is not None and found.created_at is not None:
            return found.id
        candidates: list[Person] = []
        key = email_key(ref) if "@" in ref else None
        if key:
            candidates = list(
                session.execute(select(Person).where(Person.email_key == key)).scalars()
            )
        else:
            pkey = phone_key(ref)
            if pkey:
                candidates = list(
                    session.execute(select(Person).where(Person.phone_key == pkey)).scalars()
                )
        found_ids = [
            (p.id, display_name(p.first_name, p.last_name))
            for p in candidates
            if p.created_at is not None
        ]
    if not found_ids:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No person {ref}."), ref=ref)
    if len(found_ids) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{ref} is more than one person: {candidates}."),
            ref=ref,
            candidates="; ".join(f"{pid} ({name})" for pid, name in found_ids),
        )
    return found_ids[0][0]


@dataclass(frozen=True)
class PersonRecord:
    person: dict[str, Any]
    registrations: list[dict[str, Any]]
    consent: list[dict[str, Any]]
    erasure: dict[str, Any] | None
    speaker_entries: list[dict[str, Any]]
    messages: list[dict[str, Any]] | None  # None: this desk keeps no messages table
    operations: list[dict[str, Any]]
    made_at: str

    @property
    def name(self) -> str:
        return display_name(self.person.get("first_name"), self.person.get("last_name"))

    def to_json(self) -> dict[str, Any]:
        return {
            "made_at": self.made_at,
            "person": self.person,
            "registrations": self.registrations,
            "consent": self.consent,
            "erasure": self.erasure,
            "speaker_entries": self.speaker_entries,
            "messages": self.messages,
            "messages_note": None
            if self.messages is not None
            else "this desk keeps no record of messages sent",
            "operations": self.operations,
        }


def _registrations(session: Session, person_ids: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    regs = session.execute(
        select(Registration, Morning)
        .outerjoin(Morning, Morning.id == Registration.morning_id)
        .where(Registration.person_id.in_(person_ids))
        .order_by(Morning.date, Registration.id)
    ).all()
    for reg, morning in regs:
        row = _columns(reg)
        row["morning"] = (
            {"id": morning.id, "title": morning.title, "date": morning.date, "venue": morning.venue}
            if morning is not None
            else None
        )
        arrivals = session.execute(
            select(CheckIn, CheckInRevert)
            .outerjoin(CheckInRevert, CheckInRevert.checkin_id == CheckIn.id)
            .where(CheckIn.registration_id == reg.id)
            .order_by(CheckIn.at)
        ).all()
        row["arrivals"] = [
            {**_columns(c), "reverted": _columns(r) if r is not None else None} for c, r in arrivals
        ]
        prints = session.execute(
            select(BadgePrint).where(BadgePrint.registration_id == reg.id).order_by(BadgePrint.at)
        ).scalars()
        row["badges_printed"] = [_columns(b) for b in prints]
        out.append(row)
    return out


def _messages(session: Session, ids: set[str]) -> list[dict[str, Any]] | None:
    names = set(inspect(session.get_bind()).get_table_names())
    table = next((t for t in MESSAGE_TABLES if t in names), None)
    if table is None:
        return None
    rows = session.execute(text(f'SELECT * FROM "{table}"')).mappings().all()
    return [dict(r) for r in rows if any(str(v) in ids for v in r.values() if v is not None)]


def _operations(session: Session, ids: set[str]) -> list[dict[str, Any]]:
    clauses = [Operation.payload.contains(i) for i in ids]
    query = select(Operation).order_by(Operation.hlc)
    if clauses:
        query = query.where(or_(*clauses))
    conn = sqlite_connection(session)
    return [
        {
            "op_id": op.op_id,
            "type": op.type,
            "desk_id": op.desk_id,
            "hlc": op.hlc,
            "operator": getattr(op, "operator", None),
            "payload": dumps(full_payload(conn, op.type, op.payload, op.digest)),
        }
        for op in session.execute(query).scalars()
    ]


def person_record(ws: Workspace, person_id: str) -> PersonRecord:
    """Everything this desk holds about `person_id` (and the people merged into them)."""
    with ws.db.read() as session:
        person = session.get(Person, person_id)
        if person is None or person.created_at is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No person {ref}."), ref=person_id)
        merged = list(
            session.execute(select(Person.id).where(Person.merged_into == person_id)).scalars()
        )
        person_ids = [person_id, *merged]
        registrations = _registrations(session, person_ids)
        consent = [
            _columns(c)
            for c in session.execute(
                select(Consent).where(Consent.person_id == person_id).order_by(Consent.purpose)
            ).scalars()
        ]
        erasure = session.get(ErasureState, person_id)
        speakers = [
            _columns(s)
            for s in session.execute(
                select(Speaker).where(Speaker.person_id == person_id)
            ).scalars()
        ]
        ids = set(person_ids) | {r["id"] for r in registrations} | {s["id"] for s in speakers}
        return PersonRecord(
            person={**_columns(person), "merged_from": merged},
            registrations=registrations,
            consent=consent,
            erasure=_columns(erasure) if erasure is not None else None,
            speaker_entries=speakers,
            messages=_messages(session, ids),
            operations=_operations(session, ids),
            made_at=now_iso(),
        )


ACCESS_FORMATS = (".json", ".pdf")


def export_record(ws: Workspace, person_id: str, path: Path) -> Path:
    """Write everything held about a person to `path` (.json, or a readable .pdf), owner-only."""
    target = check_target(path, ACCESS_FORMATS)
    record = person_record(ws, person_id)
    data = record.to_json()

    def write(tmp: Path) -> None:
        if target.suffix.lower() == ".json":
            tmp.write_text(
                json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
            )
        else:
            write_person_record(data, tmp, record.name)

    write_atomically(target, write)
    return target
