"""The `mornings` command: the window by default, headless subcommands for everything else.

Each module of `cli.commands` adds its subcommands with `register(subparsers, common)`; only the
module of the command being run is imported, the others are listed from `cli.catalog`. Exit status: 0 done; 2 bad input or usage (one line on standard error); nothing is
half-written on failure, because every service writes in one transaction.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from mornings_desktop import __version__
from mornings_desktop.cli.catalog import COMMANDS, modules_for
from mornings_desktop.cli.common import EXIT_USAGE, common_parser, fail
from mornings_desktop.errors import UserError
from mornings_desktop.private_files import start_private


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser (`argv` None), or one where only the commands named in `argv` are real
    and the others are names with their help, for `--help`."""
    parser = argparse.ArgumentParser(
        prog="mornings",
        description="Run the Club Made in Morocco Mornings: agenda, registrations, check-in, "
        "badges, exports and sync. Without a command, opens the window.",
        parents=[common_parser(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation end to end and exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    needed = modules_for(argv)
    for name, commands in COMMANDS.items():
        if name in needed:
            module = importlib.import_module(f"mornings_desktop.cli.commands.{name}")
            module.register(sub, common_parser(suppress=True))
        else:
            for command, help_ in commands.items():
                sub.add_parser(command, parents=[common_parser(suppress=True)], help=help_)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(words).parse_args(words)
    try:
        start_private()
        if getattr(args, "self_test", False):
            from mornings_desktop.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from mornings_desktop.app import run_gui

            return run_gui(args)
        from mornings_desktop.cli import passphrase

        passphrase.install()  # the organisation key's, if a command needs it (no keyring)
        if getattr(args, "operator", None) is not None:  # refused before any command runs
            from mornings_desktop.services.operator import check_operator

            args.operator = check_operator(args.operator)
        result: int | None = args.func(args)
        return int(result or 0)
    except UserError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted")
    except BrokenPipeError:
        return 0
    except OSError as exc:
        return fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), EXIT_USAGE)
