"""Read a registration file into a header row and rows of text cells, whatever its shape.

What a file is comes from its first bytes, not its extension (a `.xls` that is really a CSV
export, a `.csv` that is a workbook): ZIP → .xlsx or .ods, OLE2/CFB → .xls or a password-protected
workbook (which we cannot open and say so), anything else → text (CSV). Workbooks are read with
python-calamine (cached formula values, real dates; merged cells give their value to the first
cell only; the sheet read is chosen in `sheets`); CSV is decoded as UTF-8 (with or without BOM) or else Windows-1252, with the separator
(`;`, `,`, tab) found by `csv.Sniffer` with a count of candidates as a fallback.

Limits, to keep memory bounded and the message clear: at most `MAX_BYTES` bytes; a workbook is
looked at by `preflight` (rows, columns, cell lengths, unpacked size) before the reader builds it;
a CSV is read a line at a time, each line at most `MAX_LINE_CHARS` characters and each cell at most
`MAX_CELL_CHARS`; beyond, the file is refused, with one sentence, before anything is written.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.imports.header_row import first_header
from mornings_desktop.imports.preflight import MAX_CELL_CHARS, MAX_ROWS, ImportFileError
from mornings_desktop.imports.sheets import open_sheet
from mornings_desktop.imports.table import Table, cell_text, refuse_too_many

__all__ = ["MAX_BYTES", "ImportFileError", "Table", "cell_text", "look", "open_table", "preview"]

MAX_BYTES = 200 * 1024 * 1024
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_SNIFF_BYTES = 64 * 1024
MAX_LINE_CHARS = 256 * 1024


def sniff_kind(path: Path) -> str:
    """`xlsx`, `ods`, `xls`, `encrypted` or `text`, from the content. Raises ImportFileError."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} does not exist."), file=path.name
        ) from None
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read: {reason}."),
            file=path.name,
            reason=exc.strerror or str(exc),
        ) from None
    if size == 0:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} is empty."), file=path.name
        )
    if size > MAX_BYTES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {file} is too large ({mb} MB; at most {max} MB can be imported).",
            ),
            file=path.name,
            mb=size // (1024 * 1024),
            max=MAX_BYTES // (1024 * 1024),
        )
    if head.startswith(_CFB):
        with path.open("rb") as handle:
            blob = handle.read(min(size, 4 * 1024 * 1024))
        if "EncryptedPackage".encode("utf-16-le") in blob:
            return "encrypted"
        return "xls"
    if head.startswith(_ZIP):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                if "mimetype" in names:
                    mimetype = archive.read("mimetype").decode("ascii", "replace")
                    if "opendocument.spreadsheet" in mimetype:
                        return "ods"
                if "xl/workbook.xml" in names:
                    return "xlsx"
        except (zipfile.BadZipFile, EOFError, OSError):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors", "The file {file} is damaged or truncated: it cannot be opened."
                ),
                file=path.name,
            ) from None
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors", "The file {file} is an archive, not a spreadsheet (.xlsx, .ods or .csv)."
            ),
            file=path.name,
        )
    with path.open("rb") as handle:
        sample = handle.read(4096)
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {file} is neither a spreadsheet nor a text (CSV) file.",
            ),
            file=path.name,
        )
    return "text"


def open_table(
    path: Path | str,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    lenient: bool = False,
    survey: bool = False,
) -> Table:
    """Open a registration file as a `Table`. Raises ImportFileError with a clear message.

    `sheet` (a workbook's sheet, by name or number from 1) defaults to the first sheet that holds
    a list of people (see `sheets.choose`); `encoding` and `delimiter` (a CSV's) default to what
    the first 64 KB tell. `lenient` (a preview's): bytes the encoding cannot read become `�`
    instead of refusing the file, so that the person sees it and chooses another encoding.
    `survey` (a preview's): every sheet of an .xlsx is looked at, those that cannot be read
    listed in `Table.unreadable` (see `sheets`).
    """
    path = Path(path)
    kind = sniff_kind(path)
    if kind == "encrypted":
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {file} is protected by a password. Open it in Excel, remove the "
                "password (File › Info › Protect workbook), save it, and import it again.",
            ),
            file=path.name,
        )
    if kind == "text":
        table = _open_text(path, encoding, delimiter, lenient=lenient)
    else:
        table = open_sheet(path, kind, sheet, survey=survey)
    ext = path.suffix.lower().lstrip(".")
    expected = {
        "xlsx": {"xlsx", "xlsm"},
        "xls": {"xls"},
        "ods": {"ods"},
        "csv": {"csv", "txt", "tsv"},
    }
    if ext and ext not in expected.get(table.kind, set()):
        table.notes.append(f"extension .{ext} but the content is {table.kind}")
    return table


# -- text (CSV) -----------------------------------------------------------------------------------
def detect_encoding(sample: bytes) -> str:
    """`utf-8-sig` when the text is UTF-8 (with or without BOM), else `cp1252` (French Excel)."""
    return sniff_encoding(sample)[0]


def sniff_encoding(sample: bytes) -> tuple[str, bool]:
    """The encoding of a text file's first bytes, and whether it is a guess.

    A BOM or clean UTF-8 tell it (`utf-8-sig`, `utf-16`: not a guess). Otherwise it is a guess:
    mostly UTF-8 with a few broken bytes stays UTF-8 (the broken bytes become `�`), since
    reading it as Windows-1252 would garble every accent (`Ã©`); else Windows-1252 (French
    Excel's "CSV (séparateur : point-virgule)").
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", False
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)  # a character cut at the end of the sample is fine
    except UnicodeDecodeError:
        text = sample.decode("utf-8", errors="replace")
        broken = text.count("\ufffd")
        fine = sum(1 for ch in text if ord(ch) > 127) - broken
        return ("utf-8", True) if fine > 2 * broken else ("cp1252", True)
    return "utf-8-sig", False


def detect_delimiter(text: str) -> str:
    """`;`, `,` or tab: Sniffer on the first lines, else the most frequent in the header line."""
    lines = [line for line in text.splitlines() if line.strip()][:20]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=";,\t").delimiter
    except csv.Error:
        header = lines[0]
        counts = {d: header.count(d) for d in (";", "\t", ",")}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "utf-16", "iso-8859-1", "mac-roman")
DELIMITERS = (";", ",", "\t", "|")


def _open_text(
    path: Path, encoding: str | None = None, delimiter: str | None = None, *, lenient: bool = False
) -> Table:
    with path.open("rb") as raw:
        sample = raw.read(_SNIFF_BYTES)
    if encoding is None:
        encoding, guessed = sniff_encoding(sample)
    else:  # chosen by the person, who looked at the preview
        encoding, guessed = codecs.lookup(encoding).name, False
        if encoding == "utf-8" and sample.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
    text_sample = sample.decode(encoding, errors="replace")
    if len(sample) == _SNIFF_BYTES:
        text_sample = text_sample.rsplit("\n", 1)[0]
    delimiter = delimiter or detect_delimiter(text_sample)
    # broken UTF-8 bytes become �; so does any unreadable byte in a preview
    errors = "replace" if encoding == "utf-8" or lenient else "strict"
    handle = path.open("r", encoding=encoding, errors=errors, newline="")
    reader = csv.reader(_bounded_lines(handle, path), delimiter=delimiter)

    def rows() -> Iterator[tuple[int, list[str]]]:
        try:
            for count, cells in enumerate(reader, 1):
                if count > MAX_ROWS + 1:
                    refuse_too_many(path, None, MAX_ROWS)
                if any(len(c) > MAX_CELL_CHARS for c in cells):
                    raise _cell_too_long(path)
                yield reader.line_num, [" ".join(c.split()) for c in cells]
        except UnicodeDecodeError:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file {file} mixes text encodings; save it again as CSV UTF-8.",
                ),
                file=path.name,
            ) from None
        except csv.Error as exc:
            if "field limit" in str(exc):
                raise _cell_too_long(path) from None
            raise ImportFileError(
                QT_TRANSLATE_NOOP("errors", "The file {file} is not valid CSV ({reason})."),
                file=path.name,
                reason=str(exc),
            ) from None
        finally:
            handle.close()

    headers, _, iterator = first_header(rows())
    if not headers:
        handle.close()
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} has no rows."), file=path.name
        )
    estimate = max(0, text_sample.count("\n") - 1)
    if len(sample) == _SNIFF_BYTES:
        estimate = int(estimate * path.stat().st_size / _SNIFF_BYTES)
    table = Table(headers, iterator, "csv", total=estimate, encoding=encoding, delimiter=delimiter)
    table.encoding_guessed = guessed
    return table


def _cell_too_long(path: Path) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The file {file} has a cell or a line of more than {max} characters: no list of "
            "people has one; remove it (or export the list again) and import it again.",
        ),
        file=path.name,
        max=MAX_CELL_CHARS,
    )


def _bounded_lines(handle: Any, path: Path) -> Iterator[str]:
    """The file's lines, refusing one longer than `MAX_LINE_CHARS` before it is all in memory."""
    while line := handle.readline(MAX_LINE_CHARS + 1):
        if len(line) > MAX_LINE_CHARS:
            raise _cell_too_long(path)
        yield line


def preview(path: Path | str, n: int = 8) -> tuple[list[str], list[list[str]]]:
    """The header and the first `n` data rows (for the mapping dialog)."""
    table, rows = look(path, n=n)
    return table.headers, rows


def look(
    path: Path | str,
    *,
    n: int = 8,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> tuple[Table, list[list[str]]]:
    """The table (its header, sheet, encoding…) and its first `n` data rows, for the window."""
    table = open_table(
        path, sheet=sheet, encoding=encoding, delimiter=delimiter, lenient=True, survey=True
    )
    out: list[list[str]] = []
    for _, cells in table.rows:
        out.append(cells)
        if len(out) >= n:
            break
    close = getattr(table.rows, "close", None)
    if close:
        close()
    return table, out
