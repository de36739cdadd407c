"""`mornings tickets --event EV -o FILE`: tickets with QR codes (.pdf) or a mail merge (.xlsx)."""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.common import emit, open_workspace
from mornings_desktop.services import mornings, tickets


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("tickets", parents=[common], help="tickets (.pdf) or a mail merge (.xlsx)")
    p.add_argument("--event", required=True, metavar="EV", help="the Morning's id or date")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument(
        "--registration",
        action="append",
        metavar="ID",
        help="only this registration (repeat for a selection)",
    )
    p.add_argument("--note", help="the short note printed on each ticket")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        morning = mornings.resolve(ws, args.event)
        count = tickets.write_tickets(
            ws, morning.id, args.output, registration_ids=args.registration, note=args.note
        )
    finally:
        ws.close()
    emit(
        args,
        {"file": str(args.output), "tickets": count, "event": morning.id},
        f"{count} tickets written to {args.output}",
    )
    return 0
