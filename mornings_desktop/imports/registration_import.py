"""Import a registration file into a Morning: one transaction, a row-by-row report, re-runnable.

Promises:
- every data row ends in the report: created, updated, unchanged, duplicate within the file, or
  skipped with its reason (blank row, totals row, no name and no contact, a field longer than
  `text_keys.FIELD_LIMITS`: never cut short); invalid e-mails and phones are warnings (the row is
  imported without them); control and bidi-override characters are removed, with a warning;
- the same person is recognised by e-mail (case-insensitive) or phone (E.164, Moroccan by
  default), within the file and against the directory; a source ticket number is kept as the
  registration's `external_ref` (an alternative code) and also recognises the row on re-import;
- the same-name rule (issue 15): a row whose name (case, accents, word order aside) is that of
  someone registered for this Morning (by an earlier row too) and whose e-mail and phone do not
  contradict theirs (missing on one side, or equal) is that person; when they contradict, the row
  is a new person, warned about (`same_name`) and listed in People's duplicate suggestions.
  Never two registrations of one person in one Morning; a speaker's registration keeps its
  category;
- re-importing the same or a corrected file updates instead of duplicating;
- all of it is one write transaction, the default categories it may seed included: a refused
  file, an error or a cancel (the progress callback raises) leaves nothing behind; `dry_run`
  computes the same report and writes nothing.
The work is split: `readers` (and `preflight`) read the file, `planning` turns rows into people,
`directory` is what the database knows, `report` what the person is told; this module writes.
New people and registrations are written as `import.batch` operations of `BATCH` rows.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.imports.directory import Directory
from mornings_desktop.imports.mapping import Mapping, mapping_for, remember
from mornings_desktop.imports.planning import Planned, Progress, plan
from mornings_desktop.imports.readers import open_table
from mornings_desktop.imports.report import ImportReport, RowIssue
from mornings_desktop.services import categories
from mornings_desktop.services.flag_list import import_words, read_flags
from mornings_desktop.services.workspace import Tx, Workspace
from mornings_desktop.text_keys import email_key, fold, phone_key
from mornings_desktop.timeutil import now_iso

__all__ = ["BATCH", "ImportReport", "RowIssue", "import_file"]
BATCH = 250


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
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> ImportReport:
    """Import `path` into the Morning `morning_id`; returns the report (see the module's promises).

    Raises ImportFileError for an unreadable file and ValidationError when no column holds a
    name; whatever the progress callback raises (a cancel) propagates after the rollback.
    """
    from mornings_desktop.services import mornings
    from mornings_desktop.services.consent_import import record_import_consents

    mornings.get(ws, morning_id)
    path = Path(path)
    table = open_table(path, sheet=sheet, encoding=encoding, delimiter=delimiter)
    folder = ws.path.parent
    used = mapping or mapping_for(folder, table.headers)
    source_of_mapping = "given" if mapping else ("remembered" if used.remembered else "guessed")
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
    report.encoding, report.encoding_guessed = table.encoding, table.encoding_guessed
    report.mapping = used.to_json()
    report.mapping_source = source_of_mapping
    report.delimiter, report.sheet, report.sheets = table.delimiter, table.sheet, table.sheets
    report.unreadable_sheets = {name: str(exc) for name, exc in table.unreadable.items()}
    report.notes.extend(table.notes)
    category_of: dict[str, str | None] = {}
    # A database without categories gets the defaults, seeded in the import's own transaction (a
    # refused file leaves none behind); a dry run matches against them as they would be.
    known = categories.list_categories(ws, seed=False)
    seed = not known
    known = known or categories.default_infos()

    def run(session: Session, tx: Tx | None) -> None:
        planned = plan(table, used, report, progress, import_words(read_flags(session)))
        directory = Directory(
            session, morning_id,
            emails={k for p in planned if (k := email_key(p.person["email"]))},
            phones={k for p in planned if (k := phone_key(p.person["phone"]))},
            names={p.name_key for p in planned if p.name_key},
        )  # fmt: skip
        if tx is not None and seed:
            _seed_categories(tx, known)
        people = _apply(ws, tx, morning_id, planned, directory, report, category_of,
                        default_category, source or f"import:{path.name}", progress, known)  # fmt: skip
        if tx is not None:  # consent columns, or "not asked" (services/consent_import.py)
            record_import_consents(tx, [(pid, item.consents) for pid, item in people])

    if dry_run:
        with ws.db.read() as session:
            run(session, None)
    else:
        with ws.transaction() as tx:
            run(tx.session, tx)
    return report


def _apply(
    ws: Workspace,
    tx: Tx | None,
    morning_id: str,
    planned: list[Planned],
    directory: Directory,
    report: ImportReport,
    category_of: dict[str, str | None],
    default_category: str,
    source: str,
    progress: Progress | None,
    known: list[categories.CategoryInfo],
) -> list[tuple[str, Planned]]:
    """Write the planned rows; returns each row's person (found or created) with the row."""
    people: list[tuple[str, Planned]] = []
    new_people: list[dict[str, Any]] = []
    new_regs: list[dict[str, Any]] = []
    pending: dict[str, dict[str, Any]] = {}  # new people's fields until their batch is written
    now = now_iso()

    def flush() -> None:
        if tx is not None and (new_people or new_regs):
            tx.record("import.batch", {"people": list(new_people), "registrations": list(new_regs)})
        new_people.clear()
        new_regs.clear()
        pending.clear()

    unknown: dict[str, tuple[str, list[int]]] = {}  # folded name -> (as first written, rows)

    def category(text: str | None, line: int) -> str:
        if not text:
            return default_category
        if text not in category_of:
            category_of[text] = categories.find_category(ws, text, known)
        found = category_of[text]
        if found is None:  # said once per name in the report, with its rows
            unknown.setdefault(fold(text), (text.strip(), []))[1].append(line)
            return default_category
        return found

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
        if person_id is None:  # the same-name rule: a registered namesake not contradicted
            person_id = directory.same_person(item.name_key, ekey, pkey)
        if person_id is not None and reg is None:
            reg = directory.reg_by_person.get(person_id)
        wanted_category = category(item.category, item.line)
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
            pending[person_id] = {**given, "created_at": now}
            new_people.append({"id": person_id, "fields": pending[person_id]})
            directory.learn(person_id, given, ekey, pkey)
            directory.names.add(item.name_key)
            report.new_people += 1
        else:
            report.matched_in_directory += 1
        changed = False
        if person_id in directory.people:
            current = directory.people[person_id]
            if not current["erased"]:
                # Fill in and correct: a value in the file wins; an empty cell never blanks one.
                # A phone written another way (`+212 6 61 23 45 67` for `0661234567`, as our
                # own exports write it) is the same phone, not a correction.
                changes = {
                    k: v
                    for k, v in p.items()
                    if v
                    and v != current.get(k)
                    and not (k == "phone" and pkey and pkey == phone_key(current.get(k)))
                }
                if changes:
                    changed = True
                    if person_id in pending:  # created by this import, not yet written
                        pending[person_id].update(changes)
                    elif tx is not None:
                        tx.record("person.updated", {"id": person_id, "fields": changes})
                    directory.learn(
                        person_id, changes, email_key(changes.get("email")),
                        phone_key(changes.get("phone")),
                    )  # fmt: skip
        if reg is None:
            registration_id = str(uuid.uuid4())
            code = _fresh_code(ws, directory)
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
                        **({"flags": list(item.flags)} if item.flags else {}),
                    },
                }
            )
            report.created += 1
            directory.reg_by_person[person_id] = (registration_id, {"person_id": person_id})
            directory.registered(person_id, item.name_key)
        else:
            registration_id, data = reg
            fields: dict[str, Any] = {}
            # A speaker stays a speaker: the agenda made them one, a list of guests does not undo it
            if (
                item.category
                and wanted_category != data.get("category")
                and data.get("category") != "speaker"
            ):
                fields["category"] = wanted_category
            if item.external_ref and item.external_ref != data.get("external_ref"):
                fields["external_ref"] = item.external_ref
            if item.note and item.note != data.get("note"):
                fields["note"] = item.note
            if item.flags and " ".join(sorted(item.flags)) != (data.get("flags") or ""):
                fields["flags"] = list(item.flags)
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
        people.append((person_id, item))
        if len(new_people) + len(new_regs) >= 2 * BATCH:
            flush()
    flush()
    report.warnings.extend(_unknown_category(text, rows) for text, rows in unknown.values())
    return people


def _unknown_category(text: str, rows: list[int]) -> RowIssue:
    """A category name the desk does not know: its rows took the default category."""
    return RowIssue(
        rows[0],
        "unknown_category",
        QT_TRANSLATE_NOOP(
            "imports",
            "Rows {rows}: “{category}” is not one of the desk's categories, so they have the "
            "default category; correct the file and import it again, or change their category "
            "in People.",
        ),
        {"category": text, "rows": ", ".join(map(str, rows)), "count": str(len(rows))},
    )


def _seed_categories(tx: Tx, known: list[categories.CategoryInfo]) -> None:
    """The default categories, as `categories.ensure_defaults` records them."""
    for info in known:
        tx.record(
            "category.created",
            {
                "id": info.key,
                "fields": {
                    "label_fr": info.label_fr,
                    "label_en": info.label_en,
                    "colour": info.colour,
                    "position": info.position,
                },
            },
        )


def _fresh_code(ws: Workspace, directory: Directory) -> str:
    """A new signed code not used by any registration in this database."""
    from mornings_desktop import codes

    key = ws.ticket_key
    while True:
        code = codes.make_code(key)
        if not directory.code_taken(code):
            directory.codes.add(code)
            return code
