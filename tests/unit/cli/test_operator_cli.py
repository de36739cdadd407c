"""The global `--operator NAME`: the person at the desk, before or after the command name."""

from __future__ import annotations

from pathlib import Path

from mornings_desktop.services.workspace import Workspace
from tests.unit.cli.test_cli import mornings


def test_operator_is_accepted_before_and_after_the_command(db_path: Path) -> None:
    Workspace.open(db_path, "Accueil 1").close()
    assert mornings("--db", str(db_path), "--operator", "Nadia", "events").returncode == 0
    assert (
        mornings("--db", str(db_path), "events", "--operator", "Karim El Idrissi").returncode == 0
    )


def test_an_empty_operator_is_one_sentence_and_exit_2(db_path: Path) -> None:
    Workspace.open(db_path, "Accueil 1").close()
    done = mornings("--db", str(db_path), "--operator", "  ", "events")
    assert done.returncode == 2
    assert done.stderr.strip() == "mornings: Type the name of the person at the desk."
    assert "Traceback" not in done.stderr
