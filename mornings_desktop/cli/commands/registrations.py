"""`mornings registrations --event EV`: who is registered, and who has arrived."""

from __future__ import annotations

import argparse
import json
import sys

from mornings_desktop.cli.common import emit_table, open_workspace
from mornings_desktop.services import mornings, registrations
from mornings_desktop.text_keys import json_printable, printable

COLUMNS = ["id", "name", "organisation", "category", "code", "checked_in", "arrival"]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("registrations", parents=[common], help="list a Morning's registrations")
    p.add_argument("--event", required=True, metavar="EV", help="the Morning's id or date")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)  # reading never creates a database
    try:
        morning = mornings.resolve(ws, args.event)
        rows = [
            {
                "id": r.id,
                "name": r.name,
                "organisation": r.organisation,
                "category": r.category,
                "code": r.code,
                "checked_in": r.checked_in,
                "arrival": r.arrival,
                "status": r.status,
                "email": r.email,
                "job_title": r.job_title,
            }
            for r in registrations.list_registrations(ws, morning.id)
        ]
    finally:
        ws.close()
    # Names come from files and forms: control and bidi characters are shown escaped, never
    # sent raw to the terminal (an ESC sequence, a right-to-left override).
    if getattr(args, "json", False):
        print(json_printable(json.dumps(rows, ensure_ascii=False, default=str)))
        sys.stdout.flush()
        return 0
    safe = [{k: printable(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows]
    emit_table(args, safe, COLUMNS)
    return 0
