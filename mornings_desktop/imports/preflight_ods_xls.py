"""The preflight of LibreOffice (.ods) and old Excel (.xls) workbooks: see `preflight`."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from typing import IO

from mornings_desktop.imports.preflight import (
    _OFFICE,
    _TABLE,
    MAX_CELL_CHARS,
    MAX_UNZIPPED_BYTES,
    Extent,
    HostileFileError,
    _damaged,
    _parser,
    _stream,
    _too_big,
    _too_long,
    check_zip,
    column_letters,
)


# -- ods ------------------------------------------------------------------------------------------
def check_ods(path: Path) -> None:
    """Refuse an .ods any of whose tables, repeats counted, goes beyond the limits: the reader
    builds every table at opening, whichever sheet is then read."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip(archive, name)
            if "content.xml" in archive.namelist():
                _scan_content(archive, name)
    except (zipfile.BadZipFile, EOFError, OSError):
        raise _damaged(name) from None


def _repeat(attrs: dict[str, str], key: str) -> int:
    text = attrs.get(f"{_TABLE} {key}", "1")
    return int(text) if text.isdigit() and len(text) < 10 else 1


def _scan_content(archive: zipfile.ZipFile, name: str) -> None:
    extents = [Extent(name)]
    parser = _parser(name)
    table, row_tag = f"{_TABLE} table", f"{_TABLE} table-row"
    cells = {f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"}
    value_type = f"{_OFFICE} value-type"
    s: dict[str, int] = {
        "depth": 0, "row": 0, "rows_rep": 1, "col": 0, "cols_rep": 1, "filled": 0,
        "cell_at": -1, "row_max": 0,
    }  # fmt: skip

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == table:
            s["depth"] += 1
            if s["depth"] == 1:  # a new sheet: its own extent, named in a refusal
                extents.append(Extent(name, attrs.get(f"{_TABLE} name") or None))
                s["row"] = 0
        elif s["depth"] != 1:
            return
        elif tag == row_tag:
            s["rows_rep"] = _repeat(attrs, "number-rows-repeated")
            s["col"] = 0
            s["row_max"] = 0
        elif tag in cells:
            s["cols_rep"] = _repeat(attrs, "number-columns-repeated")
            s["filled"] = 1 if value_type in attrs else 0
            s["cell_at"] = parser.CurrentByteIndex
        elif s["cell_at"] >= 0:
            s["filled"] = 1  # text, an annotation… inside the cell

    def end(tag: str) -> None:
        if tag == table:
            s["depth"] -= 1
        elif s["depth"] != 1:
            return
        elif tag in cells:
            if parser.CurrentByteIndex - s["cell_at"] > 4 * MAX_CELL_CHARS + 4096:
                raise _too_long(name, f"{column_letters(s['col'] + 1)}{s['row'] + 1}")
            s["col"] += s["cols_rep"]
            if s["filled"]:
                s["row_max"] = s["col"]
                extents[-1].see(s["row"] + 1, s["col"])
            s["cell_at"] = -1
        elif tag == row_tag:
            if s["row_max"]:
                extents[-1].see(s["row"] + s["rows_rep"], s["row_max"])
            s["row"] += s["rows_rep"]

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    _stream(archive, "content.xml", parser, name)


# -- xls ------------------------------------------------------------------------------------------
_XLS_CELLS = {0x0006, 0x00BD, 0x00BE, 0x00D6, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E}
_XLS_MULTI = {0x00BD, 0x00BE}  # MULRK, MULBLANK: a run of columns


def check_xls(path: Path) -> None:
    """Refuse an .xls any of whose sheets' cells (or DIMENSIONS) go beyond the limits: the reader
    builds every sheet at opening, whichever is then read."""
    name = path.name
    try:
        import olefile
    except ImportError:  # pragma: no cover - a dependency; without it the format bounds hold
        return
    try:
        with olefile.OleFileIO(str(path)) as ole:
            stream = next(
                (s for s in ("Workbook", "Book") if ole.exists(s)),
                None,
            )
            if stream is None:
                return
            if ole.get_size(stream) > MAX_UNZIPPED_BYTES:
                raise _too_big(name)
            with ole.openstream(stream) as handle:
                _scan_biff(handle, name)
    except HostileFileError:
        raise
    except Exception:  # olefile raises many types for damaged containers
        raise _damaged(name) from None


def _scan_biff(handle: IO[bytes], name: str) -> None:
    sheets: dict[int, str] = {}  # BOUNDSHEET: a sheet's offset in the stream → its name
    extent: Extent | None = None
    offset = 0
    while True:
        head = handle.read(4)
        if len(head) < 4:
            return
        kind, size = struct.unpack("<HH", head)
        body = handle.read(size)
        here, offset = offset, offset + 4 + size
        if kind == 0x0085 and len(body) >= 8:  # BOUNDSHEET: where a sheet starts, its name
            sheets[struct.unpack("<I", body[:4])[0]] = _sheet_name(body)
        elif kind == 0x0809 and here in sheets:  # BOF of a sheet
            extent = Extent(name, sheets[here])
        elif kind == 0x000A:  # EOF: of the globals or of a sheet
            extent = None
        elif extent is None:
            continue
        elif kind == 0x0200 and len(body) >= 14:  # DIMENSIONS (BIFF8): last row + 1, col + 1
            last_row = struct.unpack("<I", body[4:8])[0]
            last_col = struct.unpack("<H", body[10:12])[0]
            if last_row and last_col:
                extent.see(last_row, last_col)
        elif kind in _XLS_CELLS and len(body) >= 4:
            row, col = struct.unpack("<HH", body[:4])
            if kind in _XLS_MULTI and len(body) >= 6:
                col = struct.unpack("<H", body[-2:])[0]
            extent.see(row + 1, col + 1)


def _sheet_name(body: bytes) -> str:
    """The name in a BOUNDSHEET record (a short string: 8-bit or UTF-16)."""
    length, wide = body[6], body[7] & 1
    raw = body[8 : 8 + length * (2 if wide else 1)]
    return raw.decode("utf-16-le" if wide else "latin-1", "replace")
