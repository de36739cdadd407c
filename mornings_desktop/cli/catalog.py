"""Every subcommand's name and one-line help, without importing the module that runs it.

`mornings --help` lists them all from this table; only the module of the command being run is
imported (its services pull in SQLAlchemy, reportlab, openpyxl...). tests/unit/cli/test_startup.py
checks that this table says what the modules register.
"""

from __future__ import annotations

# module of `mornings_desktop.cli.commands` -> the commands it registers, with their help
COMMANDS: dict[str, dict[str, str]] = {
    "agenda": {
        "agenda": "the agenda: programme as .pdf/.ics/.json, sessions, speakers, publishing",
    },
    "backup": {
        "backup": "back up the database",
        "restore": "replace the database by a backup",
    },
    "badges": {"badges": "badges of a Morning as a PDF"},
    "checkin": {"checkin": "check in ticket codes (the desk's scan path)"},
    "demo": {"demo": "create a demo Morning; prints its id"},
    "desk": {"desk": "organiser: desks without a hub: add (join file), revoke"},
    "events": {"events": "list Mornings, or create one"},
    "export": {
        "export": "attendance workbook (.xlsx) or .csv of a Morning; --series for the series "
        "report",
    },
    "hub": {
        "join": "join the organisation with a join file",
        "hub": "prepare the PostgreSQL hub, manage desks",
    },
    "flags": {"flags": "the organiser's list of registration flags: list, add, rename, retire"},
    "forecast": {"forecast": "expected attendance of a Morning (80 %% interval), or --backtest"},
    "importing": {"import": "import registrations from .xlsx, .xls, .ods or .csv"},
    "log": {"log": "who did what: the operation log, filtered"},
    "mail": {"mail": "send tickets and reminders by e-mail"},
    "org": {"org": "the organisation's keys: recovery, rotation"},
    "people": {"people": "a person's data: show, export, erase"},
    "privacy": {"privacy": "desk role, passphrase, retention"},
    "quick_sheet": {
        "quick-sheet": "write the one-page desk quick sheet (PDF, French) to tape next to the "
        "scanner",
    },
    "registrations": {"registrations": "list a Morning's registrations"},
    "search": {"search": "find people by name, as the desk's search does (Latin or Arabic)"},
    "sync": {"sync": "push and pull operations with the hub"},
    "tickets": {"tickets": "tickets (.pdf) or a mail merge (.xlsx)"},
}


def modules_for(argv: list[str] | None) -> set[str]:
    """The modules to import for this command line: those whose command names appear in it
    (all of them when `argv` is None)."""
    if argv is None:
        return set(COMMANDS)
    words = set(argv)
    return {module for module, names in COMMANDS.items() if words & names.keys()}
