"""What every subcommand shares: global options, opening the workspace, printing results."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.paths import default_db_path

if TYPE_CHECKING:
    from mornings_desktop.services.workspace import Workspace

EXIT_OK = 0
EXIT_USAGE = 2


def common_parser(*, suppress: bool) -> argparse.ArgumentParser:
    """`--db`, `--desk`, `--operator` and `--json`, accepted before or after the subcommand."""
    parser = argparse.ArgumentParser(add_help=False)
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="PATH",
        help="database file (default: the one in your data folder)",
    )
    parser.add_argument(
        "--desk",
        default=default,
        metavar="NAME",
        help="this desk's name (default: the database's desk)",
    )
    parser.add_argument(
        "--operator",
        default=default,
        metavar="NAME",
        help="the person at the desk, recorded with every change (default: your user name)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print JSON (one object, or one per line for streams)",
    )
    return parser


def fail(message: str, status: int = EXIT_USAGE) -> int:
    line = " ".join(str(message).split())
    print(f"mornings: {line}", file=sys.stderr)
    return status


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def open_workspace(args: argparse.Namespace, *, create: bool = True) -> Workspace:
    from mornings_desktop.services.operator import check_operator, default_operator
    from mornings_desktop.services.workspace import Workspace

    given = getattr(args, "operator", None)
    return Workspace.open(
        db_path(args),
        getattr(args, "desk", None),
        create=create,
        operator=check_operator(given) if given is not None else default_operator(),
    )


def emit(args: argparse.Namespace, obj: Any, text: str | None = None) -> None:
    """Print one result: JSON with `--json`, else `text` (or the object's string)."""
    if getattr(args, "json", False):
        print(json.dumps(obj, ensure_ascii=False, default=str))
    else:
        print(text if text is not None else obj)
    sys.stdout.flush()


def emit_table(
    args: argparse.Namespace,
    rows: Iterable[dict[str, Any]],
    columns: list[str],
    *,
    headers: list[str] | None = None,
) -> None:
    """A list: a JSON array with `--json`, else aligned text columns (`headers`: the columns'
    titles in the reader's language, the keys by default)."""
    rows = list(rows)
    if getattr(args, "json", False):
        print(json.dumps(rows, ensure_ascii=False, default=str))
        return
    titles = headers or columns
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(titles)]
    print("  ".join(c.ljust(w) for c, w in zip(titles, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def warn_clock(sentence: str | None) -> None:
    """A clock more than 2 minutes off the hub's: one line on standard error (exit status 0)."""
    if sentence:
        print(f"mornings: warning: {sentence}", file=sys.stderr)


def organiser_material(args: argparse.Namespace) -> tuple[str, str]:
    """The organisation id and ticket key of the organiser's database running the command."""
    from mornings_desktop.services import desk_role

    ws = open_workspace(args)
    try:
        if desk_role.desk_role(ws) == "door":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "This is a door desk: desks are managed from an organiser desk."
                )
            )
        return ws.org_id, ws.ticket_key.hex()
    finally:
        ws.close()


def small_count(text: str) -> int:
    """An argparse type: a whole number from 0 to 100 (spare desks, quotas)."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 0 to 100")
    return value
