"""`mornings flags list|add|rename|retire|restore|badge`: the organiser's list of registration flags
(`badge FLAG on|off`: printed on badges beside the category, or not).

The same service as the window's editor (`services/flag_list.py`); a door desk may list the flags
but not change the list (one sentence, exit status 2).
"""

from __future__ import annotations

import argparse
import json
import sys

from mornings_desktop.cli.common import emit, emit_table, open_workspace
from mornings_desktop.services import flag_list
from mornings_desktop.services.flag_list import FlagInfo
from mornings_desktop.text_keys import json_printable, printable

COLUMNS = ["key", "label_fr", "label_en", "label_ar", "retired", "on_badge"]


def _labels(p: argparse.ArgumentParser) -> None:
    p.add_argument("label", nargs="?", help="one label for every language")
    p.add_argument("--fr", metavar="TEXT", help="the French label")
    p.add_argument("--en", metavar="TEXT", help="the English label")
    p.add_argument("--ar", metavar="TEXT", help="the Arabic label")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "flags",
        parents=[common],
        help="the organiser's list of registration flags: list, add, rename, retire",
    )
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[common], help="the flags, retired ones too")
    listing.add_argument("--in-use", action="store_true", help="only the flags in use")
    add = actions.add_parser("add", parents=[common], help="add a flag to the list")
    _labels(add)
    rename = actions.add_parser("rename", parents=[common], help="rename a flag")
    rename.add_argument("flag", help="the flag's key or one of its labels")
    _labels(rename)
    for name, text in (("retire", "retire a flag"), ("restore", "offer a retired flag again")):
        one = actions.add_parser(name, parents=[common], help=text)
        one.add_argument("flag", help="the flag's key or one of its labels")
    badge = actions.add_parser(
        "badge", parents=[common], help="print a flag on badges beside the category, or not"
    )
    badge.add_argument("flag", help="the flag's key or one of its labels")
    badge.add_argument("on", choices=("on", "off"), help="on: printed; off: not printed")
    p.set_defaults(func=run)


def _show(args: argparse.Namespace, flag: FlagInfo) -> None:
    state = (" (retired)" if flag.retired else "") + (" (on badges)" if flag.on_badge else "")
    emit(args, flag.to_json(), printable(f"{flag.key}: {flag.label_fr} / {flag.label_en}{state}"))


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=args.action != "list")
    try:
        if args.action == "list":
            rows = [f.to_json() for f in flag_list.list_flags(ws, include_retired=not args.in_use)]
            if getattr(args, "json", False):
                print(json_printable(json.dumps(rows, ensure_ascii=False)))
                sys.stdout.flush()
            else:
                safe = [{k: printable(v) if isinstance(v, str) else v for k, v in r.items()}
                        for r in rows]  # fmt: skip
                emit_table(args, safe, COLUMNS)
            return 0
        if args.action == "add":
            flag = flag_list.add_flag(ws, args.label, fr=args.fr, en=args.en, ar=args.ar)
        elif args.action == "rename":
            flag = flag_list.rename_flag(ws, args.flag, args.label, fr=args.fr, en=args.en,
                                         ar=args.ar)  # fmt: skip
        elif args.action == "badge":
            flag = flag_list.set_on_badge(ws, args.flag, args.on == "on")
        else:
            flag = flag_list.retire_flag(ws, args.flag, retired=args.action == "retire")
        _show(args, flag)
    finally:
        ws.close()
    return 0
