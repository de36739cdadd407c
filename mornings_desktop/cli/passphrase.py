"""The organisation key's passphrase on the command line: never an argument, never logged.

In order: the file named by `--passphrase-file` (the `org` commands) or by the environment
variable `MORNINGS_ORG_PASSPHRASE_FILE`, the variable `MORNINGS_ORG_PASSPHRASE`, then a prompt when
standard input is a terminal (a new passphrase is asked twice). Without any of them a command
that needs the key stops with one sentence.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import passphrase_source

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def read_file(path: Path) -> str:
    try:
        return Path(path).expanduser().read_text(encoding="utf-8").strip("\r\n")
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the passphrase file {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or type(exc).__name__,
        ) from exc


def prompt(label: str, *, new: bool) -> str | None:
    """Ask at the terminal (twice for a new one); None when standard input is not a terminal."""
    if not sys.stdin.isatty():
        return None
    phrase = getpass.getpass(f"{label}: ")
    if new and getpass.getpass(f"{label} (again): ") != phrase:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "The two passphrases differ; nothing was changed.")
        )
    return phrase or None


def install(passphrase_file: Path | None = None) -> None:
    """Make the organisation key's passphrase come from here for the rest of this process."""

    def source(purpose: passphrase_source.Purpose, path: Path) -> str | None:
        if passphrase_file is not None:
            return read_file(passphrase_file)
        found = passphrase_source.env_passphrase(purpose, path)
        if found:
            return found
        label = (
            "New passphrase for the organisation key"
            if purpose == "new"
            else (f"Passphrase of the organisation key ({path.name})")
        )
        return prompt(label, new=purpose == "new")

    passphrase_source.set_passphrase_source(source)


RECOVERY_PASSPHRASE_FILE_ENV = "MORNINGS_RECOVERY_PASSPHRASE_FILE"


def recovery_phrase(named: Path | None, *, new: bool) -> str:
    """The recovery key file's passphrase: from the file `named`, else the file named by
    `MORNINGS_RECOVERY_PASSPHRASE_FILE`, else asked at the terminal."""
    import os

    source = named or os.environ.get(RECOVERY_PASSPHRASE_FILE_ENV)
    phrase = (
        read_file(Path(source))
        if source
        else prompt("Passphrase of the recovery key file", new=new)
    )
    if not phrase:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Give the recovery key file's passphrase (--recovery-passphrase-file FILE, or at "
                "the prompt).",
            )
        )
    return phrase


def recovery_options(parser: argparse.ArgumentParser) -> None:
    """`--recovery-key FILE` (sign with the recovery key: the organisation key is lost) and the
    recovery file's `--recovery-passphrase-file FILE`."""
    parser.add_argument(
        "--recovery-key",
        type=Path,
        metavar="FILE",
        help="sign with the recovery key from 'org recovery-key' (the organisation key is lost)",
    )
    parser.add_argument(
        "--recovery-passphrase-file",
        type=Path,
        metavar="FILE",
        help="the recovery file's passphrase; else $MORNINGS_RECOVERY_PASSPHRASE_FILE or asked",
    )


def recovery_signer(args: argparse.Namespace) -> Ed25519PrivateKey | None:
    """The recovery key named by `--recovery-key`, checked to be the one this organisation's
    desks know (None without the option)."""
    if args.recovery_key is None:
        return None
    from mornings_desktop.cli.common import open_workspace
    from mornings_desktop.sync import recovery

    ws = open_workspace(args, create=False)
    try:
        phrase = recovery_phrase(args.recovery_passphrase_file, new=False)
        return recovery.recovery_signer(ws, args.recovery_key, phrase)
    finally:
        ws.close()
