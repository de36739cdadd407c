"""From a table's rows to one planned person each: cleaned cells, field limits, rows skipped or
warned about, and rows of the same person (same e-mail, phone or ticket) folded into one."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping as Lookup
from dataclasses import dataclass, field
from typing import Any

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.imports.consent_cells import COLUMNS as CONSENT_COLUMNS
from mornings_desktop.imports.consent_cells import answer
from mornings_desktop.imports.mapping import Mapping
from mornings_desktop.imports.report import ImportReport, RowIssue
from mornings_desktop.services.registration_flags import from_cell
from mornings_desktop.text_keys import (
    FIELD_LIMITS,
    email_key,
    fold,
    has_controls,
    is_valid_email,
    name_key,
    phone_key,
    strip_controls,
)

Progress = Callable[[int, int, str], None]
_TOTAL_WORDS = {"total", "totaux", "sous total", "grand total", "total general", "totals"}
# One message a field, so that each is translated whole ("Ligne 14 : prénom de plus de…").
TOO_LONG = {
    "first_name": QT_TRANSLATE_NOOP(
        "imports", "Row {line}: first name longer than {max} characters; skipped."
    ),
    "last_name": QT_TRANSLATE_NOOP(
        "imports", "Row {line}: last name longer than {max} characters; skipped."
    ),
    "full_name": QT_TRANSLATE_NOOP(
        "imports", "Row {line}: name longer than {max} characters; skipped."
    ),
    "organisation": QT_TRANSLATE_NOOP(
        "imports", "Row {line}: organisation longer than {max} characters; skipped."
    ),
    "job_title": QT_TRANSLATE_NOOP(
        "imports", "Row {line}: job title longer than {max} characters; skipped."
    ),
    "email": QT_TRANSLATE_NOOP(
        "imports", "Row {line}: e-mail longer than {max} characters; skipped."
    ),
    "phone": QT_TRANSLATE_NOOP(
        "imports", "Row {line}: phone longer than {max} characters; skipped."
    ),
    "category": QT_TRANSLATE_NOOP(
        "imports", "Row {line}: category longer than {max} characters; skipped."
    ),
    "external_ref": QT_TRANSLATE_NOOP(
        "imports", "Row {line}: ticket number longer than {max} characters; skipped."
    ),
    "note": QT_TRANSLATE_NOOP("imports", "Row {line}: note longer than {max} characters; skipped."),
}


@dataclass
class Planned:
    """What the file says about one person (rows of the same person are folded into one)."""

    line: int
    person: dict[str, str | None]
    category: str | None
    external_ref: str | None
    note: str | None
    name_key: str = ""
    person_id: str | None = None  # existing person
    flags: tuple[str, ...] = ()  # services/registration_flags.py keys
    # The answers of the file's consent columns (purpose -> yes/no; a blank cell gives none).
    consents: dict[str, str] = field(default_factory=dict)
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


def plan(
    table: Any,
    mapping: Mapping,
    report: ImportReport,
    progress: Progress | None,
    flag_words: Lookup[str, str] | None = None,
) -> list[Planned]:
    """The rows to import; `flag_words` are the organiser's flag labels (`flag_list`)."""
    col = {name: mapping.index_of(name) for name in mapping.columns if name}
    planned: list[Planned] = []
    by_email: dict[str, Planned] = {}
    by_phone: dict[str, Planned] = {}
    by_ref: dict[str, Planned] = {}
    by_name: dict[str, Planned] = {}  # rows with no contact, by name
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
        if any(has_controls(c) for c in cells):
            cells = [strip_controls(c) for c in cells]
            report.warnings.append(
                RowIssue(
                    line,
                    "control_characters",
                    QT_TRANSLATE_NOOP(
                        "imports",
                        "Row {line}: invisible control characters removed (they could reorder "
                        "or hide text).",
                    ),
                    {"line": str(line)},
                )
            )
        too_long = next(
            (f for f, most in FIELD_LIMITS.items() if f in col and len(get(cells, f)) > most),
            None,
        )
        if too_long is not None:
            report.skipped.append(
                RowIssue(
                    line,
                    "too_long",
                    TOO_LONG[too_long],
                    {"line": str(line), "max": str(FIELD_LIMITS[too_long])},
                )
            )
            continue
        first, last = _name_case(get(cells, "first_name")), _name_case(get(cells, "last_name"))
        full = get(cells, "full_name")
        if full and not (first or last):
            head, _, rest = _name_case(full).partition(" ")
            first, last = head, rest
            if len(first) > FIELD_LIMITS["first_name"] or len(last) > FIELD_LIMITS["last_name"]:
                field = "first_name" if len(first) > FIELD_LIMITS["first_name"] else "last_name"
                report.skipped.append(
                    RowIssue(
                        line,
                        "too_long",
                        TOO_LONG[field],
                        {"line": str(line), "max": str(FIELD_LIMITS[field])},
                    )
                )
                continue
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
        flags, unknown = from_cell(get(cells, "flags"), flag_words)
        if unknown:
            report.warnings.append(
                RowIssue(
                    line,
                    "unknown_flag",
                    QT_TRANSLATE_NOOP(
                        "imports",
                        "Row {line}: “{words}” is not in the list of flags (Settings, "
                        "Flags…); ignored.",
                    ),
                    {"line": str(line), "words": ", ".join(unknown)[:100]},
                )
            )
        consents = {
            purpose: said
            for column, purpose in CONSENT_COLUMNS.items()
            if column in col and (said := answer(get(cells, column))) != "not_asked"
        }
        key = name_key(first, last)
        earlier = (
            (by_email.get(ekey) if ekey else None)
            or (by_phone.get(pkey) if pkey else None)
            or (by_ref.get(ref) if ref else None)
            or (by_name.get(key) if not (ekey or pkey) else None)
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
            earlier.flags = earlier.flags or flags
            earlier.consents.update(consents)  # a later row's answer counts, a blank never
            item = earlier
        else:
            item = Planned(
                line,
                person,
                get(cells, "category") or None,
                ref,
                get(cells, "note") or None,
                key,
                flags=flags,
                consents=consents,
            )
            planned.append(item)
        if ekey:
            by_email.setdefault(ekey, item)
        if pkey:
            by_phone.setdefault(pkey, item)
        if ref:
            by_ref.setdefault(ref, item)
        if not (ekey or pkey):
            by_name.setdefault(key, item)
    if progress is not None:
        progress(report.rows, report.rows, "reading")
    return planned
