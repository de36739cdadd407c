"""`mornings join FILE`, and the organiser's `mornings hub init|add-desk|desks|reset-desk|revoke-desk`.

Secrets stay off the command line: a join file is read from its path or standard input (`-`), and
the admin URL may leave its password to libpq (`~/.pgpass` or `PGPASSWORD`).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from mornings_desktop.cli.common import (
    emit,
    emit_table,
    open_workspace,
    organiser_material,
    small_count,
    warn_clock,
)
from mornings_desktop.cli.passphrase import recovery_options, recovery_signer
from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    j = sub.add_parser("join", parents=[common], help="join the organisation with a join file")
    j.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="the join file from 'hub add-desk' or 'desk add' ('-': stdin)",
    )
    j.add_argument("--url", metavar="DESK_URL", help=argparse.SUPPRESS)  # before join files
    j.add_argument("--setup-file", type=Path, metavar="FILE", help=argparse.SUPPRESS)  # retired
    j.set_defaults(func=run_join)

    h = sub.add_parser("hub", parents=[common], help="prepare the PostgreSQL hub, manage desks")
    actions = h.add_subparsers(dest="hub_action", metavar="ACTION", required=True)
    hi = actions.add_parser(
        "init",
        parents=[common],
        help="create the hub's schema and roles, or harden and upgrade an existing hub",
    )
    hi.add_argument("--url", required=True, metavar="ADMIN_URL")
    hi.add_argument(
        "--hourly-quota",
        type=_positive,
        metavar="N",
        help="operations a desk login may push per hour (default 200000)",
    )
    hi.set_defaults(func=run_hub_init)

    ha = actions.add_parser("add-desk", parents=[common], help="issue a desk as a join file")
    ha.add_argument("name", metavar="NAME")
    ha.add_argument("--role", choices=("door", "organiser"))
    ha.add_argument(
        "--existing",
        action="store_true",
        help="NAME joined without a hub ('desk add'): register that same desk on the hub",
    )
    ha.add_argument("--url", required=True, metavar="ADMIN_URL")
    ha.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    ha.add_argument(
        "--spare",
        type=small_count,
        default=0,
        metavar="N",
        help="also issue N spare door desks (files FILE-spare-1…) for a venue without you",
    )
    ha.add_argument(
        "--hourly-quota", type=_positive, metavar="N", help="this desk's quota (default: the hub's)"
    )
    ha.add_argument(
        "--connection-limit",
        type=_positive,
        default=4,
        metavar="N",
        help="connections this desk login may open at once (default 4)",
    )
    ha.set_defaults(func=run_add_desk)

    hd = actions.add_parser("desks", parents=[common], help="list the hub's desks")
    hd.add_argument("--url", required=True, metavar="ADMIN_URL")
    hd.set_defaults(func=run_desks)

    hr = actions.add_parser(
        "reset-desk", parents=[common], help="new join file for a desk; the old password stops"
    )
    hr.add_argument("name", metavar="NAME")
    hr.add_argument("--url", required=True, metavar="ADMIN_URL")
    hr.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    hr.set_defaults(func=run_reset_desk)

    hv = actions.add_parser(
        "revoke-desk", parents=[common], help="revoke a desk (lost or stolen laptop)"
    )
    hv.add_argument("name", metavar="NAME")
    hv.add_argument("--url", required=True, metavar="ADMIN_URL")
    hv.add_argument(
        "--until",
        type=_moment,
        metavar="TIME",
        help="keep only what the hub received before TIME (e.g. 2026-11-30T10:00; default: now)",
    )
    recovery_options(hv)
    hv.set_defaults(func=run_revoke_desk)


def _positive(text: str) -> int:
    value = small_count(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _moment(text: str) -> datetime:
    """ISO 8601 date and time; without a zone, this computer's local time."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date and time such as 2026-11-30T10:00"
        ) from exc
    return moment.astimezone() if moment.tzinfo is None else moment


def run_join(args: argparse.Namespace) -> int:
    from mornings_desktop.cli.join_lines import JoinLines
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.sync import client, hub_clock, join

    if args.setup_file is not None:
        raise join.setup_file_retired()
    given = [x for x in (args.file, args.url) if x is not None]
    if len(given) != 1:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Give the join file the organiser made for this desk ('mornings join FILE', or "
                "'mornings join -' to read it from standard input).",
            )
        )
    ws = open_workspace(args)
    try:
        if args.file is not None:
            lines = JoinLines(args)

            def first_round(ws: Workspace, url: str) -> client.RoundResult:
                done = client.sync_round(ws, url, progress=lines.progress)
                lines.finish()
                return done

            joined = join.join_with_file(ws, args.file, run_round=first_round)
            out = joined.to_json()
            text = f"joined organisation {joined.org_id} as {joined.desk} ({joined.role})"
            if joined.round is not None:
                text += f"; pulled {joined.round.pulled} operations"
            elif not joined.hub:
                text += "; no hub: exchange bundles (mornings sync export / sync import)"
        else:
            result = join.join_hub(ws, args.url)
            out = {"org_id": ws.org_id, **result.to_json()}
            text = f"joined organisation {ws.org_id}; pulled {result.pulled} operations"
    finally:
        ws.close()
    emit(args, out, text)
    if args.file is not None:
        if joined.error:
            print(f"mornings: warning: the first sync failed: {joined.error}", file=sys.stderr)
        elif joined.round is not None:
            warn_clock(hub_clock.warning(joined.round.clock_offset_s))
    return 0


def run_hub_init(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import hub_admin

    ws = open_workspace(args)
    try:
        info = hub_admin.init_hub(
            args.url, ws.org_id, ws.ticket_key.hex(), hourly_quota=args.hourly_quota
        )
    finally:
        ws.close()
    emit(
        args,
        {"org_id": info.org_id, "hub_id": info.hub_id, "schema_version": info.schema_version},
        f"hub ready (organisation {info.org_id}, schema {info.schema_version})",
    )
    return 0


def run_add_desk(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import hub_desks

    if args.existing:
        return _add_existing_desk(args)
    if args.role is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Give the desk's role: --role door or --role organiser (or --existing, for a "
                "desk that joined without a hub).",
            )
        )
    org_id, ticket_key = organiser_material(args)
    issued = hub_desks.issue_desks(
        args.url,
        org_id,
        ticket_key,
        args.name,
        args.role,
        args.output,
        spare=args.spare,
        hourly_quota=args.hourly_quota,
        connection_limit=args.connection_limit,
    )
    first = issued[0]
    out: dict[str, object] = {**first.to_json(), "spares": [d.to_json() for d in issued[1:]]}
    lines = [f"desk {d.desk} ({d.role}): join file {d.file}" for d in issued]
    lines.append(
        "(each file works once and holds secrets: give it to its desk on a USB stick, then "
        "delete it; on the desk: mornings join FILE)"
    )
    emit(args, out, "\n".join(lines))
    return 0


def _add_existing_desk(args: argparse.Namespace) -> int:
    from mornings_desktop.services import desk_role
    from mornings_desktop.sync import hub_existing

    if args.spare:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "--spare makes new desks; it does not go with --existing.")
        )
    ws = open_workspace(args, create=False)
    try:
        if desk_role.desk_role(ws) == "door":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "This is a door desk: desks are managed from an organiser desk."
                )
            )
        issued = hub_existing.issue_existing(
            args.url,
            ws,
            args.name,
            args.output,
            hourly_quota=args.hourly_quota,
            connection_limit=args.connection_limit,
        )
    finally:
        ws.close()
    emit(
        args,
        issued.to_json(),
        f"desk {issued.desk} ({issued.role}), the same desk on the hub: join file {issued.file}\n"
        "(it works once, on that desk's laptop only, and holds a password: give it on a USB "
        "stick, then delete it; on the desk: mornings join FILE)",
    )
    return 0


def run_desks(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import hub_desks

    rows = hub_desks.list_desks(args.url)
    if getattr(args, "json", False):
        emit_table(args, [r.to_json() for r in rows], [])
        return 0
    table = [
        {
            "desk": r.desk,
            "role": r.role,
            "last seen": r.last_seen[:19].replace("T", " ") if r.last_seen else None,
            "clock": None
            if r.clock_offset_s is None
            else f"{r.clock_offset_s:+.0f} s" + (" OFF" if r.clock_off else ""),
            "ops": r.ops,
            "set aside": r.set_aside,
            "state": f"revoked (until {r.revoked_until[:16]})"
            if r.revoked_until
            else ("disabled" if r.disabled else "active"),
        }
        for r in rows
    ]
    emit_table(args, table, ["desk", "role", "last seen", "clock", "ops", "set aside", "state"])
    return 0


def run_reset_desk(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import hub_desks

    org_id, ticket_key = organiser_material(args)
    issued = hub_desks.reset_desk(args.url, org_id, ticket_key, args.name, args.output)
    emit(
        args,
        issued.to_json(),
        f"desk {issued.desk} ({issued.role}): new join file {issued.file}; the old password "
        "no longer works",
    )
    return 0


def run_revoke_desk(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import hub_desks

    org_id, _ = organiser_material(args)  # an organiser's desk: it signs the revocation
    signer = recovery_signer(args)  # checked before anything changes on the hub
    revoked = hub_desks.revoke_desk(args.url, args.name, args.until, org_id=org_id, signer=signer)
    told = (
        "every desk refuses its later operations from its next round"
        if revoked.signed
        else "this computer does not hold the organisation key, so only the hub refuses them; "
        "run the command again on the organiser's desk"
    )
    emit(
        args,
        revoked.to_json(),
        f"desk {revoked.desk} revoked: it can no longer log in; what the hub received from it "
        f"after {revoked.until} is set aside ({revoked.set_aside} operations); {told}",
    )
    return 0
