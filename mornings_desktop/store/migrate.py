"""Schema migrations with Alembic: run at start-up, after a backup, and never on a newer database.

A database whose revision this version does not know was written by a newer Mornings Desktop: it is
refused with a clear message and not touched at all (not even a backup is written into it).

Alembic (about 80 ms to import) is imported only when a migration is needed: a database already at
`HEAD_REVISION` (a constant a test checks against the migrations folder) is recognised with one
plain SQL read of `alembic_version`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from mornings_desktop.errors import QT_TRANSLATE_NOOP, DatabaseError
from mornings_desktop.store.files import explain_sqlite_error, probe

if TYPE_CHECKING:
    from alembic.config import Config

    from mornings_desktop.store.database import Database

MIGRATIONS = Path(__file__).with_name("migrations")
PACKAGED_MIGRATIONS = MIGRATIONS
# The newest migration in `migrations/versions`; tests/unit/store/test_migrate.py checks it.
HEAD_REVISION = "0018_door_indexes"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def _peek(db: Database) -> tuple[list[str], str | None]:
    return peek(db.path)


def peek(path: Path) -> tuple[list[str], str | None]:
    """The file's tables and Alembic revision, read without changing a byte of it."""
    if not path.exists() or path.stat().st_size == 0:
        return [], None
    try:
        with closing(probe(path)) as conn:
            tables = [
                str(r[0])
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            ]
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
    except sqlite3.Error as exc:
        raise explain_sqlite_error(path, exc) from exc
    return tables, revision


def current_revision(db: Database) -> str | None:
    return _peek(db)[1]


def is_empty(db: Database) -> bool:
    return not _peek(db)[0]


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
    if current == _known_head():
        return current
    from alembic.script import ScriptDirectory

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
    if current == _known_head():
        return False
    if current is not None and backup is not None:
        backup(f"before-migration-{current}")
    from alembic import command

    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return True


def is_current(path: Path) -> bool:
    """Whether the file is at this version's schema (nothing to migrate), without Alembic."""
    return peek(path)[1] == _known_head()


def _known_head() -> str:
    """This version's head: the constant for the packaged migrations, else asked of Alembic."""
    return HEAD_REVISION if MIGRATIONS == PACKAGED_MIGRATIONS else head_revision()
