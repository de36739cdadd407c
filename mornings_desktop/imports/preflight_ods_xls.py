"""The preflight of LibreOffice (.ods) and old Excel (.xls) workbooks (see `preflight`), sheet by
sheet, and a copy of the workbook without the sheets it refuses.

The readers build every sheet of an .ods or .xls when the file is opened, so each sheet is looked
at first: a sheet that goes beyond the limits (its cells, repeats counted, or one cell's length)
is refused on its own (`Survey.refused`, with the reason, in the order of the sheets), and the
reader is then given a copy held in memory in which those sheets are empty (`Survey.source`):
an .ods table keeps its name and loses its rows; an .xls sheet ends right after its first record.
What concerns the file as a whole (its unpacked size, a damaged zip, XML or compound file)
refuses the file.
"""

from __future__ import annotations

import io
import shutil
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from mornings_desktop.imports.preflight import (
    _CHUNK,
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


@dataclass
class Survey:
    """The sheets of a workbook as the look before found them."""

    path: Path
    kind: str  # ods or xls
    names: list[str] = field(default_factory=list)  # every sheet, in order
    refused: dict[str, HostileFileError] = field(default_factory=dict)  # sheet -> why
    # where the refused sheets lie: .ods byte ranges of content.xml to leave out; .xls offsets
    # in the workbook stream where an end-of-sheet record is put
    cuts: list[tuple[int, int]] = field(default_factory=list)

    def source(self) -> Path | IO[bytes]:
        """What the reader opens: the file itself, or a copy without the refused sheets."""
        if not self.refused:
            return self.path
        return _ods_without(self) if self.kind == "ods" else _xls_without(self)


# -- ods ------------------------------------------------------------------------------------------
def check_ods(path: Path) -> Survey:
    """Look at every table of an .ods, repeats counted. A table beyond the limits is refused on
    its own (in the survey); the file is refused (HostileFileError) when its zip goes beyond
    them or its XML is damaged."""
    name = path.name
    survey = Survey(path, "ods")
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip(archive, name)
            if "content.xml" in archive.namelist():
                _scan_content(archive, survey)
    except (zipfile.BadZipFile, EOFError, OSError):
        raise _damaged(name) from None
    return survey


def _repeat(attrs: dict[str, str], key: str) -> int:
    text = attrs.get(f"{_TABLE} {key}", "1")
    return int(text) if text.isdigit() and len(text) < 10 else 1


def _scan_content(archive: zipfile.ZipFile, survey: Survey) -> None:
    name = survey.path.name
    extents = [Extent(name)]  # the current table's, last
    parser = _parser(name)
    table, row_tag = f"{_TABLE} table", f"{_TABLE} table-row"
    cells = {f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"}
    value_type = f"{_OFFICE} value-type"
    s: dict[str, int] = {
        "depth": 0, "row": 0, "rows_rep": 1, "col": 0, "cols_rep": 1, "filled": 0,
        "cell_at": -1, "row_max": 0, "inside": -1, "refused": 0,
    }  # fmt: skip

    def refuse(exc: HostileFileError) -> None:
        """This table goes beyond the limits: refused, the rest of it not counted."""
        if not s["refused"]:
            survey.refused[survey.names[-1]] = exc
            s["refused"] = 1

    def start(tag: str, attrs: dict[str, str]) -> None:
        if s["depth"] == 1 and s["inside"] < 0:
            s["inside"] = parser.CurrentByteIndex  # the table's first child: its content
        if tag == table:
            s["depth"] += 1
            if s["depth"] == 1:  # a new sheet: its own extent, named in a refusal
                label = attrs.get(f"{_TABLE} name") or f"{len(survey.names) + 1}"
                survey.names.append(label)
                extents.append(Extent(name, label))
                s["row"], s["inside"], s["refused"] = 0, -1, 0
        elif s["depth"] != 1 or s["refused"]:
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
            if s["depth"] == 1 and s["refused"] and s["inside"] >= 0:
                survey.cuts.append((s["inside"], parser.CurrentByteIndex))
            s["depth"] -= 1
        elif s["depth"] != 1 or s["refused"]:
            return
        elif tag in cells:
            try:
                if parser.CurrentByteIndex - s["cell_at"] > 4 * MAX_CELL_CHARS + 4096:
                    where = f"{survey.names[-1]}!{column_letters(s['col'] + 1)}{s['row'] + 1}"
                    raise _too_long(name, where)
                s["col"] += s["cols_rep"]
                if s["filled"]:
                    s["row_max"] = s["col"]
                    extents[-1].see(s["row"] + 1, s["col"])
            except HostileFileError as exc:
                refuse(exc)
            s["cell_at"] = -1
        elif tag == row_tag:
            if s["row_max"]:
                try:
                    extents[-1].see(s["row"] + s["rows_rep"], s["row_max"])
                except HostileFileError as exc:
                    refuse(exc)
            s["row"] += s["rows_rep"]

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    _stream(archive, "content.xml", parser, name)


def _ods_without(survey: Survey) -> IO[bytes]:
    """The .ods again, in memory, its refused tables emptied (their names kept, so the sheets'
    order and names stay the reader's). Only the compressed copy is held."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(survey.path) as archive,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as copy,
    ):
        for info in archive.infolist():
            target: str | zipfile.ZipInfo = info.filename
            if info.filename == "mimetype":  # stored, first, as the format wants
                target = zipfile.ZipInfo("mimetype", info.date_time)
            with archive.open(info) as src, copy.open(target, "w", force_zip64=True) as dst:
                if info.filename == "content.xml":
                    _copy_except(src, dst, survey.cuts)
                else:
                    shutil.copyfileobj(src, dst, _CHUNK)
    out.seek(0)
    return out


def _copy_except(src: IO[bytes], dst: IO[bytes], cuts: list[tuple[int, int]]) -> None:
    """Copy `src` to `dst` by chunks, leaving out the byte ranges `cuts` (sorted, apart)."""
    at = 0
    pending = sorted(cuts)
    while chunk := src.read(_CHUNK):
        end = at + len(chunk)
        keep = 0  # the chunk's bytes written so far
        for first, last in pending:
            if last <= at + keep or first >= end:
                continue
            if first > at + keep:
                dst.write(chunk[keep : first - at])
            keep = min(len(chunk), last - at)
        if keep < len(chunk):
            dst.write(chunk[keep:])
        at = end
        pending = [c for c in pending if c[1] > at]


# -- xls ------------------------------------------------------------------------------------------
_XLS_CELLS = {0x0006, 0x00BD, 0x00BE, 0x00D6, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E}
_XLS_MULTI = {0x00BD, 0x00BE}  # MULRK, MULBLANK: a run of columns
_STREAMS = ("Workbook", "Book")


def check_xls(path: Path) -> Survey:
    """Look at every sheet of an .xls (its DIMENSIONS record and every cell's row and column).
    A sheet beyond the limits is refused on its own (in the survey); the file is refused when
    its compound file is damaged or larger than can be unpacked."""
    name = path.name
    survey = Survey(path, "xls")
    try:
        import olefile
    except ImportError:  # pragma: no cover - a dependency; without it the format bounds hold
        return survey
    try:
        with olefile.OleFileIO(str(path)) as ole:
            stream = next((s for s in _STREAMS if ole.exists(s)), None)
            if stream is None:
                return survey
            if ole.get_size(stream) > MAX_UNZIPPED_BYTES:
                raise _too_big(name)
            with ole.openstream(stream) as handle:
                _scan_biff(handle, survey)
    except HostileFileError:
        raise
    except Exception:  # olefile raises many types for damaged containers
        raise _damaged(name) from None
    return survey


def _scan_biff(handle: IO[bytes], survey: Survey) -> None:
    name = survey.path.name
    sheets: dict[int, str] = {}  # BOUNDSHEET: a sheet's offset in the stream → its name
    extent: Extent | None = None
    depth = 0  # BOF … EOF substreams: a sheet's embedded charts have their own, inside it
    after_bof = offset = 0
    while True:
        head = handle.read(4)
        if len(head) < 4:
            return
        kind, size = struct.unpack("<HH", head)
        body = handle.read(size)
        here, offset = offset, offset + 4 + size
        seen: tuple[int, int] | None = None
        if kind == 0x0085 and len(body) >= 8:  # BOUNDSHEET: where a sheet starts, its name
            sheets[struct.unpack("<I", body[:4])[0]] = _sheet_name(body)
            survey.names.append(_sheet_name(body))
        elif kind == 0x0809:  # BOF: of the globals, a sheet, or a chart inside a sheet
            depth += 1
            if here in sheets and depth == 1:
                extent, after_bof = Extent(name, sheets[here]), offset
        elif kind == 0x000A:  # EOF: of the globals, a sheet, or a chart inside it
            depth = max(0, depth - 1)
            extent = extent if depth else None
        elif extent is None or depth != 1:
            continue
        elif kind == 0x0200 and len(body) >= 14:  # DIMENSIONS (BIFF8): last row + 1, col + 1
            last_row = struct.unpack("<I", body[4:8])[0]
            last_col = struct.unpack("<H", body[10:12])[0]
            seen = (last_row, last_col) if last_row and last_col else None
        elif kind in _XLS_CELLS and len(body) >= 4:
            row, col = struct.unpack("<HH", body[:4])
            if kind in _XLS_MULTI and len(body) >= 6:
                col = struct.unpack("<H", body[-2:])[0]
            seen = (row + 1, col + 1)
        if extent is not None and seen is not None:
            try:
                extent.see(*seen)
            except HostileFileError as exc:  # this sheet only: the rest of it is not counted
                survey.refused[extent.sheet or ""] = exc
                survey.cuts.append((after_bof, after_bof + 4))
                extent = None


def _xls_without(survey: Survey) -> IO[bytes]:
    """The .xls again, in memory: its workbook stream with an end-of-sheet record right after
    the first record of each refused sheet (the reader reads a sheet from its start to its
    end-of-sheet record), in a compound file of its own."""
    import olefile

    with olefile.OleFileIO(str(survey.path)) as ole:
        stream = next(s for s in _STREAMS if ole.exists(s))
        with ole.openstream(stream) as handle:
            data = bytearray(handle.read())
    for first, last in survey.cuts:
        if last <= len(data):
            data[first:last] = struct.pack("<HH", 0x000A, 0)
    if len(data) < 4096:  # a smaller stream would go to the mini stream: padded instead
        data.extend(b"\x00" * (4096 - len(data)))
    return compound_file(stream, data)


def compound_file(name: str, data: bytearray) -> IO[bytes]:
    """A compound file (CFB version 4, 4096-byte sectors) holding `data` as the stream `name`:
    the FAT sectors, one directory sector, an empty mini stream (a version 4 root must have
    one, for the reader), then the stream (at least 4096 bytes long)."""
    sector, per_fat = 4096, 1024
    free, end, fat_mark = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    n = -(-len(data) // sector)
    fats = 1
    while fats * per_fat < fats + 2 + n:
        fats += 1
    if fats > 109:
        raise _too_big(name)
    fat = [fat_mark] * fats + [end, end] + [fats + 3 + i for i in range(n - 1)] + [end]
    fat += [free] * (fats * per_fat - len(fat))

    def entry(label: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = label.encode("utf-16-le") + b"\x00\x00"
        return (
            raw.ljust(64, b"\x00")
            + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", free, free, child)
            + b"\x00" * 36
            + struct.pack("<IQ", start, size)
        )

    directory = entry("Root Entry", 5, 1, fats + 1, 0) + entry(name, 2, free, fats + 2, len(data))
    directory += (b"\x00" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", free, free, free)
                  + b"\x00" * 48) * 30  # fmt: skip
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
        + struct.pack("<HHHHH", 0x003E, 4, 0xFFFE, 12, 6) + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 1, fats, fats, 0, 4096, end, 0, end, 0)
        + b"".join(struct.pack("<I", i) for i in range(fats))
        + struct.pack("<I", free) * (109 - fats)
    )  # fmt: skip
    out = io.BytesIO()
    out.write(header.ljust(sector, b"\x00"))
    out.write(struct.pack(f"<{len(fat)}I", *fat))
    out.write(directory)
    out.write(b"\x00" * sector)  # the mini stream
    out.write(data)
    out.write(b"\x00" * (n * sector - len(data)))
    out.seek(0)
    return out


def _sheet_name(body: bytes) -> str:
    """The name in a BOUNDSHEET record (a short string: 8-bit or UTF-16)."""
    length, wide = body[6], body[7] & 1
    raw = body[8 : 8 + length * (2 if wide else 1)]
    return raw.decode("utf-16-le" if wide else "latin-1", "replace")
