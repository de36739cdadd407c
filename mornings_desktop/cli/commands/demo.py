"""`mornings demo`: a realistic demo Morning, or with `--series N` a series with its history."""

from __future__ import annotations

import argparse

from mornings_desktop.cli.common import emit, open_workspace
from mornings_desktop.services import demo, demo_series
from mornings_desktop.timeutil import parse_date


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", parents=[common], help="create a demo Morning; prints its id")
    p.add_argument("--attendees", type=int, default=150, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD")
    p.add_argument(
        "--series",
        type=int,
        default=None,
        metavar="N",
        help="N monthly Mornings ending on --date, the past ones with their check-ins; "
        "prints the ids, oldest first",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Bad input is refused before the database is created or opened.
    demo.check_attendees(args.attendees)
    if args.series is not None:
        demo_series.check_series(args.series)
    if args.date is not None:
        parse_date(args.date)
    ws = open_workspace(args)
    try:
        if args.series is not None:
            ids = demo_series.create_series(
                ws, count=args.series, attendees=args.attendees, seed=args.seed, day=args.date
            )
            emit(args, {"ids": ids, "id": ids[-1]}, "\n".join(ids))
            return 0
        morning_id = demo.create_demo(ws, attendees=args.attendees, seed=args.seed, day=args.date)
    finally:
        ws.close()
    emit(args, {"id": morning_id}, morning_id)
    return 0
