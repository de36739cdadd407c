"""Our workbooks and CSV opened by LibreOffice (issue 15): `soffice --headless --convert-to`
reads them as a person's spreadsheet would, and we read back what it understood: no formula made
from people's names, phones kept as written with their `+`, accents intact. Slow (LibreOffice
starts in a few seconds): `make test-slow`, whose `libreoffice` target installs it as root."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from mornings_desktop.services import exports, tickets
from mornings_desktop.services.workspace import Workspace
from tests.unit.documents.test_formula_injection import DDE, HYPERLINK, morning  # noqa: F401

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="make libreoffice (as root)"),
]


def convert(source: Path, to: str, out: Path, *, infilter: str | None = None) -> Path:
    """`soffice --headless --convert-to TO` of `source` into `out`; the converted file."""
    out.mkdir(exist_ok=True)
    profile = out / "profile"  # a profile of its own: no first-start dialog, no shared lock
    args = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", to, "--outdir", str(out), str(source)]
    env = {**os.environ, "HOME": str(out)}
    done = subprocess.run(args, capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 0, done.stderr
    made = out / (source.stem + "." + to.split(":")[0])
    assert made.exists(), (done.stdout, done.stderr)
    return made


def test_attendance_workbook_read_by_libreoffice(
    ws: Workspace,
    morning: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    book = tmp_path / "presences.xlsx"
    exports.export_attendance(ws, morning, book)
    # LibreOffice writes the first sheet (Présences) as it computed it: formulas would be results
    text = convert(book, "csv:Text - txt - csv (StarCalc):59,34,76", tmp_path / "lo")
    rows = list(csv.reader(io.StringIO(text.read_text("utf-8")), delimiter=";"))
    cells = {c for row in rows for c in row}
    assert HYPERLINK in cells and DDE in cells  # the text as typed, not "Voir" nor an error
    assert "Bennani" in cells
    # phones are text cells: their + and leading 0 survive (a number would lose both)
    assert "+212612345679" in cells and "0661234567" in cells


def test_attendance_csv_read_by_libreoffice(
    ws: Workspace,
    morning: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    source = tmp_path / "presences.csv"
    exports.export_attendance(ws, morning, source)
    # French Excel's reading: `;`, `"`, UTF-8
    book = convert(source, "xlsx", tmp_path / "lo", infilter="CSV:59,34,76")
    sheet = openpyxl.load_workbook(book).worksheets[0]
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [v for v in values if isinstance(v, str) and v.startswith("=")]
    formulas = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    phones = [v for v in values if isinstance(v, str) and v.startswith("+212 6")]
    assert phones, values  # text with its +, not a number that lost it
    assert not [v for v in values if isinstance(v, (int, float)) and str(v).startswith("212")]


def test_mail_merge_workbook_read_by_libreoffice(
    ws: Workspace,
    morning: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    book = tmp_path / "publipostage.xlsx"
    tickets.write_tickets(ws, morning, book)
    text = convert(book, "csv:Text - txt - csv (StarCalc):59,34,76", tmp_path / "lo")
    cells = {
        c for row in csv.reader(io.StringIO(text.read_text("utf-8")), delimiter=";") for c in row
    }
    assert HYPERLINK in cells or any(HYPERLINK in c for c in cells)
