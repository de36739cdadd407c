"""`mornings org recovery-key -o FILE [--again]` and `mornings org rotate --recovery FILE`.

Passphrases never on the command line: the organisation key's comes from `--passphrase-file`, the
environment or a prompt (`cli/passphrase.py`); the recovery file's from `--recovery-passphrase-file`,
`MORNINGS_RECOVERY_PASSPHRASE_FILE` or a prompt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mornings_desktop.cli import passphrase
from mornings_desktop.cli.common import emit, open_workspace

RECOVERY_PASSPHRASE_FILE_ENV = passphrase.RECOVERY_PASSPHRASE_FILE_ENV


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    o = sub.add_parser("org", parents=[common], help="the organisation's keys: recovery, rotation")
    actions = o.add_subparsers(dest="org_action", metavar="ACTION", required=True)
    rk = actions.add_parser(
        "recovery-key", parents=[common], help="export the recovery key (once) to a 0600 file"
    )
    rk.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    rk.add_argument(
        "--again",
        action="store_true",
        help="make a NEW recovery key although one was exported (desks that know the old one "
        "keep it until they join again)",
    )
    _passphrase_options(rk)
    rk.set_defaults(func=run_recovery_key)

    ro = actions.add_parser(
        "rotate", parents=[common], help="a new organisation key, signed by the recovery key"
    )
    ro.add_argument("--recovery", type=Path, required=True, metavar="FILE")
    ro.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="DESK",
        help="a desk whose certificate does not stay valid (a lost laptop); repeatable",
    )
    _passphrase_options(ro)
    ro.set_defaults(func=run_rotate)


def _passphrase_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="the organisation key's passphrase (without a keyring); else asked",
    )
    p.add_argument(
        "--recovery-passphrase-file",
        type=Path,
        metavar="FILE",
        help="the recovery file's passphrase; else $MORNINGS_RECOVERY_PASSPHRASE_FILE or asked",
    )


def _recovery_phrase(args: argparse.Namespace, *, new: bool) -> str:
    return passphrase.recovery_phrase(args.recovery_passphrase_file, new=new)


def run_recovery_key(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import recovery

    passphrase.install(args.passphrase_file)
    ws = open_workspace(args, create=False)
    try:
        when = recovery.check_exportable(ws, args.output, again=args.again)
        if when is not None:
            print(
                "mornings: warning: this makes a NEW recovery key; desks that know the one "
                f"exported on {when[:16].replace('T', ' ')} keep trusting only that one until "
                "they join again: keep both files until then.",
                file=sys.stderr,
            )
        done = recovery.export_recovery_key(
            ws, args.output, _recovery_phrase(args, new=True), again=args.again
        )
    finally:
        ws.close()
    emit(
        args,
        done.to_json(),
        f"recovery key {done.recovery_key_id} written to {done.path}: keep it offline, away from "
        "this computer, with its passphrase apart",
    )
    return 0


def run_rotate(args: argparse.Namespace) -> int:
    from mornings_desktop.sync import recovery

    passphrase.install(args.passphrase_file)
    ws = open_workspace(args, create=False)
    try:
        done = recovery.rotate(
            ws,
            args.recovery,
            _recovery_phrase(args, new=False),
            without=tuple(args.without),
        )
    finally:
        ws.close()
    emit(
        args,
        done.to_json(),
        f"new organisation key {done.org_key_id}: {done.certificates} desk certificates "
        "re-issued; desks take the rotation at their next sync or bundle import",
    )
    return 0
