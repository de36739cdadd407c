"""Workbooks of several sheets: the import reads the sheet that holds the people (or the one the
person names with `--sheet`), says which, and catches hostile content in any sheet it reads —
including the sheets the readers build whole at opening (.ods tables, .xls sheets), which are
left out on their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from mornings_desktop.services import categories, mornings
from mornings_desktop.services.workspace import Workspace
from tests.unit.imports import hostile, hostile_workbooks
from tests.unit.imports.test_hostile_files import MEMORY_MB, SECONDS, counts


@pytest.fixture
def database(tmp_path: Path) -> Path:
    db = tmp_path / "desk.sqlite3"
    ws = Workspace.open(db, "Accueil 1")
    categories.ensure_defaults(ws)
    mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt Regency")
    )
    ws.close()
    return db


PEOPLE = [(0, 0, "Nom"), (0, 1, "Prénom"), (1, 0, "Bennani"), (1, 1, "Karim")]


def summary_then_people_xlsx(path: Path) -> Path:
    """A summary sheet first (a title, a count), then the list, as associations keep them."""
    wb = Workbook()
    summary = wb.active
    summary.title = "Résumé"
    summary.append(["Matinale du 10 décembre — bilan"])
    summary.append(["Inscrits", 3])
    summary.append(["Présents", 2])
    people = wb.create_sheet("Inscrits")
    people.append(["Nom", "Prénom", "Société", "E-mail"])
    people.append(["Bennani", "Karim", "Atlas Conseil", "k.bennani@atlas.ma"])
    people.append(["Lefèvre", "Hélène", "Société Générale Maroc", "helene@sgmaroc.ma"])
    people.append(["Tazi", "Salma", "Cosumar", "salma.tazi@cosumar.ma"])
    wb.create_sheet("Notes").append(["À rappeler la veille"])
    wb.save(path)
    return path


def test_the_sheet_holding_the_people_is_found_and_named(database: Path, tmp_path: Path) -> None:
    file = summary_then_people_xlsx(tmp_path / "Matinale.xlsx")
    run = hostile.run_import(database, file, timeout=SECONDS + 30)
    assert run.status == 0, run.stderr
    assert "3 created" in run.stdout
    assert "sheet: Inscrits (of Résumé, Inscrits, Notes)" in run.stdout


def test_the_sheet_named_or_numbered_is_read(database: Path, tmp_path: Path) -> None:
    file = summary_then_people_xlsx(tmp_path / "Matinale.xlsx")
    run = hostile.run_import(database, file, "--sheet", "2", "--dry-run")
    assert run.status == 0, run.stderr
    assert "3 created" in run.stdout and "sheet: Inscrits" in run.stdout
    run = hostile.run_import(database, file, "--sheet", "inscrits", "--dry-run")
    assert run.status == 0, run.stderr
    assert "3 created" in run.stdout
    # the summary sheet, chosen on purpose, has no names: said in one line, nothing written
    before = counts(database)
    run = hostile.run_import(database, file, "--sheet", "Résumé")
    assert run.status == 2 and "holds names" in run.stderr
    assert counts(database) == before


def test_an_unknown_sheet_is_refused_with_the_list(database: Path, tmp_path: Path) -> None:
    file = summary_then_people_xlsx(tmp_path / "Matinale.xlsx")
    before = counts(database)
    run = hostile.run_import(database, file, "--sheet", "Feuil9")
    assert run.status == 2, run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and "Feuil9" in lines[0], run.stderr
    assert "Résumé, Inscrits, Notes" in lines[0]
    run = hostile.run_import(database, file, "--sheet", "4")
    assert run.status == 2 and "Résumé, Inscrits, Notes" in run.stderr
    assert counts(database) == before


def test_a_hostile_sheet_chosen_is_refused(database: Path, tmp_path: Path) -> None:
    file = hostile.sheets_xlsx(
        tmp_path / "Inscrits.xlsx",
        [("Inscrits", hostile.people_sheet()), ("Archive", hostile.far_cell_sheet())],
    )
    run = hostile.run_import(database, file, "--sheet", "Archive", timeout=SECONDS + 30)
    assert run.status == 2, run.stderr[-2000:]
    assert "as far as XFD1048576" in run.stderr and "Archive" in run.stderr
    assert run.max_rss_mb < MEMORY_MB
    # the first sheet, the list, is read without touching the other one
    run = hostile.run_import(database, file, timeout=SECONDS + 30)
    assert run.status == 0, run.stderr
    assert "1 created" in run.stdout


def test_a_hostile_second_ods_table_is_left_out(database: Path, tmp_path: Path) -> None:
    """The .ods reader builds every table at opening: a bomb in the second one aborted the
    process (a 1 GB allocation), then refused the whole file; now that table alone is left out
    (see `test_hostile_sheets_ods_xls`)."""
    file = hostile.ods_tables(
        tmp_path / "Inscrits.ods",
        [
            ("Inscrits", hostile.ods_rows([["Nom", "Prénom"], ["Bennani", "Karim"]])),
            ("Brouillon", hostile.ods_bomb_rows(99_000, 1_000)),
        ],
    )
    assert file.stat().st_size < 2000
    run = hostile.run_import(database, file, timeout=SECONDS + 30)
    assert run.status == 0, run.stderr[-2000:]
    assert "1 created" in run.stdout and "sheet not read: Brouillon: " in run.stdout
    assert "as far as ALL1 " in run.stdout and run.max_rss_mb < MEMORY_MB


def test_a_hostile_second_xls_sheet_is_left_out(database: Path, tmp_path: Path) -> None:
    """The .xls reader too builds every sheet: a second sheet claiming IV65536 took 540 MB, then
    refused the whole file; now that sheet alone is left out."""
    file = hostile.xls_sheets(
        tmp_path / "Inscrits.xls",
        [("Inscrits", PEOPLE, None), ("Archive", [(0, 0, "x"), (65535, 255, "y")], (65536, 256))],
    )
    run = hostile.run_import(database, file, timeout=SECONDS + 30)
    assert run.status == 0, run.stderr[-2000:]
    assert "1 created" in run.stdout and "sheet not read: Archive: " in run.stdout
    assert "as far as IV65536" in run.stdout and run.max_rss_mb < MEMORY_MB


def test_sheets_of_ods_and_xls_are_chosen_too(database: Path, tmp_path: Path) -> None:
    ods = hostile.ods_tables(
        tmp_path / "Matinale.ods",
        [
            ("Résumé", hostile.ods_rows([["Total", "3"]])),
            ("Inscrits", hostile.ods_rows([["Nom", "Prénom"], ["Bennani", "Karim"]])),
        ],
    )
    run = hostile.run_import(database, ods, "--dry-run")
    assert run.status == 0, run.stderr
    assert "1 created" in run.stdout and "sheet: Inscrits" in run.stdout
    xls = hostile.xls_sheets(
        tmp_path / "Matinale.xls",
        [("Resume", [(0, 0, "Total"), (0, 1, "3")], None), ("Liste", PEOPLE, None)],
    )
    run = hostile.run_import(database, xls, "--sheet", "Liste", "--dry-run")
    assert run.status == 0, run.stderr
    assert "1 created" in run.stdout and "sheet: Liste" in run.stdout


def test_a_hostile_first_sheet_does_not_refuse_the_list_after_it(
    database: Path, tmp_path: Path
) -> None:
    """A draft sheet before the list (a cell at XFD1048576; by openpyxl, a dimension claiming the
    whole sheet): refused by the look before, said, and the list read, within the same bounds.
    Before: the whole file was refused."""
    file = hostile.sheets_xlsx(
        tmp_path / "Inscrits.xlsx",
        [("Archive", hostile.far_cell_sheet()), ("Inscrits", hostile.people_sheet())],
    )
    run = hostile.run_import(database, file, timeout=SECONDS + 30)
    assert run.status == 0, run.stderr[-2000:]
    assert "1 created" in run.stdout and "sheet: Inscrits (of Archive, Inscrits)" in run.stdout
    assert "sheet not read: Archive: " in run.stdout and "XFD1048576" in run.stdout
    assert run.max_rss_mb < MEMORY_MB
    made = hostile_workbooks.hostile_first_xlsx(tmp_path / "Matinale.xlsx")
    run = hostile.run_import(database, made, timeout=SECONDS + 30)
    assert run.status == 0, run.stderr[-2000:]
    assert "2 created" in run.stdout and "sheet not read: Brouillon: " in run.stdout
    # nothing readable at all: the refusal, as before, and nothing written
    before = counts(database)
    alone = hostile.sheets_xlsx(
        tmp_path / "Brouillons.xlsx",
        [("Archive", hostile.far_cell_sheet()), ("Autre", hostile.far_cell_sheet())],
    )
    run = hostile.run_import(database, alone, timeout=SECONDS + 30)
    assert run.status == 2 and "XFD1048576" in run.stderr and len(run.stderr.splitlines()) == 1
    assert counts(database) == before
