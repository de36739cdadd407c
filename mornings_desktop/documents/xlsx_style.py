"""Small shared pieces of our write-only workbooks: header cells, formatted cells, sheet setup."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from mornings_desktop.documents.export_labels import DATETIME_FORMAT

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
TITLE_FONT = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")


def header_row(ws: WriteOnlyWorksheet, titles: Sequence[str]) -> list[WriteOnlyCell]:
    cells = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cells.append(cell)
    return cells


def bold(ws: WriteOnlyWorksheet, value: object, *, size: int | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = TITLE_FONT if size else HEADER_FONT
    return cell


def formatted(ws: WriteOnlyWorksheet, value: object, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


def dated(ws: WriteOnlyWorksheet, value: object, number_format: str = DATETIME_FORMAT) -> object:
    """A datetime as a real Excel date-time with a readable format; anything else as it is."""
    if isinstance(value, datetime | date):
        return formatted(ws, value, number_format)
    return value


def set_widths(ws: WriteOnlyWorksheet, widths: Sequence[int]) -> None:
    """Column widths (write-only sheets need them before the first row)."""
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def table_setup(ws: WriteOnlyWorksheet, n_columns: int, n_rows: int) -> None:
    """Frozen header row and a filter over the header and its `n_rows` rows."""
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(n_columns)}{n_rows + 1}"


def discard(wb: Workbook) -> None:
    """Close the sheets of a write-only workbook that will not be saved (a cancel or a failure),
    so their streams end cleanly and their temporary files are removed."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            ws.close()
        writer = getattr(ws, "_writer", None)
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            with contextlib.suppress(OSError):
                os.unlink(out)
