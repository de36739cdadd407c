"""Which sheet of a workbook is read, and reading it.

A workbook often holds more than the list: a summary first, notes, an archive of last month. The
sheet read is the one the person names (`--sheet`, or the window's choice: a name, any case or
accents, or a number from 1), else the first visible sheet whose header row names people (a
name column, among the first rows, see `header_row`), else the first visible sheet.

Every sheet is looked at by `preflight` before the reader builds it: for .xlsx, the reader builds
only the sheet asked for, so only the sheets read are scanned (the candidates, one after the
other, stopping at the list); .ods and .xls readers build every sheet at opening, so every sheet
is scanned first (`preflight_ods_xls`), and the reader is given a copy in memory in which the
sheets refused are empty.

A sheet refused by the look before (a hostile draft, a damaged .xlsx sheet) does not refuse the
file: it is noted in `Table.unreadable` with its reason and the next candidate is read; the file
is refused only when no sheet can be read, or when the sheet refused is the one asked for.
`survey=True` (the window's preview) also looks at the .xlsx sheets after the one found, so that
only readable sheets are offered (every .ods and .xls sheet is looked at anyway).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.imports import preflight, preflight_ods_xls, preflight_xls
from mornings_desktop.imports.header_row import first_header
from mornings_desktop.imports.mapping import guess_mapping
from mornings_desktop.imports.preflight import MAX_ROWS, ImportFileError
from mornings_desktop.imports.table import Table, cell_text, refuse_too_many
from mornings_desktop.text_keys import fold

_NAMES = ("first_name", "last_name", "full_name")


def open_sheet(path: Path, kind: str, sheet: str | None, *, survey: bool = False) -> Table:
    """The `Table` of the chosen sheet of a workbook (`kind`: xlsx, ods or xls)."""
    import python_calamine as pc

    refused: dict[str, ImportFileError] = {}  # sheets the look before refused (.ods, .xls)
    looked_names: list[str] = []
    looked: preflight_ods_xls.Survey | None = None
    if kind in ("ods", "xls"):
        looked = (
            preflight_ods_xls.check_ods(path) if kind == "ods" else preflight_xls.check_xls(path)
        )
        if looked.refused and len(looked.refused) >= len(looked.names):
            raise next(iter(looked.refused.values()))  # nothing left to read
        refused, looked_names = dict(looked.refused), looked.names
    else:
        preflight.check_xlsx(path, -1)  # the package and shared strings; sheets when read
    try:
        source: Path | IO[bytes] = path
        if looked is not None and looked.refused:  # a copy without the sheets refused
            if kind == "xls":
                source = preflight_xls.xls_without(looked)
            else:
                source = preflight_ods_xls.ods_without(looked)
        if isinstance(source, Path):
            workbook = pc.CalamineWorkbook.from_path(str(source))
        else:
            workbook = pc.CalamineWorkbook.from_filelike(source)
        names = list(workbook.sheet_names)
        hidden = {
            m.name for m in workbook.sheets_metadata if str(m.visible).lower().endswith("hidden")
        }
    except pc.PasswordError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} is protected by a password."),
            file=path.name,
        ) from None
    except ImportFileError:
        raise
    except BaseException as exc:  # calamine raises several types for damaged files
        raise _damaged(path, _reader_failure(exc)) from None
    if not names:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} has no rows."), file=path.name
        )
    if refused and not set(refused) <= set(names) and len(looked_names) == len(names):
        refused = {names[looked_names.index(n)]: e for n, e in refused.items()}  # by position
    if sheet is not None:
        index = resolve(sheet, names)
        if index is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file {file} has no sheet “{sheet}”; its sheets are: {sheets}.",
                ),
                file=path.name,
                sheet=sheet,
                sheets=", ".join(names),
            )
        if names[index] in refused:
            raise refused[names[index]]
        table = _read(path, kind, workbook, names, index)
        table.unreadable = {n: refused[n] for n in names if n in refused and n not in hidden}
        return table
    candidates = [i for i, n in enumerate(names) if n not in hidden] or list(range(len(names)))
    fallback: Table | None = None
    found: Table | None = None
    unreadable: dict[str, ImportFileError] = {n: e for n, e in refused.items() if n not in hidden}
    seen: set[int] = set()
    for index in candidates:
        seen.add(index)
        if names[index] in refused:
            continue  # refused by the look before (.ods, .xls): the next one
        try:
            table = _read(path, kind, workbook, names, index, missing_ok=len(candidates) > 1)
        except ImportFileError as exc:
            if kind != "xlsx" or len(candidates) == 1:
                raise
            unreadable[names[index]] = exc  # a hostile draft before the list: the next one
            continue
        if table.headers and any(f in _NAMES for f in guess_mapping(table.headers).columns):
            found = table
            break
        if fallback is None and table.headers:
            fallback = table
    result = found or fallback
    if result is None:
        if unreadable:
            raise next(iter(unreadable.values()))
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} has no rows."), file=path.name
        )
    if survey and kind == "xlsx":
        for index in candidates:
            if index not in seen:
                try:
                    _look_before(path, names, index)
                except ImportFileError as exc:
                    unreadable[names[index]] = exc
    result.unreadable = {n: unreadable[n] for n in names if n in unreadable}
    return result


def resolve(wanted: str, names: list[str]) -> int | None:
    """The index of the sheet `wanted` names: its number from 1, or its name (case, accents and
    spaces aside)."""
    text = wanted.strip()
    if text.isdigit():
        number = int(text)
        return number - 1 if 1 <= number <= len(names) else None
    key = " ".join(fold(text).split())
    for i, name in enumerate(names):
        if " ".join(fold(name).split()) == key:
            return i
    return None


def _read(
    path: Path, kind: str, workbook: Any, names: list[str], index: int, *, missing_ok: bool = False
) -> Table:
    import python_calamine as pc

    if kind == "xlsx":
        _look_before(path, names, index)
    try:
        sheet = workbook.get_sheet_by_index(index)
    except pc.PasswordError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} is protected by a password."),
            file=path.name,
        ) from None
    except BaseException as exc:
        raise _damaged(path, _reader_failure(exc)) from None
    height = sheet.height
    if height - 1 > MAX_ROWS:
        refuse_too_many(path, height - 1)
    start_row = sheet.start[0] if sheet.start else 0

    def rows() -> Iterator[tuple[int, list[str]]]:
        for offset, values in enumerate(sheet.iter_rows()):
            yield start_row + offset + 1, [cell_text(v) for v in values]

    headers, line, iterator = first_header(rows())
    if not headers and not missing_ok:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} has no rows."), file=path.name
        )
    return Table(
        headers,
        iterator,
        kind,
        total=max(0, height - line),
        sheet=names[index],
        sheets=list(names),
    )


def _look_before(path: Path, names: list[str], index: int) -> None:
    """Refuse an .xlsx sheet that claims or holds more than can be read (ImportFileError), before
    the reader builds it (the package itself: checked in `open_sheet`)."""
    declared = _declared_rows(path, index)
    if declared is not None and declared - 1 > MAX_ROWS:
        if len(names) == 1:
            refuse_too_many(path, declared - 1)
        raise preflight.HostileFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The sheet “{sheet}” of {file} claims {rows} rows; at most {max} can be imported "
                "at once.",
            ),
            sheet=names[index],
            file=path.name,
            rows=declared - 1,
            max=MAX_ROWS,
        )
    preflight.check_xlsx(path, index, package=False)


def _declared_rows(path: Path, index: int) -> int | None:
    """Rows declared by a sheet's `<dimension>` (read without loading the sheet)."""
    try:
        with zipfile.ZipFile(path) as archive:
            sheets = preflight.xlsx_sheets(archive, path.name)
            member = sheets[index][1] if index < len(sheets) else None
            if member is None:
                return None
            with archive.open(member) as handle:
                head = handle.read(4096).decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, EOFError):
        return None
    found = re.search(r'<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"', head)
    return int(found.group(1)) if found else None


def _reader_failure(exc: BaseException) -> BaseException:
    """`exc` when it is the reader's failure (an Exception, or a panic of the Rust reader, which
    pyo3 raises as a BaseException); anything else (Ctrl-C, exit) is raised again."""
    if isinstance(exc, Exception) or type(exc).__name__ == "PanicException":
        return exc
    raise exc


def _damaged(path: Path, exc: BaseException) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("errors", "The file {file} is damaged and cannot be read ({reason})."),
        file=path.name,
        reason=type(exc).__name__,
    )
