"""`mornings export`: a Morning's attendance workbook (.xlsx) or CSV, or the series report."""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.commands.people import add_passphrase_option, passphrase_gate
from mornings_desktop.cli.common import emit, open_workspace
from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services import export_checks, exports, mornings


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "export",
        parents=[common],
        help="attendance workbook (.xlsx) or .csv of a Morning; --series for the series report",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--event", metavar="EV", help="the Morning: its id or its date")
    what.add_argument(
        "--series", action="store_true", help="one row per person, one column per Morning"
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="series: first day")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="series: last day")
    p.add_argument(
        "--lang", choices=export_checks.LANGUAGES, default="fr", help="sheet names and headers"
    )
    p.add_argument(
        "--sep",
        choices=[";", ","],
        help="CSV separator, as the computer's Excel expects it (default: ';' for --lang fr "
        "or ar, ',' for --lang en)",
    )
    add_passphrase_option(p)  # door desks: personal data leaves only with the organiser's word
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.series and (args.date_from or args.date_to):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "--from and --to go with --series."))
    # Refuse a bad target before opening (or creating) the database.
    export_checks.check_target(args.output, (".xlsx",) if args.series else export_checks.FORMATS)
    ws = open_workspace(args, create=False)
    try:
        passphrase_gate(ws, args)
        if args.series:
            result = exports.export_series(
                ws, args.output, date_from=args.date_from, date_to=args.date_to, language=args.lang
            )
        else:
            morning = mornings.resolve(ws, args.event)
            result = exports.export_attendance(
                ws, morning.id, args.output, language=args.lang, separator=args.sep
            )
    finally:
        ws.close()
    emit(args, result.to_json(), f"{result.path} ({result.rows} rows)")
    return 0
