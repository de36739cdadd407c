"""Small shared pieces of our write-only workbooks: header cells, formatted cells, sheet setup.

Every row goes through `append`: text from people's data is written as text, never a formula
(openpyxl turns any string starting with `=` into `<f>`, and `#N/A`… into an error), and without
the control characters no workbook may hold.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from mornings_desktop.documents.export_labels import DATETIME_FORMAT
from mornings_desktop.text_keys import has_controls, strip_controls

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
TITLE_FONT = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")


def clean(value: object) -> object:
    """A string without control characters (a workbook cannot hold them); anything else as is."""
    if isinstance(value, str) and has_controls(value):
        return strip_controls(value, multiline=True)
    return value


def text(ws: WriteOnlyWorksheet, value: object) -> object:
    """`value` as a cell that Excel shows as typed: a string that openpyxl would write as a
    formula (`=…`) or an error (`#N/A`) becomes an explicit text cell; a cell that became a
    formula is turned back into text."""
    if isinstance(value, Cell):
        if value.data_type in ("f", "e") and isinstance(value.value, str):
            value.data_type = "s"
        return value
    value = clean(value)
    if isinstance(value, str) and (value[:1] == "=" or value in ERROR_CODES):
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"
        return cell
    return value


def append(ws: WriteOnlyWorksheet, values: Sequence[object]) -> None:
    """Add a row whose text cells are all text, whatever they start with."""
    ws.append([text(ws, v) for v in values])


def header_row(ws: WriteOnlyWorksheet, titles: Sequence[str]) -> list[WriteOnlyCell]:
    cells = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=clean(title))
        cell.data_type = "s" if isinstance(title, str) else cell.data_type
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cells.append(cell)
    return cells


def bold(ws: WriteOnlyWorksheet, value: object, *, size: int | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=clean(value))
    cell.font = TITLE_FONT if size else HEADER_FONT
    return text(ws, cell)


def formatted(ws: WriteOnlyWorksheet, value: object, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=clean(value))
    cell.number_format = number_format
    return text(ws, cell)


def dated(ws: WriteOnlyWorksheet, value: object, number_format: str = DATETIME_FORMAT) -> object:
    """A datetime as a real Excel date-time with a readable format; anything else as it is."""
    if isinstance(value, datetime | date):
        return formatted(ws, value, number_format)
    return value


MAX_WIDTH = 60  # a longer value (a note) runs over or wraps rather than widen the sheet
FILTER_BUTTON = 3  # characters the filter arrow takes beside a header


def shown_length(value: object) -> int:
    """About how many characters a value takes once shown (dates in their number format)."""
    if isinstance(value, datetime):
        return 16  # dd/mm/yyyy hh:mm
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return 6 if 0 <= value <= 1 else len(f"{value:g}")  # a rate, as "85 %"
    text = "" if value is None else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def fitted_widths(
    headers: Sequence[str], rows: Iterable[Sequence[object]], minimum: Sequence[float]
) -> list[float]:
    """Widths in which each header (beside its filter button) and each value fit, at least
    `minimum` and at most `MAX_WIDTH` for the values."""
    widths = [
        max(float(m), len(h) + FILTER_BUTTON + 1.0) for h, m in zip(headers, minimum, strict=True)
    ]
    for row in rows:
        for i, value in enumerate(row[: len(widths)]):
            need = min(shown_length(value) + 2, MAX_WIDTH)
            if need > widths[i]:
                widths[i] = need
    return widths


def set_widths(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    """Column widths (write-only sheets need them before the first row)."""
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def table_setup(ws: WriteOnlyWorksheet, n_columns: int, n_rows: int) -> None:
    """Frozen header row and a filter over the header and its `n_rows` rows."""
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(n_columns)}{n_rows + 1}"


def new_sheet(wb: Workbook, title: str, *, right_to_left: bool = False) -> WriteOnlyWorksheet:
    """A sheet that prints readably on A4: landscape, as wide as the page (as many pages down as
    it takes), the header row repeated on each page, page numbers in the footer. Without it the
    attendance sheet of a 400-person Morning came out on 48 pages cut between columns. (Set
    before the first row: a write-only sheet writes its properties with it.) `right_to_left`:
    column A on the right, as an Arabic reader expects."""
    ws = wb.create_sheet(title)
    ws.sheet_view.rightToLeft = right_to_left
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # 0: as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "&P / &N"
    ws.oddHeader.right.text = "&A"  # the sheet's name
    return ws


def save_built(path: Path, build: Callable[[Workbook], None]) -> None:
    """A write-only workbook filled by `build` (which may raise to cancel), saved to `path`
    (overwritten); on a cancel or a failure its sheets are discarded and nothing is written."""
    wb = Workbook(write_only=True)
    try:
        build(wb)
    except BaseException:
        discard(wb)
        raise
    wb.save(path)


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
