"""A look at a workbook before it is read: refuse what would not fit in memory or time.

The readers (python-calamine) build a sheet's whole rectangle in memory, from its first to its last
cell, and every shared string: one cell at `XFD1048576` asks for 512 GiB, a 400 KB zip can hold a
400 MB cell. So before the reader runs, this module streams the file once, holding nothing but
counters:

- the zip: every member's uncompressed size (declared, then counted while reading) against
  `MAX_UNZIPPED_BYTES`, and its compression ratio against `MAX_RATIO` (a zip bomb);
- `.xlsx`: the chosen sheet's declared `<dimension>` and the reference of every real cell, the
  length of every inline and shared string (the reader builds only the sheet asked for);
- `.ods`: every table's rows (the reader builds them all at opening) and cells with their `number-rows-repeated` and
  `number-columns-repeated` counts (only cells with content extend the table: LibreOffice pads a
  sheet with a million empty repeated rows), and the length of every cell's text;
- `.xls`: the BIFF records of every sheet (built at opening too; its DIMENSIONS record and every cell's row and
  column); strings there cannot exceed 65,535 characters by the format.

Beyond `MAX_ROWS` rows, `MAX_COLUMNS` columns, `MAX_CELLS` cells in the rectangle or
`MAX_CELL_CHARS` characters in a cell, the file is refused with one sentence that says what to do
— or, in a workbook of several sheets, only that sheet, the others still read (see `sheets`).
XML is parsed with expat, with no document type allowed (no entity tricks). The .ods and .xls
scans, sheet by sheet, live in `preflight_ods_xls`.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET
from xml.parsers import expat

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError

MAX_ROWS = 100_000  # data rows (the header comes on top)
MAX_COLUMNS = 500
MAX_CELLS = 4_000_000  # rows × columns of the rectangle the reader builds
MAX_CELL_CHARS = 32_767  # Excel's own limit: no genuine workbook has a longer cell
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over `_RATIO_FLOOR`
_RATIO_FLOOR = 4 * 1024 * 1024
_SMALL_XML = 8 * 1024 * 1024  # workbook.xml, relationships: small files
_CHUNK = 1024 * 1024
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


class ImportFileError(UserError):
    """The file cannot be read as a registration list (the message says why)."""


class HostileFileError(ImportFileError):
    """The file is larger, once opened, than a registration list can be (the message says how)."""


def column_letters(index: int) -> str:
    """1 → `A`, 16384 → `XFD`."""
    out = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


class Extent:
    """The largest row and column seen, and the refusal when they go beyond the limits."""

    def __init__(self, name: str, sheet: str | None = None) -> None:
        self.name = name
        self.sheet = sheet  # named in the refusal when the workbook has several
        self.rows = 0
        self.columns = 0

    def see(self, row: int, column: int) -> None:
        if row > self.rows:
            self.rows = row
        if column > self.columns:
            self.columns = column
        if row > MAX_ROWS + 1 or column > MAX_COLUMNS or self.rows * self.columns > MAX_CELLS:
            if self.sheet is not None:
                raise HostileFileError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The file {file} has cells as far as {cell} in the sheet “{sheet}”, beyond "
                        "what can be imported ({rows} rows, {columns} columns): delete the cells "
                        "below and to the right of the list (or the sheet, if it is not needed) "
                        "and import it again.",
                    ),
                    file=self.name,
                    sheet=self.sheet,
                    cell=f"{column_letters(column)}{row}",
                    rows=MAX_ROWS,
                    columns=MAX_COLUMNS,
                )
            raise HostileFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file {file} has cells as far as {cell}, beyond what can be imported "
                    "({rows} rows, {columns} columns): delete the cells below and to the right of "
                    "the list (or copy the list into a new sheet) and import it again.",
                ),
                file=self.name,
                cell=f"{column_letters(column)}{row}",
                rows=MAX_ROWS,
                columns=MAX_COLUMNS,
            )


def _too_long(name: str, where: str) -> HostileFileError:
    return HostileFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The file {file} has a cell of more than {max} characters ({where}): no list of "
            "people has one; remove it (or export the list again) and import it again.",
        ),
        file=name,
        max=MAX_CELL_CHARS,
        where=where,
    )


def _too_big(name: str) -> HostileFileError:
    return HostileFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The file {file} unpacks to more than {max} MB, far more than a list of people: it "
            "is damaged or not a real export; export the list again from its source.",
        ),
        file=name,
        max=MAX_UNZIPPED_BYTES // (1024 * 1024),
    )


def _damaged(name: str) -> HostileFileError:
    return HostileFileError(
        QT_TRANSLATE_NOOP(
            "errors", "The file {file} is damaged or truncated: it cannot be opened."
        ),
        file=name,
    )


# -- zip ------------------------------------------------------------------------------------------
def check_zip(archive: zipfile.ZipFile, name: str) -> None:
    """Declared sizes and compression ratios of every member."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if total > MAX_UNZIPPED_BYTES:
            raise _too_big(name)
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise _too_big(name)


def _stream(archive: zipfile.ZipFile, member: str, parser: Any, name: str) -> None:
    """Feed `member` to the expat `parser` by chunks, counting the bytes really unpacked."""
    read = 0
    try:
        with archive.open(member) as handle:
            while chunk := handle.read(_CHUNK):
                read += len(chunk)
                if read > MAX_UNZIPPED_BYTES:
                    raise _too_big(name)
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError:
        raise _damaged(name) from None
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, ValueError):
        raise _damaged(name) from None


def _parser(name: str) -> Any:
    parser = expat.ParserCreate(namespace_separator=" ")

    def no_doctype(*_: object) -> None:
        raise _damaged(name)

    parser.StartDoctypeDeclHandler = no_doctype
    parser.EntityDeclHandler = no_doctype
    return parser


def _small_xml(archive: zipfile.ZipFile, member: str, name: str) -> ET.Element | None:
    try:
        info = archive.getinfo(member)
    except KeyError:
        return None
    if info.file_size > _SMALL_XML:
        raise _too_big(name)
    try:
        data = archive.read(member)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, ValueError):
        raise _damaged(name) from None
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _damaged(name)
    try:
        return ET.fromstring(data)
    except ET.ParseError:
        raise _damaged(name) from None


# -- xlsx -----------------------------------------------------------------------------------------
def xlsx_sheets(archive: zipfile.ZipFile, name: str) -> list[tuple[str, str | None]]:
    """The workbook's sheets in order (the reader's order): `(sheet name, zip member)`."""
    workbook = _small_xml(archive, "xl/workbook.xml", name)
    rels = _small_xml(archive, "xl/_rels/workbook.xml.rels", name)
    targets: dict[str, str] = {}
    if rels is not None:
        for rel in rels.iter(f"{{{_RELS}}}Relationship"):
            target = rel.get("Target") or ""
            if rel.get("Id") and target:
                targets[rel.get("Id", "")] = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join("xl", target))
                )
    members = set(archive.namelist())
    out: list[tuple[str, str | None]] = []
    if workbook is not None:
        for sheet in workbook.iter(f"{{{_MAIN}}}sheet"):
            member = targets.get(sheet.get(f"{{{_DOC_R}}}id") or "")
            out.append((sheet.get("name") or "", member if member in members else None))
    if not out:  # no workbook part worth the name: the worksheets by their number
        sheets = [n for n in members if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
        sheets.sort(key=lambda n: int(re.findall(r"\d+", n)[-1]))
        out = [(posixpath.basename(n)[:-4], n) for n in sheets]
    return out


def check_xlsx(path: Path, sheet: int = 0, *, package: bool = True) -> None:
    """Refuse an .xlsx whose shared strings or sheet number `sheet` (0-based) go beyond the
    limits. The reader builds only the sheet asked for, so the others are not looked at.
    `package=False`: the zip and the shared strings were already looked at (another sheet)."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            if package:
                check_zip(archive, name)
            sheets = xlsx_sheets(archive, name)
            label, member = sheets[sheet] if 0 <= sheet < len(sheets) else ("", None)
            shown = label if len(sheets) > 1 else None
            if member is not None and not _quick_scan(archive, member, name, sheet=shown):
                _scan_sheet(archive, member, name, shown)  # cells without references: exact
            for entry in archive.namelist() if package else []:
                if entry.lower() == "xl/sharedstrings.xml":
                    _quick_scan(archive, entry, name, strings=True)
    except (zipfile.BadZipFile, EOFError, OSError):
        raise _damaged(name) from None


# The quick scan looks only for what is rare in a genuine sheet, with byte counts and regular
# expressions over the unpacked bytes (C speed): a reference past column Z or row 99,999, a text run
# longer than a cell may be, a DTD. A cell without a reference, or a sheet wider than
# `_QUICK_COLUMNS` (where rows × columns needs every row), gets the exact expat scan instead.
_P = rb"<(?:[A-Za-z_][\w.-]*:)?"
# Without a leading `\s` the pattern starts with a literal, which `re` looks for at C speed (ten
# times faster); the byte before a match is checked by hand (`_far_refs`).
_FAR_REF = re.compile(rb'r="(\$?[A-Za-z]{2,}\$?\d{1,12}|\$?[A-Za-z]\$?\d{6,12})"')
_CELL_WITHOUT_REF = re.compile(_P + rb'c(?=[\s/>])(?![^>]*\sr=")')
_DIMENSION = re.compile(_P + rb'dimension\b[^>]*?\sref="[^"]*?\$?([A-Za-z]{1,3})\$?(\d{1,12})"')
_TEXT_RUN = 4 * MAX_CELL_CHARS + 4096  # bytes between two tags: UTF-8, entities, a margin
_QUICK_COLUMNS = MAX_CELLS // (MAX_ROWS + 1)


def _quick_scan(
    archive: zipfile.ZipFile,
    member: str,
    name: str,
    *,
    strings: bool = False,
    sheet: str | None = None,
) -> bool:
    """Refuse what goes beyond the limits; False when the exact scan is needed instead."""
    extent = Extent(name, sheet)
    where = "shared strings" if strings else "sheet"
    run = 0  # bytes since the last `<`, carried from one chunk to the next
    carry = b""  # the last, maybe unfinished, tag of the previous chunk
    read = 0
    first = True
    try:
        with archive.open(member) as handle:
            while chunk := handle.read(_CHUNK):
                read += len(chunk)
                if read > MAX_UNZIPPED_BYTES:
                    raise _too_big(name)
                if first and (b"<!DOCTYPE" in chunk or b"<!ENTITY" in chunk):
                    raise _damaged(name)
                last = chunk.rfind(b"<")
                if last < 0:
                    run += len(chunk)
                    if run > _TEXT_RUN:
                        raise _too_long(name, where)
                    carry = (carry + chunk)[-4096:]
                    continue
                if run + chunk.find(b"<") > _TEXT_RUN or _longest_run(chunk) > _TEXT_RUN:
                    raise _too_long(name, where)
                run = len(chunk) - last - 1
                if strings:
                    continue
                text = carry + chunk[:last]
                carry = chunk[last:]
                if first:
                    dimension = _DIMENSION.search(text)
                    if dimension:
                        extent.see(
                            int(dimension.group(2)), _column_index(dimension.group(1).decode())
                        )
                    first = False
                cells = text.count(b"<c ") + text.count(b"<c>") + text.count(b"<c/>")
                unsure = cells != text.count(b'<c r="') or b":c " in text
                if unsure and _CELL_WITHOUT_REF.search(text):
                    return False
                for ref in _far_refs(text):
                    found = _REF.match(ref.decode())
                    if found is None:
                        raise _damaged(name)
                    column = _column_index(found.group(1))
                    extent.see(int(found.group(2)), column)
                    if column > _QUICK_COLUMNS:
                        return False  # wide: rows × columns needs every row (exact scan)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, ValueError):
        raise _damaged(name) from None
    return True


def _longest_run(chunk: bytes) -> int:
    """The longest run of bytes without `<`, or 0 when none reaches half of `_TEXT_RUN`: any
    longer run holds a whole aligned block of `_TEXT_RUN // 2` bytes, which `find` sees at C
    speed (a genuine sheet has a tag every few bytes; only then are the runs measured)."""
    half = _TEXT_RUN // 2
    if all(chunk.find(b"<", at, at + half) >= 0 for at in range(0, len(chunk) - half + 1, half)):
        return 0
    return max(map(len, chunk.split(b"<")))


def _far_refs(text: bytes) -> list[bytes]:
    """`_FAR_REF`'s references whose `r` is an attribute name (a space before it)."""
    found = _FAR_REF.finditer(text)
    return [m.group(1) for m in found if m.start() > 0 and text[m.start() - 1] in b" \t\r\n"]


def _scan_sheet(archive: zipfile.ZipFile, member: str, name: str, sheet: str | None = None) -> None:
    extent = Extent(name, sheet)
    parser = _parser(name)
    state = {"row": 0, "col": 0, "text_at": -1}
    cell = f"{_MAIN} c"
    row_tag = f"{_MAIN} row"
    texts = {f"{_MAIN} t", f"{_MAIN} v", f"{_MAIN} f"}

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == cell:
            ref = attrs.get("r")
            found = _REF.match(ref) if ref else None
            if found:
                state["col"] = _column_index(found.group(1))
                row = int(found.group(2))
                if row != state["row"]:
                    state["row"] = row
            else:
                state["col"] += 1
            extent.see(max(state["row"], 1), state["col"])
        elif tag == row_tag:
            given = attrs.get("r", "")
            state["row"] = int(given) if given.isdigit() and len(given) < 9 else state["row"] + 1
            state["col"] = 0
        elif tag in texts:
            state["text_at"] = parser.CurrentByteIndex
        elif tag == f"{_MAIN} dimension":
            ref = attrs.get("ref", "")
            last = _REF.match(ref.split(":")[-1]) if ref else None
            if last:
                extent.see(int(last.group(2)), _column_index(last.group(1)))

    def end(tag: str) -> None:
        if tag in texts and state["text_at"] >= 0:
            # Bytes between the tags bound the characters from above (UTF-8, entities);
            # four bytes a character at most.
            if parser.CurrentByteIndex - state["text_at"] > 4 * MAX_CELL_CHARS + 64:
                raise _too_long(name, f"{column_letters(state['col'])}{state['row']}")
            state["text_at"] = -1

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    _stream(archive, member, parser, name)
