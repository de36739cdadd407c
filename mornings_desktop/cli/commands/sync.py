"""`mornings sync [--hub URL]`, `sync export`, `sync import`, `sync status`,
`sync quarantine`, `sync retry`, `sync accept` (`mornings join` and `mornings hub …` are in
`hub.py`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.common import (
    emit,
    emit_table,
    open_workspace,
    organiser_material,
    warn,
    warn_clock,
)
from mornings_desktop.cli.passphrase import recovery_options, recovery_signer
from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.wording.english import count


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

    e = actions.add_parser(
        "export",
        parents=[common],
        help="write a bundle file: every operation this desk holds, signed by this desk",
    )
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    e.add_argument(
        "--since-hub",
        action="store_true",
        help="a smaller file: only the operations the hub has not confirmed yet",
    )
    e.add_argument("--all", action="store_true", help=argparse.SUPPRESS)  # the default now
    e.set_defaults(func=run_export)

    i = actions.add_parser("import", parents=[common], help="apply a bundle file")
    i.add_argument("file", type=Path, metavar="FILE")
    i.set_defaults(func=run_import)

    s = actions.add_parser("setup-file", parents=[common], help="retired: use 'mornings desk add'")
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

    ac = actions.add_parser(
        "accept",
        parents=[common],
        help="organiser: list the operations a revocation set aside, or take some back",
    )
    ac.add_argument("digests", nargs="*", metavar="DIGEST")
    ac.add_argument(
        "--url",
        metavar="ADMIN_URL",
        help="what the hub set aside; without it, what a revocation refused on this desk",
    )
    recovery_options(ac)
    ac.set_defaults(func=run_accept)


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
    from mornings_desktop.cli.join_lines import JoinLines
    from mornings_desktop.sync import client, hub_clock, join

    ws = open_workspace(args)
    try:
        url = _hub_url(ws, args.hub)
        if args.remember:
            join.configure(ws, url)
        lines = JoinLines(args)
        try:
            result = client.sync_round(ws, url, progress=lines.progress)
            lines.finish()
        except UserError as exc:
            client.record_error(ws, str(exc))
            raise
        client.record_error(ws, None)
        refused = client.status(ws).records_refused
    finally:
        ws.close()
    emit(
        args,
        result.to_json(),
        f"pushed {result.pushed} (already there {result.confirmed}, refused {result.refused}), "
        f"pulled {result.pulled} (new {result.applied}, quarantined {result.quarantined}), "
        f"waiting {result.waiting}"
        + (f", sent again {result.resent}" if result.resent else "")
        + ("; the hub was restored: pulled again from the start" if result.renumbered else ""),
    )
    warn_clock(hub_clock.warning(result.clock_offset_s))
    for sentence in refused:
        warn(sentence)
    return 0


def run_status(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import client, hub_clock, incarnations

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
            f"desk {desk} lacks {count(len(seqs), 'operation')} from {seqs[0]}; "
            for desk, seqs in sorted(st.gaps.items())
        )
        + "".join(f"two databases write as the same desk {desk}; " for desk in st.copies)
        + (
            f"{count(st.revocations_waiting, 'revocation')} wait for the organisation key rotation "
            "that signs them; "
            if st.revocations_waiting
            else ""
        )
        + f"last push {st.last_push or '-'}; last pull {st.last_pull or '-'}"
        + (f"; last error: {st.last_error}" if st.last_error else "")
        + (
            ""
            if st.clock_offset_s is None
            else f"; clock {st.clock_offset_s:+.1f} s from the hub's"
        ),
    )
    warn_clock(hub_clock.warning(st.clock_offset_s))
    for sentence in st.records_refused:
        warn(sentence)
    for name in st.joined_twice.values():
        warn(str(incarnations.joined_twice_notice(name)))
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
        result = bundle.export_bundle(ws, args.output, since_hub=args.since_hub)
    finally:
        ws.close()
    emit(args, result.to_json(), f"{result.count} operations written to {result.path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import bundle, incarnations

    ws = open_workspace(args)
    try:
        result = bundle.import_bundle(ws, args.file)
        with ws.db.read() as session:
            twice = incarnations.joined_twice(session)
    finally:
        ws.close()
    emit(
        args,
        result.to_json(),
        f"{result.read} operations read: {result.applied} new, {result.already} already here, "
        f"{result.quarantined} quarantined",
    )
    for name in twice.values():
        warn(str(incarnations.joined_twice_notice(name)))
    return 0


def run_setup_file(args: argparse.Namespace) -> int:
    """Retired: a setup file gave a desk no certificate (`mornings desk add` does)."""
    from mornings_desktop.sync import join

    raise join.setup_file_retired()


def _hand_refused(args: argparse.Namespace) -> None:
    """What this desk refused because of a revocation (a stick that came after it) goes to the
    hub first, through this desk's own hub login, so that it can be listed and accepted."""
    from mornings_desktop.sync import client, refused_relay

    ws = open_workspace(args)
    try:
        if not ws.meta(client.HUB_URL):
            return
        import psycopg

        from mornings_desktop.sync import hub_schema

        hub = client.HubConnection(_hub_url(ws, None))
        try:
            refused_relay.relay(ws, hub.get())
        except psycopg.Error as exc:
            raise hub_schema.explain_connect_error(hub.url, exc) from exc
        finally:
            hub.close()
    finally:
        ws.close()


def _accept_here(args: argparse.Namespace) -> int:
    """`sync accept` without a hub: what a revocation refused on this desk (`offline_accept`)."""
    from mornings_desktop.sync import offline_accept

    signer = recovery_signer(args) if args.digests else None
    ws = open_workspace(args)
    try:
        if not args.digests:
            rows = [h.to_json() for h in offline_accept.listing(ws)]
            emit_table(args, rows, ["digest", "desk", "type", "hlc", "received_at"])
            return 0
        back = offline_accept.accept(ws, args.digests, signer=signer)
    finally:
        ws.close()
    emit(
        args,
        {"accepted": back},
        f"accepted {count(len(back), 'operation')}; every desk takes them back when it imports a bundle "
        "exported from here (mornings sync export)",
    )
    return 0


def run_accept(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import hub_desks

    org_id, _ = organiser_material(args)  # an organiser's desk only: it signs the acceptance
    if args.url is None:
        return _accept_here(args)
    _hand_refused(args)
    if not args.digests:
        rows = [h.to_json() for h in hub_desks.held(args.url)]
        emit_table(args, rows, ["digest", "desk", "type", "hlc", "received_at"])
        return 0
    from mornings_desktop.ledger import signing
    from mornings_desktop.sync import org_records

    signer = recovery_signer(args)
    ws = open_workspace(args)
    try:
        org_public = ws.meta(signing.ORG_PUBLIC_KEY)
        with ws.db.read() as session:  # revocations of an earlier key a rotation keeps
            listed = org_records.listed_revocations(session)
    finally:
        ws.close()
    back = hub_desks.accept(
        args.url, args.digests, org_id=org_id, signer=signer, org_public=org_public, listed=listed
    )
    told = (
        "every desk takes them at its next round"
        if signer is not None or signing.org_key(org_id) is not None
        else "this computer does not hold the organisation key, so desks that know of the "
        "revocation keep refusing them; run the command on the organiser's desk"
    )
    emit(args, {"accepted": back}, f"accepted {count(len(back), 'operation')}; {told}")
    return 0
