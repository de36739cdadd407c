"""`mornings events`: the Mornings with their counts; `mornings events create` adds one."""

from __future__ import annotations

import argparse

from mornings_desktop.cli.common import db_path, emit, emit_table, open_workspace
from mornings_desktop.services import morning_list


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("events", parents=[common], help="list Mornings, or create one")
    p.add_argument("action", nargs="?", choices=["list", "create"], default="list")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="create: the day")
    p.add_argument("--title", default=None, metavar="TEXT", help="create: the title")
    p.add_argument("--venue", default="", metavar="TEXT", help="create: where")
    p.add_argument("--capacity", type=int, default=None, metavar="N", help="create: seats")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "create":
        return create(args)
    # Reading never creates a database; without SQLAlchemy when nothing needs writing first.
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
        for m in morning_list.list_file(db_path(args), getattr(args, "desk", None))
    ]
    emit_table(args, rows, ["id", "date", "title", "registered", "checked_in"])
    return 0


def create(args: argparse.Namespace) -> int:
    """Create a Morning; prints its id. Bad input is refused before the database is opened."""
    from mornings_desktop.services import mornings

    data = mornings.MorningInput(
        title=args.title or "",
        date=args.date or "",
        venue=args.venue or "",
        capacity=args.capacity,
    )
    mornings.validate(data)
    ws = open_workspace(args)
    try:
        morning_id = mornings.create(ws, data)
    finally:
        ws.close()
    emit(args, {"id": morning_id}, morning_id)
    return 0
