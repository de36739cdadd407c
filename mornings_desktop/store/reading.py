"""A read-only look at a database that needs nothing written first, in plain `sqlite3`.

`Workspace.open` may have to write before anything can be read: migrate an older schema (after a
backup), create the organisation identity or a new desk, fold in kept operations this version
now understands (`reapply_pending`). Most of the time there is nothing to do, and a command that
only reads (`mornings events`) can then answer without importing SQLAlchemy, Alembic or the
schema (about half a second of start-up on a busy machine): `open_read` says whether that is so
and gives a read-only connection, or None, and the caller opens the workspace as before.

The file checks are `Database`'s (missing, folder, rights, read-only), except the whole-file
`PRAGMA quick_check`, which reads every page (150 ms on a 50,000-registration file) and protects
writes: a read that meets a damaged page gets SQLite's error, said in the same sentence
("damaged; restore a backup"), and every command that writes still checks the whole file first.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mornings_desktop.store import migrate
from mornings_desktop.store.files import (
    check_writable,
    checked_path,
    explain_sqlite_error,
    probe,
)
from mornings_desktop.store.meta_keys import ORG_ID

# Whether a kept operation waits to be applied: answered from the partial index
# `ix_operations_unapplied`, not by reading the whole log.
UNAPPLIED = "SELECT 1 FROM operations WHERE NOT applied LIMIT 1"


def open_read(path: Path | str, desk_name: str | None = None) -> sqlite3.Connection | None:
    """A read-only connection to the database at `path` when opening it would write nothing,
    else None (the caller opens the workspace). `desk_name` is already checked.

    Raises DatabaseError as `Workspace.open(path, create=False)` does: no file, a folder, a file
    or folder we may not write to, a file SQLite cannot read.
    """
    file = checked_path(path, create=False)
    check_writable(file)
    if not migrate.is_current(file):
        return None  # empty, older, newer or not ours: Workspace.open migrates or refuses
    conn = probe(file)
    try:
        if _needs_writes(conn, desk_name):
            conn.close()
            return None
    except sqlite3.Error as exc:
        conn.close()
        raise explain_sqlite_error(file, exc) from exc
    return conn


def _needs_writes(conn: sqlite3.Connection, desk_name: str | None) -> bool:
    """What `Workspace.open` would write: the identity, this desk, kept operations to fold."""
    if conn.execute("SELECT value FROM meta WHERE key = ?", (ORG_ID,)).fetchone() is None:
        return True
    desks = conn.execute("SELECT id, name FROM desks WHERE is_local").fetchall()
    if desk_name is None:
        known = bool(desks)
    else:
        known = any(str(name).casefold() == desk_name.casefold() for _id, name in desks)
    if not known:
        return True
    return conn.execute(UNAPPLIED).fetchone() is not None
