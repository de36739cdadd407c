"""`mornings forecast`: how many will come to a Morning, and how good past forecasts were."""

from __future__ import annotations

import argparse

from mornings_desktop.cli.common import emit, fail, open_workspace
from mornings_desktop.services import forecast, mornings


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "forecast",
        parents=[common],
        help="expected attendance of a Morning (80 %% interval), or --backtest",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--event", metavar="EV", help="the Morning: id, id prefix or date")
    what.add_argument(
        "--backtest",
        action="store_true",
        help="forecast each past Morning from the ones before it: mean error and coverage",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        if args.backtest:
            result = forecast.backtest(ws)
            lines = [
                f"{r.date}  {r.expected:7.1f}  {r.low:4d}–{r.high:<4d}  {r.actual:4d}  "
                f"{'ok' if r.inside else '--'}  {r.basis}"
                for r in result.rows
            ]
            if result.mae is None:
                return fail("no Morning with check-ins to test the forecast on")
            lines.append(
                f"MAE {result.mae:.1f}, inside the 80 % interval {result.coverage:.0%} "
                f"({result.scored} Mornings)"
            )
            emit(args, result.to_json(), "\n".join(lines))
            return 0
        morning = mornings.resolve(ws, args.event)
        f = forecast.forecast(ws, morning.id)
    finally:
        ws.close()
    lines = [
        f"{morning.date} {morning.title}",
        f"expected {f.band.expected:.0f} ({f.band.low}–{f.band.high}) of {f.registered} registered",
        *(
            f"  {c.category:<10} {c.band.expected:6.1f} ({c.band.low}–{c.band.high}) "
            f"of {c.registered}"
            for c in f.by_category
        ),
        f"walk-ins {f.walk_ins.expected:.0f} ({f.walk_ins.low}–{f.walk_ins.high})",
        f"total {f.total:.0f}",
        f"basis: {f.basis} ({f.history_mornings} past Mornings)",
    ]
    emit(args, f.to_json(), "\n".join(lines))
    return 0
