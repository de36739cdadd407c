"""`mornings import FILE --event EV [--sheet S] [--sep C] [--encoding E] [--map COL=FIELD]…
[--dry-run] [--json]`: registrations from a spreadsheet.

The columns are read as the window would: a mapping confirmed before (in the window or with
`--map`) for the same header shape is used; the summary says which column went where and
whether the mapping was guessed, remembered or given. `--map` mappings are remembered."""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.common import emit, open_workspace
from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.imports.mapping import FIELDS, IGNORE, Mapping, mapping_for
from mornings_desktop.imports.readers import open_table
from mornings_desktop.imports.registration_import import ImportReport, import_file
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.text_keys import fold, printable

ENCODING_NAMES = {
    "utf-8-sig": "UTF-8",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252 (Western European)",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import", parents=[common], help="import registrations from .xlsx, .xls, .ods or .csv"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--event", required=True, metavar="EV", help="the Morning's id or date")
    p.add_argument("--dry-run", action="store_true", help="report without writing anything")
    p.add_argument(
        "--category", default="guest", help="category when the file has none (default: guest)"
    )
    p.add_argument(
        "--sheet",
        metavar="SHEET",
        help="a workbook's sheet, by name or number from 1 (default: the first listing people)",
    )
    p.add_argument(
        "--sep",
        choices=[";", ",", "tab", "|"],
        help="a CSV's separator (default: found from the first lines)",
    )
    p.add_argument(
        "--encoding",
        choices=["utf-8", "cp1252", "utf-16", "iso-8859-1", "mac-roman"],
        help="a CSV's text encoding (default: found from the first 64 KB)",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="what a column holds (fields: " + ", ".join(FIELDS) + ", or '' to leave it out); "
        "the other columns are guessed; remembered for files with the same columns",
    )
    p.set_defaults(func=run)


SEPARATORS = {";": "“;”", ",": "“,”", "\t": "tab", "|": "“|”"}


def summary(report: ImportReport) -> str:
    head = "Dry run — nothing written. " if report.dry_run else ""
    lines = [
        f"{head}{report.file} ({report.kind}): {report.rows} rows; "
        f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.duplicates_in_file} duplicates in the file, "
        f"{report.matched_in_directory} already in the directory, "
        f"{len(report.skipped)} skipped, {len(report.warnings)} warnings."
    ]
    if len(report.sheets) > 1:
        lines.append(f"  sheet: {report.sheet} (of {', '.join(report.sheets)}).")
    for name, why in report.unreadable_sheets.items():
        lines.append(f"  sheet not read: {name}: {why}")
    if report.delimiter:
        lines.append(f"  separator: {SEPARATORS.get(report.delimiter, report.delimiter)}.")
    headers = report.mapping.get("headers", [])
    columns = report.mapping.get("columns", [])
    if isinstance(headers, list) and isinstance(columns, list):
        pairs = [f"{h} → {c}" for h, c in zip(headers, columns, strict=False) if c]
        left = [str(h) for h, c in zip(headers, columns, strict=False) if not c and h]
        text = "; ".join(pairs) + (f"; not imported: {', '.join(left)}" if left else "")
        lines.append(f"  columns ({report.mapping_source}): {text}.")
    if report.encoding:
        name = ENCODING_NAMES.get(report.encoding, report.encoding)
        if not report.encoding_guessed:
            lines.append(f"  encoding: {name}.")
        elif report.encoding == "utf-8":
            lines.append(
                f"  encoding: {name}, guessed: some bytes are not valid UTF-8 and were read as "
                "“�”; check the names, or save the file again as CSV UTF-8."
            )
        else:
            lines.append(
                f"  encoding: {name}, guessed: the file is not UTF-8; check the accents in the "
                "names (“Ã©” instead of “é” means it was UTF-8: save it again as CSV UTF-8)."
            )
    lines += [f"  skipped: {issue.text}" for issue in report.skipped]
    lines += [f"  warning: {issue.text}" for issue in report.warnings]
    lines += [f"  note: {note}" for note in report.notes]
    return "\n".join(printable(line) for line in lines)


def given_mapping(ws: Workspace, args: argparse.Namespace) -> Mapping | None:
    """The mapping `--map COLUMN=FIELD` gives (over the remembered or guessed one), or None."""
    if not args.map:
        return None
    table = open_table(
        args.file, sheet=args.sheet, encoding=args.encoding, delimiter=_separator(args.sep)
    )
    close = getattr(table.rows, "close", None)
    if close:
        close()
    base = mapping_for(ws.path.parent, table.headers)
    columns = list(base.columns)
    keys = [" ".join(fold(h).split()) for h in table.headers]
    for item in args.map:
        column, sep, wanted = item.partition("=")
        key = " ".join(fold(column).split())
        wanted = wanted.strip()
        if not sep or key not in keys or (wanted and wanted not in FIELDS):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "--map {item}: write COLUMN=FIELD with a column of the file ({columns}) and "
                    "one of {fields}.",
                ),
                item=item,
                columns=", ".join(table.headers),
                fields=", ".join(FIELDS),
            )
        index = keys.index(key)
        if wanted:  # a field goes to one column only
            columns = [IGNORE if c == wanted else c for c in columns]
        columns[index] = wanted
    return Mapping(list(table.headers), columns, [1.0] * len(columns))


def _separator(sep: str | None) -> str | None:
    return "\t" if sep == "tab" else sep


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        morning = mornings.resolve(ws, args.event)
        mapping = given_mapping(ws, args)
        report = import_file(
            ws,
            morning.id,
            args.file,
            dry_run=args.dry_run,
            default_category=args.category,
            sheet=args.sheet,
            encoding=args.encoding,
            delimiter=_separator(args.sep),
            mapping=mapping,
            remember_mapping=mapping is not None and not args.dry_run,
        )
    finally:
        ws.close()
    emit(args, report.to_json(), summary(report))
    return 0
