"""`mornings sync [--hub URL]`, `sync export`, `sync import`, `sync setup-file`, `sync status`,
`sync quarantine`, `sync retry`, `mornings join`, `mornings hub init`, `mornings hub add-desk`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mornings_desktop.cli.common import emit, open_workspace
from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sync", parents=[common], help="push and pull operations with the hub")
    p.add_argument(
        "--hub",
        default=None,
        metavar="URL",
        help="desk URL of the hub (default: the one saved by 'join'; password from the keyring)",
    )
    p.add_argument(
        "--remember", action="store_true", help="save this hub URL and its password for next time"
    )
    p.set_defaults(func=run_sync)
    actions = p.add_subparsers(dest="sync_action", metavar="ACTION")

    e = actions.add_parser("export", parents=[common], help="write a bundle file of operations")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    e.add_argument("--all", action="store_true", help="every operation, not only those unsent")
    e.set_defaults(func=run_export)

    i = actions.add_parser("import", parents=[common], help="apply a bundle file")
    i.add_argument("file", type=Path, metavar="FILE")
    i.set_defaults(func=run_import)

    s = actions.add_parser(
        "setup-file", parents=[common], help="write the organisation's setup file for a new desk"
    )
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    s.set_defaults(func=run_setup_file)

    st = actions.add_parser("status", parents=[common], help="operations waiting, last push/pull")
    st.set_defaults(func=run_status)

    q = actions.add_parser(
        "quarantine", parents=[common], help="operations waiting or refused, with their reasons"
    )
    q.set_defaults(func=run_quarantine)

    r = actions.add_parser(
        "retry", parents=[common], help="try the waiting and refused operations again"
    )
    r.set_defaults(func=run_retry)

    j = sub.add_parser("join", parents=[common], help="join the organisation (desk URL or file)")
    source = j.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", metavar="DESK_URL", help="the desk URL printed by 'hub add-desk'")
    source.add_argument(
        "--setup-file", type=Path, metavar="FILE", help="a file from 'sync setup-file'"
    )
    j.set_defaults(func=run_join)

    h = sub.add_parser("hub", parents=[common], help="prepare the PostgreSQL hub")
    hub_actions = h.add_subparsers(dest="hub_action", metavar="ACTION", required=True)
    hi = hub_actions.add_parser(
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
    ha = hub_actions.add_parser("add-desk", parents=[common], help="create a desk login")
    ha.add_argument("name", metavar="NAME")
    ha.add_argument("--url", required=True, metavar="ADMIN_URL")
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
    ha.set_defaults(func=run_hub_add_desk)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _hub_url(ws: object, given: str | None) -> str:
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.sync import client, credentials

    assert isinstance(ws, Workspace)
    url = given or ws.meta(client.HUB_URL)
    if not url:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "No hub is set up for this desk; give --hub URL or run 'mornings join'."
            )
        )
    return credentials.complete_url(url)


def run_sync(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import client, join

    ws = open_workspace(args)
    try:
        url = _hub_url(ws, args.hub)
        if args.remember:
            join.configure(ws, url)
        try:
            result = client.sync_round(ws, url)
        except UserError as exc:
            client.record_error(ws, str(exc))
            raise
        client.record_error(ws, None)
    finally:
        ws.close()
    emit(
        args,
        result.to_json(),
        f"pushed {result.pushed} (already there {result.confirmed}, refused {result.refused}), "
        f"pulled {result.pulled} (new {result.applied}, quarantined {result.quarantined}), "
        f"waiting {result.waiting}",
    )
    return 0


def run_status(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import client

    ws = open_workspace(args)
    try:
        st = client.status(ws)
    finally:
        ws.close()
    emit(
        args,
        st.to_json(),
        f"hub {st.hub_url or '-'}; waiting {st.waiting}; quarantined {st.quarantined} "
        f"(waiting {st.held_waiting}, refused {st.refused}); "
        + "".join(
            f"desk {desk} lacks {len(seqs)} operation(s) from {seqs[0]}; "
            for desk, seqs in sorted(st.gaps.items())
        )
        + f"last push {st.last_push or '-'}; last pull {st.last_pull or '-'}"
        + (f"; last error: {st.last_error}" if st.last_error else ""),
    )
    return 0


def run_quarantine(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import quarantine

    ws = open_workspace(args)
    try:
        with ws.db.read() as session:
            kept = quarantine.listing(session)
    finally:
        ws.close()
    text = "\n".join(f"{k.room}\t{k.source}\t{k.op_id}\t{k.at}\t{k.reason}" for k in kept)
    emit(args, [k.to_json() for k in kept], text or "nothing in quarantine")
    return 0


def run_retry(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import quarantine

    ws = open_workspace(args)
    try:
        with ws.db.write() as session:
            before = quarantine.counts(session)
            result = quarantine.retry(session, rooms=(quarantine.WAITING, quarantine.REFUSED))
            after = quarantine.counts(session)
        if result.fresh:
            ws.notify(result.fresh)
    finally:
        ws.close()
    out = {"applied": len(result.fresh), "before": before, "after": after}
    emit(
        args,
        out,
        f"applied {len(result.fresh)}; still waiting {after['waiting']}, "
        f"still refused {after['refused']}",
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import bundle

    ws = open_workspace(args)
    try:
        result = bundle.export_bundle(ws, args.output, everything=args.all)
    finally:
        ws.close()
    emit(args, result.to_json(), f"{result.count} operations written to {result.path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import bundle

    ws = open_workspace(args)
    try:
        result = bundle.import_bundle(ws, args.file)
    finally:
        ws.close()
    emit(
        args,
        result.to_json(),
        f"{result.read} operations read: {result.applied} new, {result.already} already here, "
        f"{result.quarantined} quarantined",
    )
    return 0


def run_setup_file(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import join

    ws = open_workspace(args)
    try:
        path = join.write_setup_file(ws, args.output)
    finally:
        ws.close()
    emit(args, {"setup_file": str(path)}, str(path))
    return 0


def run_join(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import credentials, join

    ws = open_workspace(args)
    try:
        if args.url:
            result = join.join_hub(ws, args.url)
            if not credentials.keyring_usable():
                print(
                    "mornings: warning: no password store (keyring) on this computer; give the "
                    "full desk URL with 'mornings sync --hub URL' each time.",
                    file=sys.stderr,
                )
            out = {"org_id": ws.org_id, "hub": result.hub, **result.to_json()}
            text = f"joined organisation {ws.org_id}; pulled {result.pulled} operations"
        else:
            identity = join.join_setup_file(ws, args.setup_file)
            out = {"org_id": identity.org_id}
            text = f"joined organisation {identity.org_id}"
    finally:
        ws.close()
    emit(args, out, text)
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


def run_hub_add_desk(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import hub_admin

    desk = hub_admin.add_desk(
        args.url,
        args.name,
        hourly_quota=args.hourly_quota,
        connection_limit=args.connection_limit,
    )
    emit(
        args,
        {"desk": desk.desk, "url": desk.url, "login": desk.login},
        f"desk {desk.desk}: {desk.url}\n(shown once: give this URL to the desk, e.g. "
        "'mornings join --url URL')",
    )
    return 0
