"""Schema migrations with Alembic: run at start-up, after a backup, and never on a newer database.

A database whose revision this version does not know was written by a newer Mornings Desktop: it is
refused with a clear message and not touched at all (not even a backup is written into it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from mornings_desktop.errors import QT_TRANSLATE_NOOP, DatabaseError
from mornings_desktop.store.database import Database

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_empty(db: Database) -> bool:
    with db.engine.connect() as conn:
        return not inspect(conn).get_table_names()


def check_not_newer(db: Database) -> str | None:
    """Raise if the database was migrated by a newer version. Returns its current revision."""
    current = current_revision(db)
    if current is None:
        if not is_empty(db):
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors", "{path} is not a Mornings Desktop database; it was left untouched."
                ),
                path=db.path,
            )
        return None
    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(current)
    except Exception as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was written by a newer version of Mornings Desktop (schema {revision}); "
                "install the newer version. The file was left untouched.",
            ),
            path=db.path,
            revision=current,
        ) from exc
    return current


def upgrade(db: Database, *, backup: Callable[[str], object] | None = None) -> bool:
    """Bring the schema to this version's head. Returns True if anything was migrated.

    `backup(reason)` is called before an existing database is migrated.
    """
    current = check_not_newer(db)
    head = head_revision()
    if current == head:
        return False
    if current is not None and backup is not None:
        backup(f"before-migration-{current}")
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return True
