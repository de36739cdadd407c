"""The `mornings` command: the window by default, headless subcommands for everything else.

Each module of `cli.commands` adds its subcommands with `register(subparsers, common)`; this module
finds them all. Exit status: 0 done; 2 bad input or usage (one line on standard error); nothing is
half-written on failure, because every service writes in one transaction.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from mornings_desktop import __version__
from mornings_desktop.cli.common import EXIT_USAGE, common_parser, fail
from mornings_desktop.errors import UserError
from mornings_desktop.private_files import start_private


def build_parser() -> argparse.ArgumentParser:
    from mornings_desktop.cli import commands

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
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub, common_parser(suppress=True))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        start_private()
        if getattr(args, "self_test", False):
            from mornings_desktop.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from mornings_desktop.app import run_gui

            return run_gui(args)
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
