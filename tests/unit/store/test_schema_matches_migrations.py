"""The migrations produce exactly the schema the models describe (no drift), with one head."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mornings_desktop.store import migrate
from mornings_desktop.store.database import Database
from mornings_desktop.store.tables import metadata


def test_migrations_have_one_head() -> None:
    assert migrate.head_revision()


def test_migrated_schema_equals_models(tmp_path: Path) -> None:
    db = Database(tmp_path / "m.sqlite3")
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata())
    db.dispose()
    assert diff == []
