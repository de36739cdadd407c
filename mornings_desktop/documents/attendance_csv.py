"""The Attendance sheet as a CSV file that French Excel opens as it is (double-click).

French Excel expects `;` between fields (English Excel `,`: the default follows the language,
and `separator` chooses) (`,` is the decimal mark), CRLF line ends, and recognises
UTF-8 only with a byte-order mark. Date-times are written `dd/mm/yyyy hh:mm`, which it reads as real
dates in the French locale; English exports use ISO `yyyy-mm-dd hh:mm`, which every locale reads.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mornings_desktop.documents.export_labels import ATTENDANCE_COLUMNS, attendance_values, labels
from mornings_desktop.text_keys import is_spaced_phone, phone_display, strip_controls

if TYPE_CHECKING:
    from mornings_desktop.services.export_rows import AttendanceReport

Progress = Callable[[int, int, str], None]
DATETIME_TEXT = {"fr": "%d/%m/%Y %H:%M", "en": "%Y-%m-%d %H:%M", "ar": "%d/%m/%Y %H:%M"}
FORMULA_START = ("=", "+", "-", "@")
PHONE_INDEX = [k for k, _w in ATTENDANCE_COLUMNS].index("phone")


def cell_text(value: object, language: str, *, phone: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(DATETIME_TEXT[language])
    text = strip_controls(str(value), multiline=True)
    if phone:
        # `+212 6 61 23 45 67`: opened as text by Excel and LibreOffice in every locale (a bare
        # `+212661234567` loses its `+`), so it needs no apostrophe.
        text = phone_display(text)
        if is_spaced_phone(text):
            return text
    # A name or company typed as "=..." (or "+", "-", "@") must not become a formula when a
    # spreadsheet opens the file: the apostrophe makes it text.
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


SEPARATORS = (";", ",")


def default_separator(language: str) -> str:
    """`;` for French and Arabic (their Excel's region uses `,` as decimal mark), `,` for English.
    Excel follows the computer's region, not the file's language: `--sep` says otherwise."""
    return "," if language == "en" else ";"


def write(
    report: AttendanceReport,
    path: Path,
    *,
    progress: Progress | None = None,
    separator: str | None = None,
) -> None:
    lang = report.language
    words = labels(lang)
    total = len(report.rows)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(
            handle,
            delimiter=separator or default_separator(lang),
            lineterminator="\r\n",
            quoting=csv.QUOTE_MINIMAL,
        )
        out.writerow([words[k] for k, _w in ATTENDANCE_COLUMNS])
        for n, row in enumerate(report.rows, start=1):
            values = attendance_values(row, lang)
            out.writerow([cell_text(v, lang, phone=i == PHONE_INDEX) for i, v in enumerate(values)])
            if progress is not None and n % 1000 == 0:
                progress(n, total, words["sheet_attendance"])
    if progress is not None:
        progress(total, total, words["sheet_attendance"])
