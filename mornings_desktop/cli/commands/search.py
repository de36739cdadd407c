"""`mornings search [--event EV] QUERY [--all-mornings] [--json]`: the desk's name search.

The same engine as the desk's search box (`services.search.PeopleIndex`): accents, case, word
order, a typo, and names across scripts (`youssef alaoui` finds يوسف العلوي). Without `--event`,
today's Morning (else the next one, else the latest). `--all-mornings` searches every Morning of
the series; with `--event`, that Morning's people come first among equal matches.
"""

from __future__ import annotations

import argparse
import json
import sys

from mornings_desktop.cli.common import emit_table, open_workspace
from mornings_desktop.services import mornings, people_search
from mornings_desktop.text_keys import json_printable, printable

COLUMNS = [
    "name",
    "organisation",
    "category",
    "checked_in",
    "morning_date",
    "score",
    "registration",
]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "search",
        parents=[common],
        help="find people by name, as the desk's search does (Latin or Arabic)",
    )
    p.add_argument("query", nargs="+", metavar="QUERY", help="a name, in Latin or Arabic letters")
    p.add_argument("--event", metavar="EV", help="the Morning's id or date")
    p.add_argument(
        "--all-mornings",
        action="store_true",
        help="every Morning of the series (with --event: that Morning's people first)",
    )
    p.add_argument("--limit", type=int, default=20, help="at most this many results (20)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)  # reading never creates a database
    try:
        morning_id = mornings.resolve(ws, args.event).id if args.event else None
        found = people_search.find(
            ws,
            " ".join(args.query),
            morning_id=morning_id,
            all_mornings=args.all_mornings,
            limit=max(1, args.limit),
        )
    finally:
        ws.close()
    rows = [f.to_json() for f in found]
    if getattr(args, "json", False):
        print(json_printable(json.dumps(rows, ensure_ascii=False, default=str)))
        sys.stdout.flush()
        return 0
    # Names come from files and forms: control and bidi characters are shown escaped.
    safe = [{k: printable(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows]
    emit_table(args, safe, COLUMNS)
    return 0
