"""The attendance workbook of a Morning: Attendance, Summary (with a chart), Programme, No-shows.

Written with openpyxl in write-only mode (rows stream to disk; 10,000 registrations take well under
a second more than the raw values). Dates are real Excel date-times in the venue's local time.
The caller (services.exports) gives a temporary path and renames it when this returns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from mornings_desktop.documents import forecast_sheet
from mornings_desktop.documents.export_labels import (
    ATTENDANCE_COLUMNS,
    PERCENT_FORMAT,
    RIGHT_TO_LEFT,
    TIME_FORMAT,
    attendance_values,
    labels,
)
from mornings_desktop.documents.xlsx_style import (
    WRAP,
    append,
    bold,
    dated,
    fitted_widths,
    formatted,
    header_row,
    new_sheet,
    save_built,
    set_widths,
    table_setup,
)

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from mornings_desktop.services.export_rows import (
        AttendanceReport,
        AttendanceRow,
        GroupCount,
        ProgrammeItem,
    )

Progress = Callable[[int, int, str], None]
NO_SHOW_COLUMNS = [
    ("last_name", 22),
    ("first_name", 18),
    ("organisation", 28),
    ("job_title", 24),
    ("category", 12),
    ("email", 32),
    ("phone", 16),
    ("code", 17),
    ("registered_at", 17),
]
DATE_COLUMNS = {"registered_at", "arrival"}
PROGRESS_EVERY = 500


def write(report: AttendanceReport, path: Path, *, progress: Progress | None = None, forecast: forecast_sheet.Data = None) -> None:  # fmt: skip
    """Write the four sheets to `path` (overwritten). `progress` may raise to cancel."""

    def build(wb: Workbook) -> None:
        _fill(wb, report, progress)
        forecast_sheet.add(wb, forecast, report.language)

    save_built(path, build)


def _fill(wb: Workbook, report: AttendanceReport, progress: Progress | None) -> None:
    lang = report.language
    words = labels(lang)
    no_shows = report.no_shows
    total = len(report.rows) + len(no_shows)
    done = 0

    def tick(text: str) -> None:
        if progress is not None:
            progress(done, total, text)

    tick(words["sheet_attendance"])

    # Attendance: one row per registration
    rtl = lang in RIGHT_TO_LEFT
    ws = new_sheet(wb, words["sheet_attendance"], right_to_left=rtl)
    keys = [k for k, _w in ATTENDANCE_COLUMNS]
    set_widths(
        ws,
        fitted_widths(
            [words[k] for k in keys],
            (attendance_values(row, lang) for row in report.rows),
            [w for _k, w in ATTENDANCE_COLUMNS],
        ),
    )
    table_setup(ws, len(keys), len(report.rows))
    append(ws, header_row(ws, [words[k] for k in keys]))
    date_indexes = [i for i, k in enumerate(keys) if k in DATE_COLUMNS]
    for n, row in enumerate(report.rows, start=1):
        values = attendance_values(row, lang)
        for i in date_indexes:
            values[i] = dated(ws, values[i])
        append(ws, values)
        if n % PROGRESS_EVERY == 0:
            done = n
            tick(words["sheet_attendance"])
    done = len(report.rows)

    tick(words["sheet_summary"])
    _summary(new_sheet(wb, words["sheet_summary"], right_to_left=rtl), report)
    _programme(new_sheet(wb, words["sheet_programme"], right_to_left=rtl), report)

    # No-shows: for follow-up
    ws = new_sheet(wb, words["sheet_no_shows"], right_to_left=rtl)

    def no_show(r: AttendanceRow) -> list[object]:
        return [
            r.last_name, r.first_name, r.organisation, r.job_title, r.category_label, r.email,
            r.phone, r.code, r.registered_at,
        ]  # fmt: skip

    no_show_titles = [words[k] for k, _w in NO_SHOW_COLUMNS]
    minimum = [w for _k, w in NO_SHOW_COLUMNS]
    set_widths(ws, fitted_widths(no_show_titles, (no_show(r) for r in no_shows), minimum))
    table_setup(ws, len(NO_SHOW_COLUMNS), len(no_shows))
    append(ws, header_row(ws, no_show_titles))
    for n, r in enumerate(no_shows, start=1):
        values = no_show(r)
        values[-1] = dated(ws, r.registered_at)
        append(ws, values)
        if n % PROGRESS_EVERY == 0:
            done = len(report.rows) + n
            tick(words["sheet_no_shows"])
    done = total
    tick(words["sheet_no_shows"])


def _summary(ws: WriteOnlyWorksheet, report: AttendanceReport) -> None:
    words = labels(report.language)
    m = report.morning
    set_widths(ws, [38, 14, 12, 10])
    row = 0

    def put(*cells: object) -> int:
        nonlocal row
        append(ws, list(cells))
        row += 1
        return row

    put(bold(ws, words["morning"]), m.title)
    put(bold(ws, words["date"]), formatted(ws, date.fromisoformat(m.date), "dd/mm/yyyy"))
    put(bold(ws, words["venue"]), m.venue)
    put()
    put(words["registered"], report.registered)
    put(words["present_count"], report.present)
    put(words["show_up_rate"], formatted(ws, report.show_up_rate, PERCENT_FORMAT))
    put(words["walk_ins"], report.walk_ins)
    put(words["pre_registered"], report.pre_registered)
    put(words["pre_registered_present"], report.pre_registered_present)
    if not report.rows:
        put()
        put(words["nobody"])

    def groups(title_key: str, first_key: str, items: list[GroupCount]) -> None:
        put()
        put(bold(ws, words[title_key]))
        put(
            *header_row(
                ws, [words[first_key], words["registered"], words["present_count"], words["rate"]]
            )
        )
        for g in items:
            put(g.key, g.registered, g.present, formatted(ws, g.rate, PERCENT_FORMAT))

    groups("by_category", "category", report.by_category)
    groups("by_organisation", "organisation", report.by_organisation)

    put()
    put(bold(ws, words["arrivals"]))
    header = put(*header_row(ws, [words["slot"], words["arrivals_count"]]))
    for slot, count in report.arrivals:
        put(formatted(ws, slot, TIME_FORMAT), count)
    if not report.arrivals:
        put(words["no_arrivals"])
        return
    chart = BarChart()
    chart.type = "col"
    chart.title = words["chart_arrivals"]
    chart.y_axis.title = words["arrivals_count"]
    chart.x_axis.title = words["slot"]
    chart.legend = None
    data = Reference(ws, min_col=2, min_row=header, max_row=header + len(report.arrivals))
    slots = Reference(ws, min_col=1, min_row=header + 1, max_row=header + len(report.arrivals))
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(slots)
    chart.width, chart.height = 22, 11
    ws.add_chart(chart, f"F{max(header - 1, 1)}")


def _programme(ws: WriteOnlyWorksheet, report: AttendanceReport) -> None:
    words = labels(report.language)
    cols = [("start", 8), ("end", 8), ("kind", 12), ("title", 50), ("speakers", 60), ("room", 18)]

    def speakers_of(item: ProgrammeItem) -> str:
        return "; ".join(
            name + (f" ({', '.join(p for p in (role, org) if p)})" if role or org else "")
            for name, role, org in item.speakers
        )

    titles = [words[k] for k, _w in cols]
    shown = (
        ["00:00", "00:00", item.kind, "", speakers_of(item), item.room]  # the title wraps
        for item in report.programme
    )
    set_widths(ws, fitted_widths(titles, shown, [w for _k, w in cols]))
    if report.programme:
        table_setup(ws, len(cols), len(report.programme))
    append(ws, header_row(ws, titles))
    for item in report.programme:
        speakers = speakers_of(item)
        title = formatted(ws, item.title, "@")
        title.alignment = WRAP
        append(
            ws,
            [
                dated(ws, item.start, TIME_FORMAT),
                dated(ws, item.end, TIME_FORMAT),
                item.kind,
                title,
                speakers,
                item.room,
            ],
        )
    if not report.programme:
        append(ws, [words["empty_programme"]])
