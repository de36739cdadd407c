"""Hostile registration files, built byte by byte (no library would write most of them), and a
runner that imports one with `mornings import` in a child process under a memory cap."""

from __future__ import annotations

import os
import resource
import struct
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
_CT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WB = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def raw_xlsx(path: Path, sheet: bytes | str, *, shared: bytes | str | None = None) -> Path:
    """An .xlsx with `sheet` as its only worksheet's XML (and `shared` as its shared strings)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr(
            "xl/sharedStrings.xml",
            shared
            if shared is not None
            else f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="0" uniqueCount="0"/>',
        )
    return path


def _sheet(rows: str, dimension: str | None = None) -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}>{dim}'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def _people_rows() -> str:
    header = _inline("A1", "Nom") + _inline("B1", "Prénom")
    person = _inline("A2", "Bennani") + _inline("B2", "Karim")
    return f'<row r="1">{header}</row><row r="2">{person}</row>'


def far_cell_xlsx(path: Path, ref: str = "XFD1048576") -> Path:
    """A list of one person plus one cell far away (`XFD1048576`: the last cell of a sheet)."""
    row = int("".join(c for c in ref if c.isdigit()))
    return raw_xlsx(path, _sheet(_people_rows() + f'<row r="{row}">{_inline(ref, "x")}</row>'))


def declared_far_xlsx(path: Path) -> Path:
    """One person, with a `<dimension>` that claims the whole sheet."""
    return raw_xlsx(path, _sheet(_people_rows(), dimension="A1:XFD1048576"))


def whitespace_xlsx(path: Path, megabytes: int = 1000) -> Path:
    """One person, then `megabytes` MB of spaces inside the sheet (about 1 MB once zipped)."""
    head = _sheet(_people_rows()).encode()
    cut = head.index(b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr(
            "xl/sharedStrings.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="0" uniqueCount="0"/>',
        )
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(head[:cut])
            block = b" " * (1024 * 1024)
            for _ in range(megabytes):
                out.write(block)
            out.write(head[cut:])
    return path


def huge_cell_xlsx(path: Path, megabytes: int = 400) -> Path:
    """One person whose first name is one shared string of `megabytes` MB (a zip bomb)."""
    sheet = _sheet(
        '<row r="1">'
        + _inline("A1", "Nom")
        + _inline("B1", "Prénom")
        + '</row><row r="2">'
        + _inline("A2", "Bennani")
        + '<c r="B2" t="s"><v>0</v></c></row>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="1" '.encode())
            out.write(b'uniqueCount="1"><si><t>')
            block = b"K" * (1024 * 1024)
            for _ in range(megabytes):
                out.write(block)
            out.write(b"</t></si></sst>")
    return path


def repeated_ods(path: Path, *, rows: int = 1_048_575, columns: int = 16_383) -> Path:
    """An .ods of one person, then a row of `columns` repeated filled cells `rows` times."""
    bomb = (
        f'<table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell table:number-columns-repeated="{columns}" office:value-type="string">'
        "<text:p>x</text:p></table:table-cell></table:table-row>"
    )
    return ods_with(path, bomb)


def ods_with(path: Path, extra_rows: str) -> Path:
    """A one-person .ods whose table ends with `extra_rows` (raw XML)."""
    from tests.unit.imports.files import minimal_ods

    minimal_ods(path, [["Nom", "Prénom"], ["Bennani", "Karim"]])
    with zipfile.ZipFile(path) as z:
        members = {name: z.read(name) for name in z.namelist()}
    content = members["content.xml"].decode()
    members["content.xml"] = content.replace(
        "</table:table>", extra_rows + "</table:table>"
    ).encode()
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), members.pop("mimetype"))
        for name, data in members.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return path


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_mb: float


MEMORY_CAP = 1536 * 1024 * 1024  # address space: Python, SQLAlchemy and the readers' arenas

# The child's own peak (VmHWM of its program, read at exit): `wait4`'s ru_maxrss is not it — a
# child forked from this test process starts its count at this process's size (Linux carries the
# pre-exec high-water mark over exec), so a pytest worker grown past 500 MB by earlier tests made
# every import look that large.
_PEAK_WRAPPER = """
import atexit, os, runpy, sys

def _peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                with open(os.environ["MORNINGS_TEST_PEAK_FILE"], "w") as out:
                    out.write(line.split()[1])

atexit.register(_peak)
sys.argv = ["mornings", *sys.argv[1:]]
runpy.run_module("mornings_desktop", run_name="__main__", alter_sys=True)
"""


def _hwm_kb(pid: int) -> int:
    """The running process's VmHWM in kB (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_import(db: Path, file: Path, *args: str, timeout: float = 60, cap: int = MEMORY_CAP) -> Run:
    """`mornings --db DB import FILE --event 2026-12-10 ARGS` in a child process, capped."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    peak_path = file.with_suffix(".peak")
    peak_path.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "MORNINGS_TEST_PEAK_FILE": str(peak_path),
    }
    out_path, err_path = file.with_suffix(".out"), file.with_suffix(".err")
    start = time.monotonic()
    polled = 0
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _PEAK_WRAPPER,
                "--db",
                str(db),
                "import",
                str(file),
                "--event",
                "2026-12-10",
                *args,
            ],
            stdout=out,
            stderr=err,
            env=env,
            preexec_fn=limit,
        )
        while True:
            polled = max(polled, _hwm_kb(proc.pid))
            pid, status, _usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                proc.kill()
                pid, status, _usage = os.wait4(proc.pid, 0)
                status = -9
                break
            time.sleep(0.02)
    proc.returncode = 0  # reaped by wait4
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status) if status != -9 else -9
    at_exit = int(peak_path.read_text()) if peak_path.exists() else 0
    return Run(
        code,
        out_path.read_text("utf-8", "replace"),
        err_path.read_text("utf-8", "replace"),
        seconds,
        max(at_exit, polled) / 1024,
    )


# -- .xls: a BIFF8 workbook in a compound file, built by hand -------------------------------------
def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _biff(cells: list[tuple[int, int, str]], dimension: tuple[int, int] | None = None) -> bytes:
    """A workbook stream: one sheet with string cells `(row, column, text)` (0-based)."""
    strings = sorted({t for _, _, t in cells})
    sst = struct.pack("<II", len(cells), len(strings)) + b"".join(
        struct.pack("<HB", len(s), 1) + s.encode("utf-16-le") for s in strings
    )
    bof = lambda dt: _record(0x0809, struct.pack("<HHHHII", 0x0600, dt, 0x0DBB, 0x07CC, 0, 6))  # noqa: E731
    name = b"Feuil1"
    head = bof(0x0005) + _record(0x0042, struct.pack("<H", 1200))
    tail = _record(0x00FC, sst) + _record(0x000A, b"")
    bound_len = 4 + 4 + 2 + 2 + len(name)
    offset = len(head) + bound_len + len(tail)
    globals_ = head + _record(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(name), 0) + name)
    globals_ += tail
    rows = max(r for r, _, _ in cells) + 1
    cols = max(c for _, c, _ in cells) + 1
    rows, cols = dimension or (rows, cols)
    sheet = bof(0x0010) + _record(0x0200, struct.pack("<IIHHH", 0, rows, 0, cols, 0))
    for r, c, t in cells:
        sheet += _record(0x00FD, struct.pack("<HHHI", r, c, 15, strings.index(t)))
    sheet += _record(0x000A, b"")
    stream = globals_ + sheet
    return stream + b"\x00" * max(0, 4096 - len(stream))


def _compound(stream: bytes) -> bytes:
    """A compound file (CFB v3) holding `stream` as `Workbook`."""
    sector = 512
    n = -(-len(stream) // sector)
    assert n + 2 <= 128, "one FAT sector is enough for these small files"
    free, end, fat_sect = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    fat = [fat_sect, end] + [i + 3 for i in range(n - 1)] + [end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        return (
            raw.ljust(64, b"\x00")
            + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", free, free, child)
            + b"\x00" * 16
            + b"\x00" * 4
            + b"\x00" * 16
            + struct.pack("<IQ", start, size)
        )

    directory = entry("Root Entry", 5, 1, end, 0) + entry("Workbook", 2, free, 2, len(stream))
    directory = directory.ljust(sector, b"\x00")
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
        + struct.pack("<HHHHH", 0x003E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<I", 0) + struct.pack("<I", free) * 108
    )  # fmt: skip
    assert len(header) == sector
    body = struct.pack("<128I", *fat) + directory + stream.ljust(n * sector, b"\x00")
    return header + body


def xls(
    path: Path, cells: list[tuple[int, int, str]], dimension: tuple[int, int] | None = None
) -> Path:
    path.write_bytes(_compound(_biff(cells, dimension)))
    return path


# -- workbooks of several sheets ------------------------------------------------------------------
def sheets_xlsx(path: Path, sheets: list[tuple[str, str]]) -> Path:
    """An .xlsx of several worksheets `(name, sheet XML)`, in this order."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(2, len(sheets) + 1)
    )
    workbook = _WB.replace(
        '<sheet name="Feuil1" sheetId="1" r:id="rId1"/>',
        "".join(
            f'<sheet name="{name}" sheetId="{i}" r:id="rId{i + 10}"/>'
            for i, (name, _) in enumerate(sheets, 1)
        ),
    )
    rels = _WB_RELS.replace(
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>',
        "".join(
            f'<Relationship Id="rId{i + 10}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            f'Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        ),
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT.replace("</Types>", overrides + "</Types>"))
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        for i, (_, xml) in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", xml)
        z.writestr(
            "xl/sharedStrings.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="0" uniqueCount="0"/>',
        )
    return path


def people_sheet() -> str:
    """A sheet of one person (Bennani Karim) under a Nom / Prénom header."""
    return _sheet(_people_rows())


def far_cell_sheet(ref: str = "XFD1048576") -> str:
    """A sheet of one person plus one cell far away."""
    row = int("".join(c for c in ref if c.isdigit()))
    return _sheet(_people_rows() + f'<row r="{row}">{_inline(ref, "x")}</row>')


def ods_tables(path: Path, tables: list[tuple[str, str]]) -> Path:
    """An .ods of several tables `(name, raw rows XML)`."""
    from tests.unit.imports.files import minimal_ods

    minimal_ods(path, [])
    with zipfile.ZipFile(path) as z:
        members = {name: z.read(name) for name in z.namelist()}
    body = "".join(f'<table:table table:name="{n}">{rows}</table:table>' for n, rows in tables)
    content = members["content.xml"].decode()
    start = content.index("<table:table ")
    end = content.index("</table:table>") + len("</table:table>")
    members["content.xml"] = (content[:start] + body + content[end:]).encode()
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), members.pop("mimetype"))
        for name, data in members.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def ods_rows(rows: list[list[str]]) -> str:
    """Rows of text cells, as an .ods table holds them."""
    from xml.sax.saxutils import escape

    return "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p>'
            "</table:table-cell>"
            for c in row
        )
        + "</table:table-row>"
        for row in rows
    )


def ods_bomb_rows(rows: int, columns: int) -> str:
    """One filled row of `columns` repeated cells, repeated `rows` times."""
    return (
        f'<table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell table:number-columns-repeated="{columns}" office:value-type="string">'
        "<text:p>x</text:p></table:table-cell></table:table-row>"
    )


def _biff_sheets(
    sheets: list[tuple[str, list[tuple[int, int, str]], tuple[int, int] | None]],
) -> bytes:
    """A workbook stream of several sheets `(name, cells, dimension)`."""
    every = [(r, c, t) for _, cells, _ in sheets for r, c, t in cells]
    strings = sorted({t for _, _, t in every})
    sst = struct.pack("<II", len(every), len(strings)) + b"".join(
        struct.pack("<HB", len(s), 1) + s.encode("utf-16-le") for s in strings
    )
    bof = lambda dt: _record(0x0809, struct.pack("<HHHHII", 0x0600, dt, 0x0DBB, 0x07CC, 0, 6))  # noqa: E731
    head = bof(0x0005) + _record(0x0042, struct.pack("<H", 1200))
    tail = _record(0x00FC, sst) + _record(0x000A, b"")
    bodies = []
    for _, cells, dimension in sheets:
        rows = max(r for r, _, _ in cells) + 1
        cols = max(c for _, c, _ in cells) + 1
        rows, cols = dimension or (rows, cols)
        body = bof(0x0010) + _record(0x0200, struct.pack("<IIHHH", 0, rows, 0, cols, 0))
        for r, c, t in cells:
            body += _record(0x00FD, struct.pack("<HHHI", r, c, 15, strings.index(t)))
        bodies.append(body + _record(0x000A, b""))
    bound_lens = [4 + 4 + 2 + 2 + len(name.encode("latin-1")) for name, _, _ in sheets]
    offset = len(head) + sum(bound_lens) + len(tail)
    globals_ = head
    for (name, _, _), body in zip(sheets, bodies, strict=True):
        raw = name.encode("latin-1")
        globals_ += _record(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(raw), 0) + raw)
        offset += len(body)
    stream = globals_ + tail + b"".join(bodies)
    return stream + b"\x00" * max(0, 4096 - len(stream))


def xls_sheets(
    path: Path, sheets: list[tuple[str, list[tuple[int, int, str]], tuple[int, int] | None]]
) -> Path:
    path.write_bytes(_compound(_biff_sheets(sheets)))
    return path
