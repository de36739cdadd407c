"""`mornings import FILE --event EV [--dry-run] [--json]`: registrations from a spreadsheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.common import emit, open_workspace
from mornings_desktop.imports.registration_import import ImportReport, import_file
from mornings_desktop.services import mornings
from mornings_desktop.text_keys import printable

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
    p.set_defaults(func=run)


def summary(report: ImportReport) -> str:
    head = "Dry run — nothing written. " if report.dry_run else ""
    lines = [
        f"{head}{report.file} ({report.kind}): {report.rows} rows; "
        f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.duplicates_in_file} duplicates in the file, "
        f"{report.matched_in_directory} already in the directory, "
        f"{len(report.skipped)} skipped, {len(report.warnings)} warnings."
    ]
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


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        morning = mornings.resolve(ws, args.event)
        report = import_file(
            ws, morning.id, args.file, dry_run=args.dry_run, default_category=args.category
        )
    finally:
        ws.close()
    emit(args, report.to_json(), summary(report))
    return 0
