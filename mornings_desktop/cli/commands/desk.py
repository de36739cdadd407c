"""`mornings desk add NAME --role door|organiser -o FILE [--spare N]`: a join file without a hub.

For an organisation that works with USB sticks only (`sync/join_offline.py`); with a hub, the
organiser uses `mornings hub add-desk … --url ADMIN_URL` instead. Both files are joined with
`mornings join FILE`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.common import emit, open_workspace, small_count


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    d = sub.add_parser(
        "desk", parents=[common], help="organiser: a join file for a desk, without a hub"
    )
    actions = d.add_subparsers(dest="desk_action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "add",
        parents=[common],
        help="certify a new desk and write its join file (USB stick only; with a hub: "
        "'hub add-desk')",
    )
    a.add_argument("name", metavar="NAME")
    a.add_argument("--role", required=True, choices=("door", "organiser"))
    a.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    a.add_argument(
        "--spare",
        type=small_count,
        default=0,
        metavar="N",
        help="also issue N spare door desks (files FILE-spare-1…) for a venue without you",
    )
    a.set_defaults(func=run_add)


def run_add(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import join_offline

    ws = open_workspace(args, create=False)
    try:
        issued = join_offline.issue_files(ws, args.name, args.role, args.output, spare=args.spare)
    finally:
        ws.close()
    first = issued[0]
    out: dict[str, object] = {**first.to_json(), "spares": [d.to_json() for d in issued[1:]]}
    lines = [f"desk {d.desk} ({d.role}): join file {d.file}" for d in issued]
    lines.append(
        "(one file for one laptop; it holds the desk's key: give it on a USB stick, then delete "
        "it; on the desk: mornings join FILE, then exchange bundles with mornings sync export "
        "and mornings sync import)"
    )
    emit(args, out, "\n".join(lines))
    return 0
