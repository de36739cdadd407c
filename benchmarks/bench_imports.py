"""Hostile-file benchmarks (issue 15): the preflight of a 10 MB workbook that hides a cell at
XFD1048576 after 90,000 genuine rows (the worst case: every row is looked at before the refusal).

- `preflight_10mb_hostile_xlsx`: `preflight.check_xlsx` on it (refused), beside python-calamine
  reading the same list without the far cell (the reader the preflight protects). Goal: ratio
  <= 1 (the look before costs less than the read it guards).
- `import_10mb_hostile_xlsx_seconds` / `_mb`: `mornings import` of it in a child process: refused
  with exit 2, its wall time and peak memory (its own: `tests.unit.imports.hostile.run_import`). Goal: under 30 s and 500 MB (the issue's bound).
- `import_10mb_ods_hostile_table_seconds` / `_peak`: `mornings import` of a 10 MB .ods whose
  first table holds 350 MB of XML (3 million rows, beyond the limits) before the list: the table
  left out, the list imported. Goal: under 30 s and 500 MB.
Run: `python -m benchmarks imports`, or `python benchmarks/bench_imports.py`.
"""

from __future__ import annotations

import base64
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The hostile-file tests' runner: a child capped in memory whose figure is its own peak (VmHWM),
# not `wait4`'s ru_maxrss (which starts from this process's size: Linux keeps it across exec).
from tests.unit.imports.hostile import run_import  # noqa: E402

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def make_xlsx(path: Path, rows: int, *, far_cell: bool) -> Path:
    """A list of `rows` people in inline strings (about 10 MB zipped for 90,000 rows: each has an 80-character reference), with or
    without one more cell at XFD1048576."""
    header = ["Nom", "Prénom", "Société", "E-mail", "Téléphone", "Fonction", "Catégorie", "Note"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
            'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
            '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
            '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook {_NS} xmlns:r="{_REL}"><sheets><sheet name="Inscrits" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
            f'Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(
                f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>'.encode()
            )
            cols = "ABCDEFGH"
            out.write(
                (
                    '<row r="1">'
                    + "".join(_cell(f"{c}1", h) for c, h in zip(cols, header, strict=True))
                    + "</row>"
                ).encode()
            )
            rng = random.Random(15)
            for i in range(2, rows + 2):
                values = (
                    f"Nom{i * 7919 % 100003}", f"Prénom{i % 977}", f"Société {i % 1499}",
                    f"p{i}@example.ma", f"06{i * 7919 % 10**8:08d}", "Directeur",
                    "Membre" if i % 3 else "Invité",
                    base64.b64encode(rng.randbytes(60)).decode(),  # a reference, as exported
                )  # fmt: skip
                row = "".join(_cell(f"{c}{i}", v) for c, v in zip(cols, values, strict=True))
                out.write(f'<row r="{i}">{row}</row>'.encode())
            if far_cell:
                out.write(f'<row r="1048576">{_cell("XFD1048576", "x")}</row>'.encode())
            out.write(b"</sheetData></worksheet>")
    return path


def _timed(fn: Any, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def bench_preflight(rows: int = 90_000) -> list[dict[str, Any]]:
    import python_calamine as pc

    from mornings_desktop.errors import UserError
    from mornings_desktop.imports import preflight

    with tempfile.TemporaryDirectory() as folder:
        hostile = make_xlsx(Path(folder) / "hostile.xlsx", rows, far_cell=True)
        genuine = make_xlsx(Path(folder) / "genuine.xlsx", rows, far_cell=False)
        size_mb = hostile.stat().st_size / 1e6

        def look() -> None:
            try:
                preflight.check_xlsx(hostile, 0)
            except UserError:
                return
            raise AssertionError("the hostile workbook was not refused")

        def read() -> None:
            sheet = pc.CalamineWorkbook.from_path(str(genuine)).get_sheet_by_index(0)
            for _ in sheet.iter_rows():
                pass

        # interleaved, best of three each: the machine is shared
        looked, baseline = [], []
        for _ in range(3):
            looked.append(_timed(look, 1))
            baseline.append(_timed(read, 1))
        value, base = min(looked), min(baseline)

        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        db = Path(folder) / "desk.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "mornings_desktop", "--db", str(db), "demo", "--attendees",
             "0", "--date", "2026-12-10"],
            env=env, capture_output=True, check=True,
        )  # fmt: skip
        run = run_import(db, hostile)  # its own peak (VmHWM), not wait4's: see hostile.run_import
        assert run.status == 2, run.status
    return [
        {
            "name": f"preflight_{size_mb:.0f}mb_hostile_xlsx",
            "value": value,
            "unit": "s",
            "baseline_name": "calamine reads the same list",
            "baseline_value": base,
            "goal": "ratio <= 1.0",
        },
        {
            "name": "import_hostile_xlsx_seconds",
            "value": run.seconds,
            "unit": "s",
            "goal": "exit 2 in under 30 s",
        },
        {
            "name": "import_hostile_xlsx_peak",
            "value": run.max_rss_mb,
            "unit": "MB",
            "goal": "under 500 MB",
        },
    ]


def make_ods_with_hostile_table(path: Path, rows: int = 3_000_000) -> Path:
    """A 10 MB .ods: a draft table of `rows` rows of three random letters, then a list of two."""
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    def row(*cells: str) -> bytes:
        return (
            "<table:table-row>"
            + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{c}</text:p>'
                "</table:table-cell>"
                for c in cells
            )
            + "</table:table-row>"
        ).encode()

    rng = random.Random(15)
    letters = "abcdefghijklmnopqrstuvwxyz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        with z.open("content.xml", "w", force_zip64=True) as out:
            out.write(
                f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                f'xmlns:office="{office}" xmlns:table="{table}" xmlns:text="{text}" '
                'office:version="1.2"><office:body><office:spreadsheet>'
                '<table:table table:name="Brouillon">'.encode()
            )
            for _ in range(rows // 1000):
                out.write(b"".join(row("".join(rng.choices(letters, k=3))) for _ in range(1000)))
            out.write(b'</table:table><table:table table:name="Inscrits">')
            out.write(row("Nom", "Prénom") + row("Bennani", "Karim") + row("Tazi", "Salma"))
            out.write(
                b"</table:table></office:spreadsheet></office:body></office:document-content>"
            )
    return path


def bench_ods_hostile_table() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as folder:
        made = make_ods_with_hostile_table(Path(folder) / "Matinale.ods")
        size_mb = made.stat().st_size / 1e6
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        db = Path(folder) / "desk.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "mornings_desktop", "--db", str(db), "demo", "--attendees",
             "0", "--date", "2026-12-10"],
            env=env, capture_output=True, check=True,
        )  # fmt: skip
        run = run_import(db, made, "--dry-run")
        assert run.status == 0 and "sheet not read: Brouillon" in run.stdout, run.status
    return [
        {
            "name": f"import_{size_mb:.0f}mb_ods_hostile_table_seconds",
            "value": run.seconds,
            "unit": "s",
            "goal": "the list imported, the table left out, in under 30 s",
        },
        {
            "name": "import_ods_hostile_table_peak",
            "value": run.max_rss_mb,
            "unit": "MB",
            "goal": "under 500 MB",
        },
    ]


def run() -> list[dict[str, Any]]:
    return bench_preflight() + bench_ods_hostile_table()


if __name__ == "__main__":
    for result in run():
        print(result)
