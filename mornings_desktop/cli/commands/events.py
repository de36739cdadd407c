"""`mornings events`: the Mornings with their counts."""

from __future__ import annotations

import argparse

from mornings_desktop.cli.common import emit_table, open_workspace
from mornings_desktop.services import mornings


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("events", parents=[common], help="list Mornings")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)  # reading never creates a database
    try:
        rows = [
            {
                "id": m.id,
                "date": m.date,
                "title": m.title,
                "registered": m.registered,
                "checked_in": m.checked_in,
                "status": m.status,
                "venue": m.venue,
            }
            for m in mornings.list_mornings(ws)
        ]
    finally:
        ws.close()
    emit_table(args, rows, ["id", "date", "title", "registered", "checked_in"])
    return 0
