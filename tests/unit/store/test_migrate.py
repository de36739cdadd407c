"""Migrations: an empty file comes up to head; a newer schema is refused untouched; an older one is
backed up before it is migrated."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mornings_desktop.errors import DatabaseError
from mornings_desktop.paths import backups_dir
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import migrate
from mornings_desktop.store.database import Database

ORIGINAL_MIGRATIONS = migrate.MIGRATIONS


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn, conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn, conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_empty_database_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = Database(path)
    assert migrate.is_empty(db)
    assert migrate.current_revision(db) is None
    calls: list[str] = []
    assert migrate.upgrade(db, backup=calls.append) is True
    assert migrate.current_revision(db) == migrate.head_revision()
    assert not calls, "a new database has nothing to back up"
    assert migrate.upgrade(db, backup=calls.append) is False, "at head: nothing to do"
    db.dispose()
    assert {"mornings", "people", "registrations", "operations", "desks", "meta"} <= _tables(path)


def test_workspace_on_a_new_file_writes_no_backup(db_path: Path) -> None:
    Workspace.open(db_path, "Accueil 1").close()
    assert _revision(db_path) == migrate.head_revision()
    assert not backups_dir(db_path).exists() or not list(backups_dir(db_path).iterdir())


def test_newer_schema_is_refused_and_left_byte_for_byte(db_path: Path) -> None:
    Workspace.open(db_path, "Accueil 1").close()
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        Workspace.open(db_path, "Accueil 1")
    message = str(caught.value)
    assert "newer version" in message and "9999_from_the_future" in message
    assert "\n" not in message
    assert db_path.read_bytes() == before
    assert _revision(db_path) == "9999_from_the_future"
    assert not backups_dir(db_path).exists(), "not even a backup is written for a newer file"


def test_foreign_sqlite_file_is_refused_untouched(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('harira')")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="not a Mornings Desktop database"):
        Workspace.open(db_path, "Accueil 1")
    assert db_path.read_bytes() == before
    assert _tables(db_path) == {"recipes"}


@pytest.fixture
def newer_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """This version's migrations plus one more: the code is newer than a database at today's head."""
    old_head = migrate.head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9000_test_more.py").write_text(
        f'''"""A later schema, for the test."""
import sqlalchemy as sa
from alembic import op

revision = "9000_test_more"
down_revision = "{old_head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_more", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("test_more")
''',
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    assert migrate.head_revision() == "9000_test_more"
    return old_head


def test_older_database_is_backed_up_then_migrated(
    db_path: Path, newer_code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Write a database with data at the previous head, with this version's code.
    with monkeypatch.context() as m:
        m.setattr(migrate, "MIGRATIONS", ORIGINAL_MIGRATIONS)
        ws = Workspace.open(db_path, "Accueil 1")
        ws.record(
            "morning.created", {"id": "m1", "fields": {"title": "Avant", "date": "2026-12-10"}}
        )
        ws.close()
    assert _revision(db_path) == newer_code

    ws = Workspace.open(db_path, "Accueil 1")
    ws.close()
    assert _revision(db_path) == "9000_test_more"
    assert "test_more" in _tables(db_path)
    backups = list(backups_dir(db_path).glob("*.sqlite3"))
    assert len(backups) == 1 and f"before-migration-{newer_code}" in backups[0].name
    assert _revision(backups[0]) == newer_code, "the backup is the database as it was"
    with closing(sqlite3.connect(backups[0])) as conn, conn:
        assert conn.execute("SELECT title FROM mornings").fetchall() == [("Avant",)]


def test_upgrade_calls_backup_only_when_behind(db_path: Path, newer_code: str) -> None:
    db = Database(db_path)
    config = migrate.alembic_config()
    from alembic import command

    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, newer_code)
    calls: list[str] = []
    assert migrate.upgrade(db, backup=calls.append) is True
    assert calls == [f"before-migration-{newer_code}"]
    assert migrate.upgrade(db, backup=calls.append) is False
    assert len(calls) == 1
    db.dispose()


def test_head_revision_constant_matches_the_migrations_folder() -> None:
    """`HEAD_REVISION` lets start-up skip importing Alembic; a new migration must update it."""
    assert migrate.MIGRATIONS == migrate.PACKAGED_MIGRATIONS
    assert migrate.head_revision() == migrate.HEAD_REVISION
