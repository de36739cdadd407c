"""The organiser's desks without a hub, for an organisation that works with USB sticks only.

- `mornings desk add NAME --role door|organiser -o FILE [--spare N]`: a join file
  (`sync/join_offline.py`); with a hub, `mornings hub add-desk … --url ADMIN_URL` instead. Both
  files are joined with `mornings join FILE`.
- `mornings desk revoke NAME [--until TIME] [--recovery-key F]`: revoke a lost or stolen desk from
  what this desk holds of it (`sync/desk_revoke.py`); with a hub, `mornings hub revoke-desk`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.common import emit, open_workspace, small_count
from mornings_desktop.cli.passphrase import recovery_options, recovery_signer
from mornings_desktop.wording.english import count


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    d = sub.add_parser(
        "desk", parents=[common], help="organiser: desks without a hub: add (join file), revoke"
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

    r = actions.add_parser(
        "revoke",
        parents=[common],
        help="revoke a lost or stolen desk from what this desk holds of it (USB stick only; "
        "with a hub: 'hub revoke-desk')",
    )
    r.add_argument("name", metavar="NAME")
    r.add_argument(
        "--until",
        metavar="TIME",
        help="keep only its operations made before TIME (e.g. 2026-11-30T10:00; default: now)",
    )
    recovery_options(r)
    r.set_defaults(func=run_revoke)


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


def run_revoke(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import desk_revoke

    signer = recovery_signer(args)
    ws = open_workspace(args, create=False)
    try:
        revoked = desk_revoke.revoke(ws, args.name, args.until, signer=signer)
    finally:
        ws.close()
    lines = [f"desk {revoked.desk} revoked (operations made before {revoked.until} are kept):"]
    for inc in revoked.incarnations:
        kept = (
            f"kept up to operation {inc.kept_seq} (made {inc.made_at})"
            if inc.kept_seq
            else "nothing kept"
        )
        lines.append(
            f"  incarnation {inc.inc or '-'}: {kept}; {count(inc.set_aside, 'operation')} held here "
            "set aside"
        )
    if not revoked.incarnations:
        lines.append("  this desk holds no operation of it: nothing of it is kept")
    lines.append(
        "operations of that desk this desk has not yet received are not kept (import the latest "
        "bundles first, then revoke again); every desk refuses them once it imports a bundle "
        "exported from here (mornings sync export)"
    )
    emit(args, revoked.to_json(), "\n".join(lines))
    return 0
