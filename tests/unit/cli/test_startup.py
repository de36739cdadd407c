"""Start-up stays light: a command imports only what it runs (issue 18: `mornings --help` and
`mornings events --json` < 0.25 s)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mornings_desktop import paths
from mornings_desktop.cli import build_parser
from mornings_desktop.cli.catalog import COMMANDS

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("alembic", "PySide6", "reportlab", "openpyxl")


def _run(code: str, env: dict[str, str] | None = None) -> str:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=full, check=True
    )
    return done.stdout


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {a.dest: str(a.help) for a in action._choices_actions}
    return {}


def test_catalog_says_what_the_modules_register() -> None:
    full = _subcommands(build_parser())
    listed = {name: help_ for names in COMMANDS.values() for name, help_ in names.items()}
    assert listed == full
    assert _subcommands(build_parser([])) == full, "--help lists every command"


def test_events_imports_no_alembic_qt_reportlab_openpyxl_or_sqlalchemy(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite3"
    code = (
        "import sys\n"
        "from mornings_desktop.cli import main\n"
        f"main(['--db', {str(db)!r}, 'events', '--json'])\n"  # creates and migrates: alembic
        "for m in [m for m in sys.modules if m.split('.')[0] in {'alembic'}]:\n"
        "    del sys.modules[m]\n"
        f"main(['--db', {str(db)!r}, 'events', '--json'])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}))\n"
    )
    env = {"MORNINGS_DATA_DIR": str(tmp_path / "data")}
    loaded = json.loads(_run(code, env).splitlines()[-1].replace("'", '"'))
    assert not set(HEAVY) & set(loaded)


def test_events_on_an_up_to_date_database_imports_no_sqlalchemy_or_keyring(tmp_path: Path) -> None:
    """Nothing to migrate, no desk to add: the list is read in plain SQL (store/reading.py)."""
    db = tmp_path / "m.sqlite3"
    _run(f"from mornings_desktop.cli import main; main(['--db', {str(db)!r}, 'demo'])")
    code = (
        "import sys\n"
        "from mornings_desktop.cli import main\n"
        f"main(['--db', {str(db)!r}, 'events', '--json'])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}))\n"
    )
    env = {"MORNINGS_DATA_DIR": str(tmp_path / "data")}
    lines = _run(code, env).splitlines()
    assert len(json.loads(lines[0])) == 1
    loaded = json.loads(lines[-1].replace("'", '"'))
    # nor the keyring or the ciphers: installing the passphrase source opens no key store
    assert not {*HEAVY, "sqlalchemy", "keyring", "cryptography"} & set(loaded)


def test_parsing_events_and_help_import_nothing_heavy(tmp_path: Path) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from mornings_desktop.cli import build_parser, main\n"
        "build_parser(['events']).parse_args(['events', '--json'])\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}))\n"
    )
    # the data folder from the XDG rules, without Qt
    env = {"MORNINGS_DATA_DIR": "", "XDG_DATA_HOME": str(tmp_path)}
    loaded = json.loads(_run(code, env).splitlines()[-1].replace("'", '"'))
    assert not set(HEAVY) & set(loaded)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's Linux rule")
@pytest.mark.parametrize("xdg", [None, "/tmp/xdg-data-here", "relative/ignored"])
def test_plain_data_dir_is_what_qt_says(xdg: str | None) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"XDG_DATA_HOME", "MORNINGS_DATA_DIR"}}
    if xdg is not None:
        env["XDG_DATA_HOME"] = xdg
    env["PYTHONPATH"] = str(ROOT)
    env["QT_QPA_PLATFORM"] = "offscreen"
    code = (
        "from mornings_desktop import paths\n"
        "print(paths.plain_data_dir()); print(paths.qt_data_dir())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    plain, qt = done.stdout.splitlines()[-2:]
    assert plain == qt
    assert paths.plain_data_dir("win32") is None
