"""`mornings privacy role|passphrase|retention`: this desk's role, the organiser passphrase and
the retention period (organiser settings; see docs/privacy.md)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from mornings_desktop.cli.common import emit, open_workspace
from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services import desk_role, retention


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("privacy", parents=[common], help="desk role, passphrase, retention")
    verbs = p.add_subparsers(dest="verb", metavar="SETTING", required=True)
    role = verbs.add_parser("role", parents=[common], help="show or set: door or organiser")
    role.add_argument("role", nargs="?", choices=desk_role.ROLES)
    role.add_argument("--passphrase-file", type=Path, metavar="FILE")
    role.set_defaults(func=run_role)
    phrase = verbs.add_parser("passphrase", parents=[common], help="set the organiser passphrase")
    phrase.add_argument("--passphrase-file", type=Path, metavar="FILE")
    phrase.set_defaults(func=run_passphrase)
    keep = verbs.add_parser("retention", parents=[common], help="show or set, e.g. 3y")
    keep.add_argument("period", nargs="?")
    keep.set_defaults(func=run_retention)


def read_phrase(args: argparse.Namespace, prompt: str) -> str | None:
    if args.passphrase_file is not None:
        return Path(args.passphrase_file).read_text(encoding="utf-8").strip("\r\n")
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def run_role(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        if args.role:
            phrase = None
            if args.role == "organiser" and desk_role.desk_role(ws) == "door":
                phrase = read_phrase(args, "Organiser passphrase: ")
            desk_role.set_desk_role(ws, args.role, phrase)
        role = desk_role.desk_role(ws)
    finally:
        ws.close()
    emit(args, {"role": role}, role)
    return 0


def run_passphrase(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        phrase = read_phrase(args, "New organiser passphrase: ")
        if phrase is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the passphrase in a file."))
        desk_role.set_passphrase(ws, phrase)
    finally:
        ws.close()
    emit(args, {"passphrase": "set"}, "organiser passphrase set")
    return 0


def run_retention(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        if args.period:
            retention.set_retention_period(ws, args.period)
        period = retention.retention_period(ws)
    finally:
        ws.close()
    emit(args, {"retention": period}, period)
    return 0
