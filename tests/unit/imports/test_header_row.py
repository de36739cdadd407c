"""Real lists carry a title above the header and totals below the people: the header is found."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from mornings_desktop.imports.header_row import first_header
from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.services import categories, mornings, registrations
from mornings_desktop.services.workspace import Workspace

PEOPLE = [
    ["Amina", "Bennani", "amina@example.ma", "OCP"],
    ["Youssef", "El Idrissi", "youssef@example.ma", "Maroc Telecom"],
    ["Leïla", "Chraibi", "leila@example.ma", "Médias24"],
]


@pytest.fixture
def morning(ws: Workspace) -> str:
    categories.ensure_defaults(ws)
    return mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))


def _titled_xlsx(path: Path) -> Path:
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(["Liste des inscrits — Matinale du 10 décembre"])
    sheet.merge_cells("A1:D1")  # a merged title cell, as organisers make them
    sheet.append(["Club Made in Morocco", None, None, "Édité le 01/12/2026"])
    sheet.append([])
    sheet.append(["Prénom", "Nom", "E-mail", "Société"])
    for row in PEOPLE:
        sheet.append(row)
    sheet.append([])
    sheet.append(["Total", None, None, "3 inscrits"])
    wb.save(path)
    return path


def test_title_rows_above_the_header_are_left_out(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    report = import_file(ws, morning, _titled_xlsx(tmp_path / "inscrits.xlsx"))
    assert report.created == 3
    names = sorted(r.name for r in registrations.list_registrations(ws, morning))
    assert names == ["Amina Bennani", "Leïla Chraibi", "Youssef El Idrissi"]
    assert {i.code for i in report.skipped} == {"blank", "totals"}  # told, and not people


def test_a_csv_with_a_title_line(ws: Workspace, morning: str, tmp_path: Path) -> None:
    path = tmp_path / "inscrits.csv"
    lines = ["Matinale du 10 décembre;;;", ";;;", "Prénom;Nom;E-mail;Société"]
    lines += [";".join(row) for row in PEOPLE]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_file(ws, morning, path).created == 3


def test_the_command_line_imports_a_titled_list(db_path: Path, tmp_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    try:
        categories.ensure_defaults(ws)
        mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    finally:
        ws.close()
    run = subprocess.run(
        [sys.executable, "-m", "mornings_desktop", "--db", str(db_path), "import",
         str(_titled_xlsx(tmp_path / "inscrits.xlsx")), "--event", "2026-12-10", "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert '"created": 3' in run.stdout


def test_without_a_recognisable_header_the_first_row_stays_the_header() -> None:
    rows = iter([(1, ["a", "b"]), (2, ["1", "2"])])
    headers, line, rest = first_header(rows)
    assert (headers, line, list(rest)) == (["a", "b"], 1, [(2, ["1", "2"])])


def test_a_data_row_naming_one_field_is_not_taken_for_the_header() -> None:
    rows = iter([(1, ["Nom", "Ville"]), (2, ["E-mail", "Rabat"]), (3, ["x@y.ma", "Fès"])])
    headers, line, _ = first_header(rows)
    assert (headers, line) == (["Nom", "Ville"], 1)
