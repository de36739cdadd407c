"""Import a registration file into a Morning: one transaction, a row-by-row report, re-runnable.

Promises:
- every data row ends in the report: created, updated, unchanged, duplicate within the file, or
  skipped with its reason (blank row, totals row, no name and no contact); invalid e-mails and
  phones are warnings (the row is imported without them);
- the same person is recognised by e-mail (case-insensitive) or phone (E.164, Moroccan by
  default), within the file and against the directory; a source ticket number is kept as the
  registration's `external_ref` (an alternative code) and also recognises the row on re-import;
  people who only share a name are kept apart (and counted as suggestions);
- re-importing the same or a corrected file updates instead of duplicating;
- all of it is one write transaction: an error or a cancel (the progress callback raises) leaves
  nothing behind; `dry_run` computes the same report and writes nothing.
New people and registrations are written as `import.batch` operations of `BATCH` rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.imports.mapping import Mapping, mapping_for, remember
from mornings_desktop.imports.readers import open_table
from mornings_desktop.services import categories
from mornings_desktop.services.workspace import Tx, Workspace
from mornings_desktop.store.schema import Person, Registration
from mornings_desktop.text_keys import email_key, fold, is_valid_email, phone_key
from mornings_desktop.timeutil import now_iso

BATCH = 250
Progress = Callable[[int, int, str], None]
_TOTAL_WORDS = {"total", "totaux", "sous total", "grand total", "total general", "totals"}
_PERSON_KEYS = ("first_name", "last_name", "organisation", "job_title", "email", "phone")


@dataclass(frozen=True)
class RowIssue:
    """A row skipped or warned about. `message` is English with `{}` params, for translation."""

    line: int
    code: str  # blank, totals, no_name, invalid_email, invalid_phone, same_name, duplicate
    message: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.message.format(**self.params)

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "code": self.code, "message": self.text}


@dataclass
class ImportReport:
    file: str
    kind: str
    dry_run: bool
    rows: int = 0
    created: int = 0  # new registrations
    updated: int = 0  # registrations (or their person) changed by this file
    unchanged: int = 0
    new_people: int = 0
    matched_in_directory: int = 0  # rows whose person was already in the directory
    duplicates_in_file: int = 0
    skipped: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    mapping: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["skipped"] = [i.to_json() for i in self.skipped]
        data["warnings"] = [i.to_json() for i in self.warnings]
        return data


@dataclass
class _Planned:
    """What the file says about one person (rows of the same person are folded into one)."""

    line: int
    person: dict[str, str | None]
    category: str | None
    external_ref: str | None
    note: str | None
    name_key: str = ""
    person_id: str | None = None  # existing person
    registration_id: str | None = None  # existing registration in this Morning


def _name_case(text: str) -> str:
    """`BENNANI` → `Bennani` (upper-case exports); mixed case and Arabic are kept as typed."""
    if text.isupper() and len(text) > 1:
        return " ".join(
            "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
            for word in text.split(" ")
        )
    return text


def _is_totals(cells: list[str]) -> bool:
    raw = next((c for c in cells if c.strip()), "")
    if "tot" not in raw.lower():
        return False
    first = fold(raw)
    return first in _TOTAL_WORDS or first.startswith(("total ", "totaux ", "sous total"))


class _Directory:
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
        self.reg_by_name_no_contact: dict[str, tuple[str, dict[str, Any]]] = {}
        regs = session.execute(
            select(
                Registration.id,
                Registration.person_id,
                Registration.category,
                Registration.external_ref,
                Registration.note,
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
            person = self.people.get(reg.person_id or "")
            if person and not person["email_key"] and not person["phone_key"]:
                key = _name_key(person["first_name"], person["last_name"])
                if key:
                    self.reg_by_name_no_contact.setdefault(key, (reg.id, data))
        self.codes: set[str] = set(
            code
            for code in session.execute(
                select(Registration.code).where(Registration.code.is_not(None))
            ).scalars()
            if code
        )
        self.names: set[str] = {
            _name_key(p["first_name"], p["last_name"])
            for p in self.people.values()
            if not p["erased"]
        }

    def _survivor(self, pid: str, merged: dict[str, str]) -> str:
        seen = {pid}
        while pid in merged and merged[pid] not in seen and merged[pid] in self.people:
            pid = merged[pid]
            seen.add(pid)
        return pid


def _name_key(first: str | None, last: str | None) -> str:
    return " ".join(sorted(fold(f"{first or ''} {last or ''}").split()))


def import_file(
    ws: Workspace,
    morning_id: str,
    path: Path | str,
    *,
    dry_run: bool = False,
    mapping: Mapping | None = None,
    default_category: str = "guest",
    source: str | None = None,
    progress: Progress | None = None,
    remember_mapping: bool = False,
) -> ImportReport:
    """Import `path` into the Morning `morning_id`; returns the report (see the module's promises).

    Raises ImportFileError for an unreadable file and ValidationError when no column holds a
    name; whatever the progress callback raises (a cancel) propagates after the rollback.
    """
    from mornings_desktop.services import mornings
    from mornings_desktop.services.consent_import import record_import_consents

    mornings.get(ws, morning_id)
    path = Path(path)
    table = open_table(path)
    folder = ws.path.parent
    used = mapping or mapping_for(folder, table.headers)
    if not any(f in used.columns for f in ("first_name", "last_name", "full_name")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "No column of {file} holds names (looked for Nom, Prénom, Name…)."
            ),
            file=path.name,
        )
    if remember_mapping:
        remember(folder, used)
    report = ImportReport(file=path.name, kind=table.kind, dry_run=dry_run)
    report.mapping = used.to_json()
    report.notes.extend(table.notes)
    category_of: dict[str, str] = {}
    # A real import seeds the default categories (outside its transaction); a dry run writes
    # nothing, so it matches against the defaults as they would be.
    known = categories.list_categories(ws, seed=not dry_run) or categories.default_infos()

    def run(session: Session, tx: Tx | None) -> None:
        directory = _Directory(session, morning_id)
        planned = _plan(table, used, directory, report, progress)
        _apply(ws, tx, morning_id, planned, directory, report, category_of, default_category,
               source or f"import:{path.name}", progress, known)  # fmt: skip
        if tx is not None:  # consent columns, or "not asked" (services/consent_import.py)
            record_import_consents(tx, path, used, morning_id)

    if dry_run:
        with ws.db.read() as session:
            run(session, None)
    else:
        with ws.transaction() as tx:
            run(tx.session, tx)
    return report


def _plan(
    table: Any,
    mapping: Mapping,
    directory: _Directory,
    report: ImportReport,
    progress: Progress | None,
) -> list[_Planned]:
    col = {name: mapping.index_of(name) for name in mapping.columns if name}
    planned: list[_Planned] = []
    by_email: dict[str, _Planned] = {}
    by_phone: dict[str, _Planned] = {}
    by_ref: dict[str, _Planned] = {}
    by_name: dict[str, _Planned] = {}  # rows with no contact, by name
    total = table.total or 0

    def get(cells: list[str], name: str) -> str:
        i = col.get(name)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    for line, cells in table.rows:
        report.rows += 1
        if progress is not None and report.rows % 200 == 0:
            progress(report.rows, max(total, report.rows), "reading")
        if not any(c.strip() for c in cells):
            report.skipped.append(
                RowIssue(
                    line,
                    "blank",
                    QT_TRANSLATE_NOOP("imports", "Row {line}: blank row."),
                    {"line": str(line)},
                )
            )
            continue
        if _is_totals(cells):
            report.skipped.append(
                RowIssue(
                    line,
                    "totals",
                    QT_TRANSLATE_NOOP("imports", "Row {line}: totals row."),
                    {"line": str(line)},
                )
            )
            continue
        first, last = _name_case(get(cells, "first_name")), _name_case(get(cells, "last_name"))
        full = get(cells, "full_name")
        if full and not (first or last):
            head, _, rest = _name_case(full).partition(" ")
            first, last = head, rest
        email = get(cells, "email")
        phone = get(cells, "phone")
        if email and not is_valid_email(email):
            report.warnings.append(
                RowIssue(
                    line,
                    "invalid_email",
                    QT_TRANSLATE_NOOP(
                        "imports",
                        "Row {line}: “{email}” is not a valid e-mail; imported without it.",
                    ),
                    {"line": str(line), "email": email},
                )
            )
            email = ""
        pkey = phone_key(phone) if phone else None
        if phone and pkey is None:
            report.warnings.append(
                RowIssue(
                    line,
                    "invalid_phone",
                    QT_TRANSLATE_NOOP(
                        "imports", "Row {line}: “{phone}” is not a phone number; kept as typed."
                    ),
                    {"line": str(line), "phone": phone},
                )
            )
        ekey = email_key(email)
        ref = get(cells, "external_ref") or None
        if not (first or last):
            code, message = (
                ("no_name", QT_TRANSLATE_NOOP("imports", "Row {line}: no name; skipped."))
                if (ekey or pkey)
                else (
                    "no_name_no_contact",
                    QT_TRANSLATE_NOOP("imports", "Row {line}: no name and no contact; skipped."),
                )
            )
            report.skipped.append(RowIssue(line, code, message, {"line": str(line)}))
            continue
        person: dict[str, str | None] = {
            "first_name": first or None,
            "last_name": last or None,
            "organisation": get(cells, "organisation") or None,
            "job_title": get(cells, "job_title") or None,
            "email": email or None,
            "phone": phone or None,
        }
        name_key = _name_key(first, last)
        earlier = (
            (by_email.get(ekey) if ekey else None)
            or (by_phone.get(pkey) if pkey else None)
            or (by_ref.get(ref) if ref else None)
            or (by_name.get(name_key) if not (ekey or pkey) else None)
        )
        if earlier is not None:
            report.duplicates_in_file += 1
            report.warnings.append(
                RowIssue(
                    line,
                    "duplicate",
                    QT_TRANSLATE_NOOP(
                        "imports", "Row {line}: same person as row {first}; rows merged."
                    ),
                    {"line": str(line), "first": str(earlier.line)},
                )
            )
            for key, value in person.items():  # a later row fills what the earlier one lacked
                if value and not earlier.person.get(key):
                    earlier.person[key] = value
            earlier.category = earlier.category or (get(cells, "category") or None)
            earlier.external_ref = earlier.external_ref or ref
            item = earlier
        else:
            item = _Planned(
                line,
                person,
                get(cells, "category") or None,
                ref,
                get(cells, "note") or None,
                name_key,
            )
            planned.append(item)
        if ekey:
            by_email.setdefault(ekey, item)
        if pkey:
            by_phone.setdefault(pkey, item)
        if ref:
            by_ref.setdefault(ref, item)
        if not (ekey or pkey):
            by_name.setdefault(name_key, item)
    if progress is not None:
        progress(report.rows, report.rows, "reading")
    return planned


def _apply(
    ws: Workspace,
    tx: Tx | None,
    morning_id: str,
    planned: list[_Planned],
    directory: _Directory,
    report: ImportReport,
    category_of: dict[str, str],
    default_category: str,
    source: str,
    progress: Progress | None,
    known: list[categories.CategoryInfo],
) -> None:
    new_people: list[dict[str, Any]] = []
    new_regs: list[dict[str, Any]] = []
    now = now_iso()

    def flush() -> None:
        if tx is not None and (new_people or new_regs):
            tx.record("import.batch", {"people": list(new_people), "registrations": list(new_regs)})
        new_people.clear()
        new_regs.clear()

    def category(text: str | None) -> str:
        if not text:
            return default_category
        if text not in category_of:
            category_of[text] = categories.match_category(ws, text, default_category, known)
        return category_of[text]

    for done, item in enumerate(planned, 1):
        if progress is not None and done % 200 == 0:
            progress(done, len(planned), "writing")
        p = item.person
        ekey, pkey = email_key(p["email"]), phone_key(p["phone"])
        reg: tuple[str, dict[str, Any]] | None = None
        if item.external_ref:
            reg = directory.reg_by_ref.get(item.external_ref)
        person_id = reg[1]["person_id"] if reg else None
        if person_id is None:
            person_id = (directory.by_email.get(ekey) if ekey else None) or (
                directory.by_phone.get(pkey) if pkey else None
            )
        if person_id is None and not (ekey or pkey):
            by_name = directory.reg_by_name_no_contact.get(item.name_key)
            if by_name is not None:
                reg = by_name
                person_id = by_name[1]["person_id"]
        if person_id is not None and reg is None:
            reg = directory.reg_by_person.get(person_id)
        wanted_category = category(item.category)
        if person_id is None:
            if item.name_key in directory.names:
                report.warnings.append(
                    RowIssue(
                        item.line,
                        "same_name",
                        QT_TRANSLATE_NOOP(
                            "imports",
                            "Row {line}: someone called {name} is already in the directory with "
                            "other contact details; kept apart (see duplicate suggestions).",
                        ),
                        {
                            "line": str(item.line),
                            "name": f"{p['first_name'] or ''} {p['last_name'] or ''}".strip(),
                        },
                    )
                )
            person_id = str(uuid.uuid4())
            given = {k: v for k, v in p.items() if v}
            new_people.append({"id": person_id, "fields": {**given, "created_at": now}})
            report.new_people += 1
        else:
            report.matched_in_directory += 1
        changed = False
        if person_id in directory.people:
            current = directory.people[person_id]
            if not current["erased"]:
                # Fill in and correct: a value in the file wins; an empty cell never blanks one.
                changes = {k: v for k, v in p.items() if v and v != current.get(k)}
                if changes:
                    changed = True
                    if tx is not None:
                        tx.record("person.updated", {"id": person_id, "fields": changes})
        if reg is None:
            registration_id = str(uuid.uuid4())
            code = _fresh_code(ws, directory.codes)
            new_regs.append(
                {
                    "id": registration_id,
                    "fields": {
                        "morning_id": morning_id,
                        "person_id": person_id,
                        "category": wanted_category,
                        "code": code,
                        "external_ref": item.external_ref,
                        "source": source,
                        "status": "registered",
                        "registered_at": now,
                        "walk_in": False,
                        "note": item.note,
                    },
                }
            )
            report.created += 1
            directory.reg_by_person[person_id] = (registration_id, {"person_id": person_id})
        else:
            registration_id, data = reg
            fields: dict[str, Any] = {}
            if item.category and wanted_category != data.get("category"):
                fields["category"] = wanted_category
            if item.external_ref and item.external_ref != data.get("external_ref"):
                fields["external_ref"] = item.external_ref
            if item.note and item.note != data.get("note"):
                fields["note"] = item.note
            if fields:
                changed = True
                if tx is not None:
                    tx.record("registration.updated", {"id": registration_id, "fields": fields})
            if data.get("status") == "cancelled":
                report.notes.append(f"row {item.line}: registration was cancelled; left cancelled")
            if changed:
                report.updated += 1
            else:
                report.unchanged += 1
        if len(new_people) + len(new_regs) >= 2 * BATCH:
            flush()
    flush()


def _fresh_code(ws: Workspace, taken: set[str]) -> str:
    """A new signed code not used by any registration in this database."""
    from mornings_desktop import codes

    key = ws.ticket_key
    while True:
        code = codes.make_code(key)
        if code not in taken:
            taken.add(code)
            return code
