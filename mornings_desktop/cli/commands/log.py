"""`mornings log [--person P] [--desk D] [--operator O] [--type T] [--since S] [--json]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.commands.people import add_passphrase_option, passphrase_gate
from mornings_desktop.cli.common import emit_table, open_workspace
from mornings_desktop.services import oplog


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    # Not built on `common`: here --desk and --operator filter the log (the global --desk names
    # this desk, and the global --operator the person at it, before the command name).
    del common
    p = sub.add_parser("log", help="who did what: the operation log, filtered")
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    p.add_argument("--person", metavar="P", help="id, e-mail or phone")
    p.add_argument("--desk", dest="log_desk", metavar="D", help="a desk's name or id")
    p.add_argument("--operator", dest="log_operator", metavar="O", help="the person at the desk")
    p.add_argument("--type", dest="op_type", metavar="T", help="e.g. person.erased, or person")
    p.add_argument("--since", metavar="WHEN", help="YYYY-MM-DD or an ISO time")
    p.add_argument("--limit", type=int, default=oplog.DEFAULT_LIMIT, metavar="N")
    add_passphrase_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        passphrase_gate(ws, args)
        entries = oplog.read_log(
            ws,
            person=args.person,
            desk=args.log_desk,
            operator=args.log_operator,
            op_type=args.op_type,
            since=args.since,
            limit=max(1, args.limit),
        )
    finally:
        ws.close()
    rows = [e.to_json() for e in entries]
    emit_table(args, rows, ["at", "type", "desk", "operator", "op_id"])
    return 0
