"""Exports: the attendance workbook (or CSV) of a Morning, and the series report over a period.

The service gathers plain figures from the database in one read (it never writes: an export
changes nothing in the database), then hands them to `documents/` to lay out. Every file is written
to a temporary file in the target folder and renamed over the target at the end (`os.replace`), so
a failure, a cancel or a file held open by Excel never leaves half a workbook behind.

Definitions (the workbook says them in its labels too):
- *registered*: registrations of the Morning that are not cancelled (walk-ins included);
- *present*: registered and checked in (at least one admission not undone);
- *show-up rate*: present pre-registered / pre-registered (walk-ins are left out of both, since a
  walk-in is present by definition); 0 when nobody pre-registered;
- *first-timer* (series): present at this Morning and present at no earlier Morning in the
  database; *returning rate*: (present - first-timers) / present.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services import forecast, history_gate, mornings
from mornings_desktop.services.atomic_write import write_atomically
from mornings_desktop.services.attendance_report import attendance_report
from mornings_desktop.services.export_checks import check_language, check_target
from mornings_desktop.services.series_report import series_report
from mornings_desktop.services.workspace import Workspace

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    kind: str  # attendance-xlsx, attendance-csv, series-xlsx

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "rows": self.rows, "kind": self.kind}


# -- the exports ------------------------------------------------------------------------------
def export_attendance(
    ws: Workspace,
    morning_id: str,
    path: Path | str,
    *,
    language: str = "fr",
    progress: Progress | None = None,
    separator: str | None = None,
) -> ExportResult:
    """Write the attendance workbook (.xlsx) or its CSV (.csv, as French Excel opens it;
    `separator` `;` or `,`, by default `;` in French and `,` in English).

    Refuses a bad target before reading anything; writes nothing to the database.
    """
    target = check_target(path)
    check_language(language)
    if separator not in (None, ";", ","):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The CSV separator is “;” or “,”, not “{sep}”."),
            sep=str(separator),
        )
    # a past Morning waits for the history; a current one is written without its forecast
    history_gate.require_current(ws, mornings.get(ws, morning_id).date)
    report = attendance_report(ws, morning_id, language=language)
    if target.suffix.lower() == ".csv":
        from mornings_desktop.documents import attendance_csv

        write_atomically(
            target,
            lambda tmp: attendance_csv.write(report, tmp, progress=progress, separator=separator),
        )
        kind = "attendance-csv"
    else:
        from mornings_desktop.documents import attendance_xlsx

        sheet = (  # the "Prévision - réel" sheet
            None if history_gate.pending(ws) else forecast.for_export(ws, morning_id=morning_id)
        )
        write_atomically(
            target,
            lambda tmp: attendance_xlsx.write(report, tmp, progress=progress, forecast=sheet),
        )
        kind = "attendance-xlsx"
    return ExportResult(target, len(report.rows), kind)


def export_series(
    ws: Workspace,
    path: Path | str,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    language: str = "fr",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the series report (.xlsx) of the Mornings between `date_from` and `date_to`."""
    target = check_target(path, (".xlsx",))
    history_gate.require_history(ws)
    report = series_report(ws, date_from=date_from, date_to=date_to, language=language)
    from mornings_desktop.documents import series_xlsx

    sheet = forecast.for_export(ws, date_from=report.date_from, date_to=report.date_to)
    write_atomically(
        target, lambda tmp: series_xlsx.write(report, tmp, progress=progress, forecast=sheet)
    )
    return ExportResult(target, len(report.people), "series-xlsx")
