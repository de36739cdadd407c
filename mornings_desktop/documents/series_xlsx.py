"""The series report: one row per person and one column per Morning, and a per-Morning summary
with a chart of attendance. Write-only openpyxl, like the attendance workbook."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from mornings_desktop.documents import forecast_sheet
from mornings_desktop.documents.export_labels import PERCENT_FORMAT, RIGHT_TO_LEFT, labels
from mornings_desktop.documents.xlsx_style import (
    append,
    bold,
    fitted_widths,
    formatted,
    header_row,
    new_sheet,
    save_built,
    set_widths,
    table_setup,
)

if TYPE_CHECKING:
    from mornings_desktop.services.export_rows import SeriesReport

Progress = Callable[[int, int, str], None]


def write(report: SeriesReport, path: Path, *, progress: Progress | None = None, forecast: forecast_sheet.Data = None) -> None:  # fmt: skip
    """Write the summary and the per-person sheet to `path`. `progress` may raise to cancel."""

    def build(wb: Workbook) -> None:
        _fill(wb, report, progress)
        forecast_sheet.add(wb, forecast, report.language)

    save_built(path, build)


def _fill(wb: Workbook, report: SeriesReport, progress: Progress | None) -> None:
    words = labels(report.language)
    total = len(report.people)
    if progress is not None:
        progress(0, total, words["sheet_series"])

    # Summary first: it is what a reader wants to see on opening the file.
    rtl = report.language in RIGHT_TO_LEFT
    ws = new_sheet(wb, words["sheet_series_summary"], right_to_left=rtl)
    cols = [
        ("date", 12),
        ("morning", 50),
        ("registered", 11),
        ("present_count", 11),
        ("attendance_rate", 14),
        ("first_timers", 14),
        ("returning", 11),
        ("returning_rate", 14),
    ]
    summary_titles = [words[k] for k, _w in cols]
    summary_rows = [
        [date.fromisoformat(m.date), m.title, m.registered, m.present, m.show_up_rate,
         m.first_timers, m.returning, m.returning_rate]
        for m in report.mornings
    ]  # fmt: skip
    set_widths(ws, fitted_widths(summary_titles, summary_rows, [w for _k, w in cols]))
    ws.freeze_panes = "A2"
    append(ws, header_row(ws, summary_titles))
    for m in report.mornings:
        append(
            ws,
            [
                formatted(ws, date.fromisoformat(m.date), "dd/mm/yyyy"),
                m.title,
                m.registered,
                m.present,
                formatted(ws, m.show_up_rate, PERCENT_FORMAT),
                m.first_timers,
                m.returning,
                formatted(ws, m.returning_rate, PERCENT_FORMAT),
            ],
        )
    n = len(report.mornings)
    append(ws, [])
    period = " – ".join(
        [report.date_from or "…", report.date_to or "…"]
        if (report.date_from or report.date_to)
        else [words["period_open"]]
    )
    append(ws, [bold(ws, words["period"]), period])
    chart = BarChart()
    chart.type = "col"
    chart.title = words["chart_attendance"]  # the two series it plots: registered, present
    chart.y_axis.title = words["people_count"]
    chart.add_data(
        Reference(ws, min_col=3, max_col=4, min_row=1, max_row=n + 1), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=n + 1))
    chart.width, chart.height = 22, 11
    ws.add_chart(chart, f"A{n + 5}")

    # One row per person
    ws = new_sheet(wb, words["sheet_series"], right_to_left=rtl)
    fixed = [("name", 26), ("organisation", 28), ("email", 32)]
    minimum = [w for _k, w in fixed] + [12] * n + [12, 12]
    titles = [words[k] for k, _w in fixed] + [m.date for m in report.mornings]
    titles += [words["registrations"], words["attended"]]
    status_words = {
        "present": words["status_present"],
        "absent": words["status_absent"],
        "not_registered": words["status_not_registered"],
    }
    set_widths(
        ws,
        fitted_widths(
            titles,
            ([p.name, p.organisation, p.email, *(status_words[s] for s in p.statuses)]
             for p in report.people),
            minimum,
        ),
    )  # fmt: skip
    table_setup(ws, len(minimum), len(report.people))
    append(ws, header_row(ws, titles))
    for i, p in enumerate(report.people, start=1):
        append(
            ws,
            [
                p.name,
                p.organisation,
                p.email,
                *(status_words[s] for s in p.statuses),
                p.registered,
                p.attended,
            ],
        )
        if progress is not None and i % 500 == 0:
            progress(i, total, words["sheet_series"])
    if progress is not None:
        progress(total, total, words["sheet_series"])
