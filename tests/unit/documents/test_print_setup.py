"""Every sheet of every workbook we write prints readably: landscape A4, one page wide, the header
repeated on each page, page numbers (the attendance sheet used to print on 48 pages)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mornings_desktop.services import exports, tickets
from mornings_desktop.services.workspace import Workspace


def _check(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape", sheet.title
        assert str(setup.paperSize) == "9", sheet.title  # A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.print_title_rows == "$1:$1", sheet.title
        assert "&P" in (sheet.oddFooter.center.text or ""), sheet.title


@pytest.mark.parametrize("language", ["fr", "en"])
def test_attendance_and_series_workbooks_print_on_a4_width(
    ws: Workspace, demo_morning: str, tmp_path: Path, language: str
) -> None:
    attendance = tmp_path / "presences.xlsx"
    exports.export_attendance(ws, demo_morning, attendance, language=language)
    _check(attendance)
    series = tmp_path / "serie.xlsx"
    exports.export_series(ws, series, language=language)
    _check(series)


def test_mail_merge_prints_on_a4_width(ws: Workspace, demo_morning: str, tmp_path: Path) -> None:
    path = tmp_path / "publipostage.xlsx"
    tickets.write_tickets(ws, demo_morning, path)
    _check(path)
