"""Backups with SQLite's backup API, and restore: the data comes back identical, the database being
replaced is saved first, and a file that is not a healthy Mornings database is refused untouched."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from mornings_desktop.errors import DatabaseError
from mornings_desktop.paths import backups_dir
from mornings_desktop.services import mornings
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.backup import list_backups, restore, rotating_backup


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, in a stable order."""
    with closing(sqlite3.connect(path)) as conn, conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert {"mornings", "people", "registrations", "operations"} <= set(tables)
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }


def _lives(dumped: dict[str, list[Any]]) -> list[Any]:
    return [m for m in dumped["meta"] if str(m[0]).startswith("incarnation")]


def test_backup_restore_round_trip(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    create_demo(ws, attendees=25, seed=4, day="2026-12-10")
    ws.close()
    expected = dump(db_path)
    backup = rotating_backup(db_path, "manual")
    assert backup.parent == backups_dir(db_path) and "manual" in backup.name
    assert dump(backup) == expected

    ws = Workspace.open(db_path, "Accueil 1")
    mornings.create(ws, mornings.MorningInput(title="Après la sauvegarde", date="2027-01-14"))
    ws.close()
    changed = dump(db_path)
    assert changed != expected

    safety = restore(backup, db_path)
    assert safety is not None and safety.exists() and "before-restore" in safety.name
    assert dump(safety) == changed, "the replaced database is kept"
    restored = dump(db_path)
    # The restored database forgets its incarnation: its next operations start a new one.
    assert not [k for k, _ in restored["meta"] if k.startswith("incarnation")]
    assert restored == {
        **expected,
        "meta": [m for m in expected["meta"] if m not in _lives(expected)],
    }
    ws = Workspace.open(db_path, "Accueil 1")
    titles = [m.title for m in mornings.list_mornings(ws)]
    ws.close()
    assert len(titles) == 1 and "Après la sauvegarde" not in titles


def test_rotation_keeps_the_newest(db_path: Path) -> None:
    Workspace.open(db_path, "Accueil 1").close()
    made = [rotating_backup(db_path, f"n{i}", keep=3) for i in range(5)]
    assert list_backups(db_path) == sorted(made[-3:], reverse=True)


@pytest.mark.parametrize(
    "content",
    [b"name,email\nAmine,amine@example.ma\n", b"SQLite format 3\x00" + b"\xff" * 5000],
    ids=["csv", "corrupt"],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    db_path: Path, tmp_path: Path, content: bytes
) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    create_demo(ws, attendees=5, seed=1, day="2026-12-10")
    ws.close()
    before = db_path.read_bytes()
    bad = tmp_path / "backup.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(DatabaseError) as caught:
        restore(bad, db_path)
    assert str(bad) in str(caught.value) and "\n" not in str(caught.value)
    assert db_path.read_bytes() == before
    assert bad.read_bytes() == content
    assert not backups_dir(db_path).exists() or not list(backups_dir(db_path).iterdir())


def test_restore_refuses_a_foreign_sqlite_database(db_path: Path, tmp_path: Path) -> None:
    Workspace.open(db_path, "Accueil 1").close()
    before = db_path.read_bytes()
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    other_bytes = other.read_bytes()
    with pytest.raises(DatabaseError, match="not a Mornings Desktop"):
        restore(other, db_path)
    assert db_path.read_bytes() == before
    assert other.read_bytes() == other_bytes, "verifying a backup never changes it"


def test_restore_refuses_a_missing_file(db_path: Path, tmp_path: Path) -> None:
    Workspace.open(db_path, "Accueil 1").close()
    with pytest.raises(DatabaseError, match="No backup file"):
        restore(tmp_path / "nowhere.sqlite3", db_path)
