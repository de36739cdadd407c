"""`mornings backup [-o F]` and `mornings restore F`."""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.common import db_path, emit, open_workspace
from mornings_desktop.errors import QT_TRANSLATE_NOOP, DatabaseError
from mornings_desktop.services.erasure import restore_keeping_erasures
from mornings_desktop.store.backup import copy_database, rotating_backup
from mornings_desktop.wording.english import count


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", parents=[common], help="back up the database")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the backup here (default: the backups folder beside the database)",
    )
    p.set_defaults(func=run_backup)
    r = sub.add_parser("restore", parents=[common], help="replace the database by a backup")
    r.add_argument("file", type=Path, metavar="FILE")
    r.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "No database at {path}."), path=path)
    ws = open_workspace(args, create=False)  # checks the file and its schema first
    ws.close()
    if args.output is not None:
        out = args.output.expanduser().absolute()
        if out.exists() and out.is_dir():
            out = out / f"{path.stem}-backup.sqlite3"
        dest = copy_database(path, out)
    else:
        dest = rotating_backup(path, "manual")
    emit(args, {"backup": str(dest), "database": str(path)}, str(dest))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    # The erasures the current database knows are applied again to what is restored.
    safety, reapplied = restore_keeping_erasures(args.file, path)
    emit(
        args,
        {
            "restored": str(args.file),
            "database": str(path),
            "previous": str(safety) if safety else None,
            "erasures_reapplied": reapplied,
        },
        f"restored {args.file} into {path}"
        + (f" (previous saved as {safety})" if safety else "")
        + (f"; {count(reapplied, 'erasure')} applied again" if reapplied else ""),
    )
    return 0
