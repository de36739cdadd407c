"""The preflight of LibreOffice (.ods) and old Excel (.xls, in `preflight_xls`) workbooks (see
`preflight`), sheet by sheet, and a copy of the workbook without the sheets it refuses.

The readers build every sheet of an .ods or .xls when the file is opened, so each sheet is looked
at first: a sheet that goes beyond the limits (its cells, repeats counted, or one cell's length)
is refused on its own (`Survey.refused`, with the reason, in the order of the sheets), and the
reader is then given a copy held in memory in which those sheets are empty (`ods_without`,
`preflight_xls.xls_without`): an .ods table keeps its name and loses its rows; an .xls sheet ends
right after its first record.
What concerns the file as a whole (its unpacked size, a damaged zip, XML or compound file)
refuses the file.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

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
        "cell_at": -1, "row_max": 0, "inside": -1, "refused": 0, "delta": 0, "at": 0,
    }  # fmt: skip
    # every open element (for the end tags that close a refused table's open ones) and the
    # namespace prefixes declared (to spell those end tags): see `_feed`
    stack: list[str] = []
    prefixes: dict[str, str] = {}

    def refuse(exc: HostileFileError) -> None:
        """This table goes beyond the limits: refused, the rest of it not counted."""
        if not s["refused"]:
            survey.refused[survey.names[-1]] = exc
            s["refused"] = 1

    def start(tag: str, attrs: dict[str, str]) -> None:
        stack.append(tag)
        if s["depth"] == 1 and s["inside"] < 0:  # the table's first child: its content
            s["inside"] = parser.CurrentByteIndex + s["delta"]
        if tag == table:
            s["depth"] += 1
            if s["depth"] == 1:  # a new sheet: its own extent, named in a refusal
                s["at"] = len(stack) - 1
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
        stack.pop()
        if tag == table:
            if s["depth"] == 1 and s["refused"] and s["inside"] >= 0:
                survey.cuts.append((s["inside"], parser.CurrentByteIndex + s["delta"]))
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

    def declared(prefix: str | None, uri: str) -> None:
        prefixes[uri] = f"{prefix}:" if prefix else ""

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartNamespaceDeclHandler = declared
    try:
        with archive.open("content.xml") as handle:
            _feed(handle, parser, name, s, stack, prefixes)
    except expat.ExpatError:
        raise _damaged(name) from None
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, ValueError):
        raise _damaged(name) from None


_TAIL = 1024  # bytes kept between chunks while looking for a refused table's end tag


def _feed(
    handle: IO[bytes],
    parser: Any,
    name: str,
    s: dict[str, int],
    stack: list[str],
    prefixes: dict[str, str],
) -> None:
    """Feed content.xml to `parser` by chunks, counting the bytes really unpacked; the rest of
    a refused table is not parsed but skipped at the speed of `re` up to its end tag (the bytes
    skipped are then left out of the reader's copy, see `Survey.cuts`: nothing skipped here is
    ever read). The parser is then given end tags for the elements the table still had open,
    and the table's own end tag, and goes on. `s["delta"]`: a position in the file minus the
    parser's position (bytes skipped less end tags given). A chunk is fed up to its last `>`, so
    that the parser never holds half a tag when the end tags are given; anything unusual (an
    end tag in a comment, two prefixes for one namespace, a table inside the refused one) makes
    the parser fail, and the file is refused as damaged."""
    read = 0
    buffer = b""
    close: re.Pattern[bytes] | None = None  # the refused table's end tag, while skipping
    while True:
        chunk = handle.read(_CHUNK)
        read += len(chunk)
        if read > MAX_UNZIPPED_BYTES:
            raise _too_big(name)
        buffer += chunk
        if close is not None:
            found = close.search(buffer)
            if found is None:
                if not chunk:
                    raise _damaged(name)  # a table that never ends
                s["delta"] += max(0, len(buffer) - _TAIL)
                buffer = buffer[-_TAIL:]
                continue
            closers = "".join(f"</{_qname(t, prefixes)}>" for t in reversed(stack[s["at"] + 1 :]))
            s["delta"] += found.start() - len(closers.encode())
            buffer = buffer[found.start() :]
            close = None
            parser.Parse(closers.encode(), False)
        if not chunk:
            parser.Parse(buffer, True)
            return
        cut = buffer.rfind(b">") + 1 or len(buffer)
        parser.Parse(buffer[:cut], False)
        buffer = buffer[cut:]
        if s["refused"] and s["depth"] >= 1:  # the rest of this table: skipped
            qname = _qname(stack[s["at"]], prefixes).encode()
            close = re.compile(rb"</" + re.escape(qname) + rb"\s*>")


def _qname(tag: str, prefixes: dict[str, str]) -> str:
    """`uri local` (expat's) as written in the file: `prefix:local`."""
    uri, _, local = tag.rpartition(" ")
    return f"{prefixes.get(uri, '')}{local}" if uri else local


def ods_without(survey: Survey) -> IO[bytes]:
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
