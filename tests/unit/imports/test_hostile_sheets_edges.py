""".ods and .xls sheets left out on their own, at the edges: a large refused .ods table whose
rest is skipped rather than parsed (and what a fake end tag then does), .xls sheets whose records
hide from the walk through them (a chart inside a sheet, a sheet inside an opaque record, a
stream shorter than it says), and the 10 MB cases (`make test-slow`)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from mornings_desktop.imports.readers import ImportFileError, open_table
from mornings_desktop.services import categories, mornings
from mornings_desktop.services.workspace import Workspace
from tests.unit.imports import hostile
from tests.unit.imports.test_hostile_files import MEMORY_MB, SECONDS, assert_refused
from tests.unit.imports.test_hostile_sheets_ods_xls import PEOPLE, PEOPLE_XLS, _ods_wide


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


def test_cells_after_a_chart_inside_an_xls_sheet_are_counted(tmp_path: Path) -> None:
    """A sheet's embedded chart is a BOF … EOF substream inside the sheet's own: the look before
    took the chart's EOF for the sheet's and stopped counting, so a far cell after the chart
    went to the reader (a 16-million-cell rectangle). Found while making the sheets' refusals
    their own."""
    import struct

    from mornings_desktop.imports import preflight_ods_xls, preflight_xls

    def record(kind: int, body: bytes) -> bytes:
        return struct.pack("<HH", kind, len(body)) + body

    def bof(kind: int) -> bytes:
        return record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))

    name = b"Archive"
    globals_ = bof(0x0005) + b"%s" + record(0x000A, b"")
    bound = lambda offset: record(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(name), 0) + name)  # noqa: E731
    start = len(globals_) - 2 + len(bound(0))
    stream = globals_.replace(b"%s", bound(start))
    assert len(stream) == start
    number = lambda r, c: record(0x0203, struct.pack("<HHHd", r, c, 15, 1.0))  # noqa: E731
    stream += bof(0x0010) + number(0, 0) + bof(0x0020) + record(0x000A, b"")  # the chart
    stream += number(65535, 255) + record(0x000A, b"")
    survey = preflight_ods_xls.Survey(tmp_path / "Archive.xls", "xls")
    preflight_xls._scan_biff(io.BytesIO(stream), survey)
    assert survey.names == ["Archive"]
    assert "as far as IV65536" in str(survey.refused["Archive"])


def _many_rows(rows: int) -> str:
    """`rows` rows of one short text each, varied enough that the zip stays honest (a ratio
    far below a zip bomb's)."""
    import random

    rng = random.Random(15)
    return "".join(
        '<table:table-row><table:table-cell office:value-type="string"><text:p>'
        + "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=3))
        + "</text:p></table:table-cell></table:table-row>"
        for _ in range(rows)
    )


def test_the_rest_of_a_large_refused_table_is_skipped_and_the_next_tables_looked_at(
    tmp_path: Path,
) -> None:
    """A refused table of 14 MB (150,000 rows: beyond the rows allowed) is not parsed to its
    end: its rest is skipped up to its end tag, and the tables after it are looked at as
    usual (the wide one refused too, the list read). Parsing it all took 30 s for 350 MB."""
    import time

    from mornings_desktop.imports import preflight_ods_xls

    file = hostile.ods_tables(
        tmp_path / "Matinale.ods",
        [("Brouillon", _many_rows(150_000)), ("Archive", _ods_wide()),
         ("Inscrits", hostile.ods_rows(PEOPLE))],
    )  # fmt: skip
    began = time.monotonic()
    survey = preflight_ods_xls.check_ods(file)
    assert list(survey.refused) == ["Brouillon", "Archive"]
    assert "as far as A100002" in str(survey.refused["Brouillon"])
    table = open_table(file)
    assert (table.sheet, [c for _, c in table.rows]) == ("Inscrits", PEOPLE[1:])
    assert list(table.unreadable) == ["Brouillon", "Archive"]
    assert time.monotonic() - began < SECONDS


def test_an_end_tag_in_a_comment_never_lets_unlooked_rows_through(tmp_path: Path) -> None:
    """The skip looks for the refused table's end tag in the bytes: one written in a comment
    inside the table is taken for the end, and the parse then fails on the real one — the file
    is refused as damaged (which also shows the rest was skipped, not parsed). Rows never looked
    at never reach the reader."""
    fake = "<!-- </table:table> -->" + _many_rows(150_000)
    file = hostile.ods_tables(
        tmp_path / "Matinale.ods",
        [("Brouillon", _many_rows(120_000) + fake), ("Inscrits", hostile.ods_rows(PEOPLE))],
    )
    with pytest.raises(ImportFileError, match="damaged"):
        open_table(file)


def _ten_megabyte_ods(path: Path, rows: int = 3_000_000) -> Path:
    """A 10 MB .ods: a draft table of `rows` short random texts (350 MB of XML, a zip ratio of
    about 35, below a zip bomb's), then the list."""
    import random
    import zipfile

    hostile.ods_tables(path, [("Brouillon", "@@"), ("Inscrits", hostile.ods_rows(PEOPLE))])
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    head, tail = members.pop("content.xml").split(b"@@")
    rng = random.Random(15)
    letters = [bytes([c]) for c in b"abcdefghijklmnopqrstuvwxyz"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), members.pop("mimetype"))
        for name, data in members.items():
            z.writestr(name, data)
        with z.open("content.xml", "w", force_zip64=True) as out:
            out.write(head)
            for _ in range(rows // 1000):
                out.write(
                    b"".join(
                        b'<table:table-row><table:table-cell office:value-type="string"><text:p>'
                        + b"".join(rng.choices(letters, k=3))
                        + b"</text:p></table:table-cell></table:table-row>"
                        for _ in range(1000)
                    )
                )
            out.write(tail)
    return path


@pytest.mark.slow
def test_a_ten_megabyte_ods_with_a_hostile_table_stays_bounded(
    database: Path, tmp_path: Path
) -> None:
    file = _ten_megabyte_ods(tmp_path / "Matinale.ods")
    assert 8_000_000 < file.stat().st_size <= 10_500_000
    run = hostile.run_import(database, file, timeout=SECONDS + 30)
    assert run.status == 0, run.stderr[-2000:]
    assert "2 created" in run.stdout and "sheet not read: Brouillon: " in run.stdout
    assert run.max_rss_mb < MEMORY_MB, run.max_rss_mb
    assert run.seconds < SECONDS, run.seconds


def _ten_megabyte_xls(path: Path) -> Path:
    """A 10 MB .xls: the list, then an archive sheet of 62,000 rows × 9 numbers (560,000 cells,
    within the limits) plus one cell at IV65536, which makes its rectangle 16.7 million cells."""
    import struct

    from mornings_desktop.imports.preflight_xls import compound_file

    stream = hostile._biff_sheets(
        [("Inscrits", PEOPLE_XLS, None), ("Archive", [(0, 0, "x"), (65535, 255, "y")], None)]
    )
    eof = struct.pack("<HH", 0x000A, 0)
    stream = stream[: stream.rindex(eof) + 4]  # the last sheet's end, without the padding:
    # records added before it move no sheet
    number = struct.Struct("<HHHHHd")
    cells = b"".join(
        number.pack(0x0203, 14, row, column, 15, float(row * 9 + column))
        for row in range(1, 62000)
        for column in range(9)
    )
    path.write_bytes(compound_file("Workbook", bytearray(stream[:-4] + cells + eof)).read())
    return path


@pytest.mark.slow
def test_a_ten_megabyte_xls_with_a_hostile_sheet_stays_bounded(
    database: Path, tmp_path: Path
) -> None:
    file = _ten_megabyte_xls(tmp_path / "Matinale.xls")
    assert 8_000_000 < file.stat().st_size <= 10_500_000
    run = hostile.run_import(database, file, timeout=SECONDS + 30)
    assert run.status == 0, run.stderr[-2000:]
    assert "2 created" in run.stdout and "sheet not read: Archive: " in run.stdout
    assert "as far as IV65536" in run.stdout
    assert run.max_rss_mb < MEMORY_MB, run.max_rss_mb
    assert run.seconds < SECONDS, run.seconds


def _hidden_sheet_xls(path: Path) -> Path:
    """An .xls whose second sheet starts, by its BOUNDSHEET offset, inside the body of a record
    of no known type placed after the sheets: a walk through the records sees one opaque
    record, the reader a sheet with a cell at IV65536 (a 16.7-million-cell rectangle)."""
    import struct

    from mornings_desktop.imports.preflight_xls import compound_file

    stream = bytearray(
        hostile._biff_sheets([("Inscrits", PEOPLE_XLS, None), ("Cache", [(0, 0, "Nom")], None)])
    )
    eof = struct.pack("<HH", 0x000A, 0)
    end = stream.rindex(eof) + 4

    def record(kind: int, body: bytes) -> bytes:
        return struct.pack("<HH", kind, len(body)) + body

    inner = (
        record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
        + record(0x00FD, struct.pack("<HHHI", 0, 0, 15, 0))
        + record(0x00FD, struct.pack("<HHHI", 65535, 255, 15, 0))
        + eof
    )
    stream = stream[:end] + record(0x1001, inner)
    at, seen = 0, 0
    while seen < 2:  # the second BOUNDSHEET: its offset now points inside the opaque record
        kind, size = struct.unpack_from("<HH", stream, at)
        seen += kind == 0x0085
        if seen == 2:
            struct.pack_into("<I", stream, at + 4, end + 4)
        at += 4 + size
    path.write_bytes(compound_file("Workbook", stream).read())
    return path


def test_an_xls_sheet_hidden_inside_a_record_is_refused(database: Path, tmp_path: Path) -> None:
    """Before: the walk through the records never met the hidden sheet, and the reader built it
    (1 GB, 10 s, then imported the list). A sheet whose start is not where the walk finds a
    sheet's first record means a damaged or forged file: refused as a whole."""
    file = _hidden_sheet_xls(tmp_path / "Matinale.xls")
    run = assert_refused(database, file, "damaged")
    assert run.max_rss_mb < MEMORY_MB


def test_an_xls_stream_shorter_than_it_says_is_refused(database: Path, tmp_path: Path) -> None:
    """A workbook stream of 1,000 bytes (so in the mini stream) in a compound file whose mini
    stream is empty: the look before read nothing and let it through, and the reader panicked
    (a Rust panic is a BaseException: a traceback and the panic's message, exit 1)."""
    import struct

    from mornings_desktop.imports.preflight_xls import compound_file

    stream = bytearray(hostile._biff_sheets([("Inscrits", PEOPLE_XLS, None)]))
    data = bytearray(compound_file("Workbook", stream).read())
    struct.pack_into("<Q", data, 2 * 4096 + 128 + 120, 1000)  # the stream's size, in its entry
    file = tmp_path / "Matinale.xls"
    file.write_bytes(data)
    assert_refused(database, file, "damaged")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="make libreoffice (as root)")
@pytest.mark.parametrize("to", ["ods", "xls:MS Excel 97"])
def test_a_workbook_saved_by_libreoffice_keeps_its_list_beside_a_hostile_sheet(
    tmp_path: Path, to: str
) -> None:
    """As LibreOffice writes them (its own content.xml, its own compound file with more streams
    than the workbook): a draft sheet with a cell at IV65536 (16.7 million cells once read), then
    the list. The copy without the draft is read by the reader as LibreOffice's file is."""
    from openpyxl import Workbook

    from tests.unit.documents.test_libreoffice_round_trip import convert

    wb = Workbook()
    draft = wb.active
    draft.title = "Brouillon"
    draft["A1"] = "À trier"
    draft["IV65536"] = "x"
    people = wb.create_sheet("Inscrits")
    for row in [["Nom", "Prénom", "Société"], ["Bennani", "Karim", "Atlas Conseil"],
                ["Lefèvre", "Hélène", "Société Générale Maroc"]]:  # fmt: skip
        people.append(row)
    wb.save(tmp_path / "Matinale.xlsx")
    made = convert(tmp_path / "Matinale.xlsx", to, tmp_path / "out")
    table = open_table(made)
    assert table.kind == to[:3] and table.sheet == "Inscrits"
    assert table.sheets == ["Brouillon", "Inscrits"] and list(table.unreadable) == ["Brouillon"]
    assert "IV65536" in str(table.unreadable["Brouillon"])
    assert [c for _, c in table.rows] == [
        ["Bennani", "Karim", "Atlas Conseil"],
        ["Lefèvre", "Hélène", "Société Générale Maroc"],
    ]


def test_the_copy_leaves_out_exactly_the_cuts_whatever_the_chunks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reader's copy of content.xml is written chunk by chunk: cuts across chunk edges, next
    to each other, at the start or the end, leave out exactly their bytes."""
    import random

    from mornings_desktop.imports import preflight_ods_xls

    rng = random.Random(15)
    data = bytes(rng.randrange(256) for _ in range(500))
    for chunk in (1, 7, 64, 1000):
        monkeypatch.setattr(preflight_ods_xls, "_CHUNK", chunk)
        for _ in range(50):
            edges = sorted(rng.sample(range(501), 6))
            cuts = [(edges[i], edges[i + 1]) for i in range(0, 6, 2)]
            out = io.BytesIO()
            preflight_ods_xls._copy_except(io.BytesIO(data), out, cuts)
            kept = bytes(b for i, b in enumerate(data) if not any(a <= i < e for a, e in cuts))
            assert out.getvalue() == kept, (chunk, cuts)


def test_an_ods_zip_bomb_refuses_the_whole_file(database: Path, tmp_path: Path) -> None:
    """All the tables of an .ods live in one part, content.xml: 1 GB of spaces there (1 MB
    zipped) cannot be laid at one table's door, so the file is refused as before — in one
    line, nothing written, well within the bounds."""
    import zipfile

    file = hostile.ods_tables(
        tmp_path / "Matinale.ods",
        [("Brouillon", "@@"), ("Inscrits", hostile.ods_rows(PEOPLE))],
    )
    with zipfile.ZipFile(file) as z:
        members = {n: z.read(n) for n in z.namelist()}
    head, tail = members.pop("content.xml").split(b"@@")
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), members.pop("mimetype"))
        for name, data in members.items():
            z.writestr(name, data)
        with z.open("content.xml", "w", force_zip64=True) as out:
            out.write(head)
            block = b" " * (1024 * 1024)
            for _ in range(1000):
                out.write(block)
            out.write(tail)
    assert file.stat().st_size < 1_100_000
    assert_refused(database, file, "unpacks to more than")
