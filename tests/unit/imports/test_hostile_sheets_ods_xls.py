""".ods and .xls workbooks with one hostile sheet beside the list: the hostile sheet is left out
with its reason and the list is read, as for .xlsx — through the service the window and the
command line use, and with `mornings import` in a child process under the memory cap.

Before: the .ods and .xls readers build every sheet when the file is opened, so the look before
refused the whole file for one hostile sheet, even one the person never meant to read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mornings_desktop.imports.readers import ImportFileError, look, open_table
from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.services import categories, mornings, registrations
from mornings_desktop.services.workspace import Workspace
from tests.unit.imports import hostile
from tests.unit.imports.test_hostile_files import MEMORY_MB, SECONDS, assert_refused, counts

PEOPLE = [["Nom", "Prénom"], ["Bennani", "Karim"], ["Lefèvre", "Hélène"]]
PEOPLE_XLS = [
    (0, 0, "Nom"), (0, 1, "Prénom"), (1, 0, "Bennani"), (1, 1, "Karim"),
    (2, 0, "Lefèvre"), (2, 1, "Hélène"),
]  # fmt: skip


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


# -- the hostile sheets ---------------------------------------------------------------------------
def _ods_bomb() -> str:
    """99,000 rows of 1,000 filled cells, from a few hundred bytes (a 1 GB table once read)."""
    return hostile.ods_bomb_rows(99_000, 1_000)


def _ods_wide() -> str:
    """Three rows of 16,000 filled repeated columns."""
    return hostile.ods_rows([["Archive"]]) + hostile.ods_bomb_rows(3, 16_000)


def _ods_long_cell() -> str:
    """A cell of 200,000 characters, more than any spreadsheet program keeps in one."""
    return hostile.ods_rows([["Notes"], ["K" * 200_000]])


ODS_HOSTILE: dict[str, tuple[Callable[[], str], str]] = {
    "bomb": (_ods_bomb, "as far as ALL"),
    "wide": (_ods_wide, "as far as"),
    "long-cell": (_ods_long_cell, "more than 32767 characters (Brouillon!A2)"),
}
XLS_HOSTILE: dict[str, tuple[list[tuple[int, int, str]], tuple[int, int] | None]] = {
    "far-cell": ([(0, 0, "x"), (65535, 255, "y")], None),
    "declared": ([(0, 0, "x")], (65536, 256)),
}


def ods_file(path: Path, hostile_first: bool, kind: str = "bomb") -> Path:
    bad = ("Brouillon", ODS_HOSTILE[kind][0]())
    good = ("Inscrits", hostile.ods_rows(PEOPLE))
    return hostile.ods_tables(path, [bad, good] if hostile_first else [good, bad])


def xls_file(path: Path, hostile_first: bool, kind: str = "far-cell") -> Path:
    cells, dimension = XLS_HOSTILE[kind]
    bad = ("Brouillon", cells, dimension)
    good = ("Inscrits", PEOPLE_XLS, None)
    return hostile.xls_sheets(path, [bad, good] if hostile_first else [good, bad])


def _make(kind: str, path: Path, hostile_first: bool, variant: str) -> Path:
    if kind == "ods":
        return ods_file(path.with_suffix(".ods"), hostile_first, variant)
    return xls_file(path.with_suffix(".xls"), hostile_first, variant)


CASES = [
    *[("ods", v, first) for v in ODS_HOSTILE for first in (True, False)],
    *[("xls", v, first) for v in XLS_HOSTILE for first in (True, False)],
]
IDS = [f"{k}-{v}-{'hostile-first' if f else 'hostile-after'}" for k, v, f in CASES]


# -- through the service --------------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "variant", "hostile_first"), CASES, ids=IDS)
def test_the_list_is_imported_and_the_hostile_sheet_left_out(
    ws: Workspace, tmp_path: Path, kind: str, variant: str, hostile_first: bool
) -> None:
    categories.ensure_defaults(ws)
    morning = mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt Regency")
    )
    file = _make(kind, tmp_path / "Matinale", hostile_first, variant)
    report = import_file(ws, morning, file)
    assert report.kind == kind and report.sheet == "Inscrits" and report.created == 2
    order = ["Brouillon", "Inscrits"] if hostile_first else ["Inscrits", "Brouillon"]
    assert report.sheets == order
    assert list(report.unreadable_sheets) == ["Brouillon"]
    why = report.unreadable_sheets["Brouillon"]
    words = ODS_HOSTILE[variant][1] if kind == "ods" else "as far as IV65536"
    assert words in why and "\n" not in why, why
    names = {r.name for r in registrations.list_registrations(ws, morning)}
    assert names == {"Karim Bennani", "Hélène Lefèvre"}


@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_the_preview_offers_the_readable_sheets(tmp_path: Path, kind: str) -> None:
    """The window's look (every sheet surveyed): the hostile one named with why, the list read."""
    file = _make(kind, tmp_path / "Matinale", True, "bomb" if kind == "ods" else "declared")
    table, rows = look(file)
    assert table.sheet == "Inscrits" and table.sheets == ["Brouillon", "Inscrits"]
    assert list(table.unreadable) == ["Brouillon"]
    assert rows == [["Bennani", "Karim"], ["Lefèvre", "Hélène"]]
    # chosen by the person: the readable one reads, the hostile one is refused with its reason
    chosen = open_table(file, sheet="Inscrits")
    assert chosen.headers == ["Nom", "Prénom"] and list(chosen.unreadable) == ["Brouillon"]
    with pytest.raises(ImportFileError, match="Brouillon"):
        open_table(file, sheet="Brouillon")


def test_harmless_sheets_around_the_hostile_one_read_as_before(tmp_path: Path) -> None:
    """The sheets kept read exactly as the reader reads them (values, numbers, dates)."""
    dated = (
        "<table:table-row>"
        '<table:table-cell office:value-type="string"><text:p>Nom</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>Inscrit le</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="string"><text:p>Places</text:p></table:table-cell>'
        "</table:table-row><table:table-row>"
        '<table:table-cell office:value-type="string"><text:p>Bennani</text:p></table:table-cell>'
        '<table:table-cell office:value-type="date" office:date-value="2026-11-20T09:30:00">'
        "<text:p>20/11/2026</text:p></table:table-cell>"
        '<table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p>'
        "</table:table-cell></table:table-row>"
    )
    plain = hostile.ods_tables(tmp_path / "Seul.ods", [("Inscrits", dated)])
    mixed = hostile.ods_tables(
        tmp_path / "Mixte.ods",
        [("Avant", hostile.ods_rows([["Total", "3"]])), ("Brouillon", _ods_bomb()),
         ("Inscrits", dated)],
    )  # fmt: skip
    expected = (open_table(plain).headers, [c for _, c in open_table(plain).rows])
    table = open_table(mixed, sheet="Inscrits")
    assert (table.headers, [c for _, c in table.rows]) == expected
    assert expected[1] == [["Bennani", "2026-11-20 09:30:00", "2"]]
    assert open_table(mixed, sheet="Avant").headers == ["Total", "3"]


# -- with `mornings import`, in a child process under the cap --------------------------------------
@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_the_command_line_reads_the_list_and_says_which_sheet_it_left_out(
    database: Path, tmp_path: Path, kind: str
) -> None:
    file = _make(kind, tmp_path / "Matinale", True, "bomb" if kind == "ods" else "far-cell")
    before = counts(database)
    run = hostile.run_import(database, file, "--dry-run", timeout=SECONDS + 30)
    assert run.status == 0, run.stderr[-2000:]
    assert counts(database) == before  # a dry run writes nothing
    run = hostile.run_import(database, file, timeout=SECONDS + 30)
    assert run.status == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    assert "2 created" in run.stdout
    assert "sheet: Inscrits (of Brouillon, Inscrits)" in run.stdout
    skipped = [line for line in run.stdout.splitlines() if "sheet not read" in line]
    assert len(skipped) == 1 and skipped[0].strip().startswith("sheet not read: Brouillon: ")
    assert ("as far as ALL" if kind == "ods" else "as far as IV65536") in skipped[0]
    assert run.max_rss_mb < MEMORY_MB, run.max_rss_mb
    assert run.seconds < SECONDS, run.seconds


def test_one_line_per_sheet_left_out(database: Path, tmp_path: Path) -> None:
    file = hostile.ods_tables(
        tmp_path / "Matinale.ods",
        [("Brouillon", _ods_bomb()), ("Inscrits", hostile.ods_rows(PEOPLE)),
         ("Archive", _ods_wide()), ("Notes", _ods_long_cell())],
    )  # fmt: skip
    run = hostile.run_import(database, file, timeout=SECONDS + 30)
    assert run.status == 0, run.stderr[-2000:]
    skipped = [line.strip() for line in run.stdout.splitlines() if "sheet not read" in line]
    assert [line.split(":")[1].strip() for line in skipped] == ["Brouillon", "Archive", "Notes"]
    assert "2 created" in run.stdout and run.max_rss_mb < MEMORY_MB


@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_a_workbook_of_hostile_sheets_only_is_refused_in_one_sentence(
    database: Path, tmp_path: Path, kind: str
) -> None:
    if kind == "ods":
        file = hostile.ods_tables(
            tmp_path / "Brouillons.ods", [("Brouillon", _ods_bomb()), ("Archive", _ods_wide())]
        )
        words = "as far as ALL"
    else:
        far, dimension = XLS_HOSTILE["far-cell"]
        file = hostile.xls_sheets(
            tmp_path / "Brouillons.xls",
            [("Brouillon", far, dimension), ("Archive", *XLS_HOSTILE["declared"])],
        )
        words = "as far as IV65536"
    run = assert_refused(database, file, words)
    assert "Brouillon" in run.stderr


@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_the_hostile_sheet_named_on_the_command_line_is_refused(
    database: Path, tmp_path: Path, kind: str
) -> None:
    file = _make(kind, tmp_path / "Matinale", False, "bomb" if kind == "ods" else "far-cell")
    before = counts(database)
    run = hostile.run_import(database, file, "--sheet", "Brouillon", timeout=SECONDS + 30)
    assert run.status == 2, run.stderr[-2000:]
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and "Brouillon" in lines[0] and "as far as" in lines[0], run.stderr
    assert run.stdout == "" and counts(database) == before
    assert run.max_rss_mb < MEMORY_MB, run.max_rss_mb


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_reasons_read_in_the_desk_persons_language(tmp_path: Path, language: str) -> None:
    """Each reason a sheet is left out has its French and Arabic words in the catalogue the
    window and the command line share (`wording.tr`)."""
    from mornings_desktop.wording.tr import catalogue

    translate = catalogue(language)
    reasons = [
        *(look(ods_file(tmp_path / f"{v}.ods", True, v))[0].unreadable["Brouillon"] for v in ODS_HOSTILE),
        *(look(xls_file(tmp_path / f"{v}.xls", True, v))[0].unreadable["Brouillon"] for v in XLS_HOSTILE),
    ]  # fmt: skip
    for exc in reasons:
        words = translate(exc.context, exc.template)
        assert words != exc.template, exc.template  # translated, not the English source
        text = words.format(**exc.params)
        assert "Brouillon" in text and "{" not in text
        if language == "ar":
            assert any("\u0600" <= ch <= "\u06ff" for ch in text)
