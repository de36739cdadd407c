"""Hostile registration files, built byte by byte (no library would write most of them), and a
runner that imports one with `mornings import` in a child process under a memory cap."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(os.environ.get("HOSTILE_ROOT") or Path(__file__).resolve().parents[3])
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


def run_import(db: Path, file: Path, *args: str, timeout: float = 60, cap: int = MEMORY_CAP) -> Run:
    """`mornings --db DB import FILE --event 2026-12-10 ARGS` in a child process, capped."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out_path, err_path = file.with_suffix(".out"), file.with_suffix(".err")
    start = time.monotonic()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mornings_desktop",
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
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                status = -9
                break
            time.sleep(0.02)
    proc.returncode = 0  # reaped by wait4
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status) if status != -9 else -9
    return Run(
        code,
        out_path.read_text("utf-8", "replace"),
        err_path.read_text("utf-8", "replace"),
        seconds,
        usage.ru_maxrss / 1024,
    )
