"""Workbooks people open (issue 15): every header and value fits its column (the filter button
beside the header counted), and the series chart's title says what it plots (registered and
present people per Morning, not only the present)."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.cell import Cell

from mornings_desktop.documents.export_labels import labels
from mornings_desktop.services import exports
from mornings_desktop.services.workspace import Workspace

FILTER_BUTTON = 3  # characters the filter arrow takes beside a header
MAX_WIDTH = 60  # a longer value (a note) may wrap or run over


def shown_length(cell: Cell) -> int:
    value = cell.value
    if isinstance(value, (datetime, time)) and "y" not in cell.number_format.lower():
        return 5  # a time of day, hh:mm
    if isinstance(value, datetime):
        return 16  # dd/mm/yyyy hh:mm
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:.0%}") if value <= 1 else len(str(value))
    text = "" if value is None else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def misfits(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    out = []
    for sheet in book.worksheets:
        if not sheet.auto_filter.ref:
            continue  # the tables: one header row, then rows
        headers = [c.value for c in sheet[1]]
        for index, header in enumerate(headers, start=1):
            if header is None:
                continue
            letter = openpyxl.utils.get_column_letter(index)
            width = sheet.column_dimensions[letter].width
            cells = [
                row[0]
                for row in sheet.iter_rows(min_row=2, min_col=index, max_col=index)
                if not row[0].alignment.wrap_text  # a wrapped cell wraps by design
            ]
            needed = max(
                len(str(header)) + FILTER_BUTTON,
                min(max((shown_length(c) for c in cells), default=0) + 1, MAX_WIDTH),
            )
            if width < needed:
                out.append(f"{sheet.title}!{letter} “{header}”: {width} < {needed}")
    return out


@pytest.mark.parametrize("language", ["fr", "en"])
def test_headers_and_values_fit_their_columns(
    ws: Workspace, demo_morning: str, tmp_path: Path, language: str
) -> None:
    attendance = tmp_path / "presences.xlsx"
    exports.export_attendance(ws, demo_morning, attendance, language=language)
    series = tmp_path / "serie.xlsx"
    exports.export_series(ws, series, language=language)
    assert misfits(attendance) == []
    assert misfits(series) == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_series_chart_title_names_what_it_plots(
    ws: Workspace, demo_morning: str, tmp_path: Path, language: str
) -> None:
    series = tmp_path / "serie.xlsx"
    exports.export_series(ws, series, language=language)
    with zipfile.ZipFile(series) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        xml = z.read(charts[0]).decode()
    title = re.search(r"<chart><title>.*?</title>", xml, re.S)  # the chart's, not an axis'

    assert title is not None
    title_text = " ".join(re.findall(r"<a:t>(.*?)</a:t>", title.group(0)))
    # the two series it plots: the "registered" and "present" columns of the summary
    book = openpyxl.load_workbook(series)
    summary = book.worksheets[0]
    plotted = re.findall(r"<tx><strRef><f>[^<]*!\$?([A-Z])\$?1</f>", xml)
    names = [summary[f"{col}1"].value for col in plotted]
    words = labels(language)
    assert names == [words["registered"], words["present_count"]]
    for name in names:
        assert name.lower() in title_text.lower(), (title_text, names)
