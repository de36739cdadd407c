"""The preflight of old Excel (.xls) workbooks, sheet by sheet (see `preflight_ods_xls`), and the
copy without the sheets refused: the workbook stream with an end-of-sheet record after each
refused sheet's first record, in a compound file of its own."""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import IO

from mornings_desktop.imports.preflight import (
    MAX_UNZIPPED_BYTES,
    Extent,
    HostileFileError,
    _damaged,
    _too_big,
)
from mornings_desktop.imports.preflight_ods_xls import Survey

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
                if handle.seek(0, io.SEEK_END) != ole.get_size(stream):
                    raise _damaged(name)  # shorter than it says (a mini stream missing)
                handle.seek(0)
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
    started: set[int] = set()  # where the walk met a sheet's first record
    while True:
        head = handle.read(4)
        if len(head) < 4:
            if not set(sheets) <= started:  # a sheet starting where no record starts: forged
                raise _damaged(name)
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
                started.add(here)
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


def xls_without(survey: Survey) -> IO[bytes]:
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
    return compound_file(stream, data)


def compound_file(name: str, data: bytearray) -> IO[bytes]:
    """A compound file (CFB version 4, 4096-byte sectors) holding `data` as the stream `name`:
    the FAT sectors, one directory sector, an empty mini stream (a version 4 root must have
    one, for the reader), then the stream (at least 4096 bytes long)."""
    sector, per_fat = 4096, 1024
    if len(data) < sector:  # a smaller stream would go to the mini stream: padded instead
        data = data + b"\x00" * (sector - len(data))
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
