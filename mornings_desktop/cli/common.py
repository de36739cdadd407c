"""What every subcommand shares: global options, opening the workspace, printing results."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    from mornings_desktop.services.workspace import Workspace

    return Workspace.open(
        db_path(args),
        getattr(args, "desk", None),
        create=create,
        operator=getattr(args, "operator", None),
    )


def emit(args: argparse.Namespace, obj: Any, text: str | None = None) -> None:
    """Print one result: JSON with `--json`, else `text` (or the object's string)."""
    if getattr(args, "json", False):
        print(json.dumps(obj, ensure_ascii=False, default=str))
    else:
        print(text if text is not None else obj)
    sys.stdout.flush()


def emit_table(
    args: argparse.Namespace, rows: Iterable[dict[str, Any]], columns: list[str]
) -> None:
    """A list: a JSON array with `--json`, else aligned text columns."""
    rows = list(rows)
    if getattr(args, "json", False):
        print(json.dumps(rows, ensure_ascii=False, default=str))
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
