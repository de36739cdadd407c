"""`mornings quick-sheet -o FILE.pdf`: the one-page desk quick sheet (French, A4) to print."""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.common import emit


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "quick-sheet",
        parents=[common],
        help="write the one-page desk quick sheet (PDF, French) to tape next to the scanner",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mornings_desktop.documents.quick_sheet_pdf import render

    # No database needed: the sheet is the same for every Morning. A folder or an unwritable
    # place is an OSError, which the CLI reports in one line (exit 2); no half-written file stays.
    path = render(args.output.expanduser().absolute())
    emit(args, {"file": str(path), "pages": 1}, str(path))
    return 0
