"""A sheet read from a registration file (`Table`), and the cells as text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.imports.preflight import MAX_ROWS, ImportFileError


@dataclass
class Table:
    """A sheet: its header cells and an iterator of data rows `(line number, cells)`."""

    headers: list[str]
    rows: Iterator[tuple[int, list[str]]]
    kind: str  # xlsx, xls, ods, csv
    total: int | None = None  # data rows expected (for progress), when known
    encoding: str | None = None
    encoding_guessed: bool = False  # no BOM and not clean UTF-8: the person should look
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)
    sheet: str | None = None  # the sheet read, for a workbook
    sheets: list[str] = field(default_factory=list)  # every sheet of a workbook, in order
    # sheets looked at and refused (hostile, damaged), with why: the others can still be chosen
    unreadable: dict[str, ImportFileError] = field(default_factory=dict)


def cell_text(value: object) -> str:
    """A cell as text: integral numbers without `.0` (phones typed as numbers), dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return " ".join(str(value).split())


def refuse_too_many(path: Path, rows: int | None, limit: int = MAX_ROWS) -> None:
    if rows is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {file} has more than {max} rows, the most that can be imported at once. "
                "Split it into smaller files.",
            ),
            file=path.name,
            max=limit,
        )
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The file {file} has {rows} rows; at most {max} can be imported at once. "
            "Split it into smaller files.",
        ),
        file=path.name,
        rows=rows,
        max=limit,
    )
