"""`mornings registrations --event EV`: who is registered, and who has arrived."""

from __future__ import annotations

import argparse

from mornings_desktop.cli.common import emit_table, open_workspace
from mornings_desktop.services import mornings, registrations


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
    emit_table(
        args, rows, ["id", "name", "organisation", "category", "code", "checked_in", "arrival"]
    )
    return 0
