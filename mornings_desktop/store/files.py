"""The database file before any engine touches it: its path, its rights, a read-only look.

Plain `sqlite3` and the standard library only (no SQLAlchemy): a command that only reads
(`mornings events`) checks the file with these and answers without importing the ORM
(`store/reading.py`); `Database` uses the same checks before it makes its engine.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from mornings_desktop.errors import QT_TRANSLATE_NOOP, DatabaseError
from mornings_desktop.private_files import (
    create_private_file,
    private_dir,
    secure_database_files,
)

BUSY_TIMEOUT_MS = 5000


def explain_sqlite_error(path: Path, exc: BaseException) -> DatabaseError:
    """Turn a low-level SQLite failure into one sentence a person can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "The database {path} is locked by another program; close it and retry."
            ),
            path=path,
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "The database {path} is read-only; copy it to a folder you can write to."
            ),
            path=path,
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is damaged; restore a backup with 'mornings restore'.",
            ),
            path=path,
        )
    if "disk" in text and ("full" in text or "i/o" in text):
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot write to {path}: the disk is full or was removed ({detail})."
            ),
            path=path,
            detail=str(exc).splitlines()[0],
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP("errors", "Cannot use the database {path}: {detail}"),
        path=path,
        detail=str(exc).splitlines()[0],
    )


def checked_path(path: Path | str, *, create: bool = True, private: bool = True) -> Path:
    """The absolute path of a database file that exists or was just created empty and private.

    Raises DatabaseError for a missing file (`create=False`), a folder, or a folder that cannot
    be made. `private`: an existing file, its WAL and SHM are corrected to 0600 (not for a file
    that is not ours, such as a backup a person chose to restore from).
    """
    path = Path(path).expanduser().absolute()
    if private and path.is_file():
        secure_database_files(path)
    if not path.exists():
        if not create:
            raise DatabaseError(QT_TRANSLATE_NOOP("errors", "No database at {path}."), path=path)
        try:
            private_dir(path.parent)
        except OSError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "Cannot create the folder {folder}: {detail}"),
                folder=path.parent,
                detail=exc.strerror or str(exc),
            ) from exc
        try:
            create_private_file(path)  # before SQLite creates it with the umask's mode
        except OSError as exc:
            raise explain_sqlite_error(path, exc) from exc
    elif path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file."), path=path
        )
    return path


def check_writable(path: Path) -> None:
    """Refuse a file, or a folder, we may not write to (WAL creates the -wal and -shm beside it)."""
    if path.exists() and not os.access(path, os.W_OK):
        raise explain_sqlite_error(path, sqlite3.OperationalError("readonly"))
    if path.exists() and not os.access(path.parent, os.W_OK):
        raise explain_sqlite_error(path, sqlite3.OperationalError("readonly"))


def probe(path: Path) -> sqlite3.Connection:
    """A read-only connection without our pragmas: looking at a file never changes it."""
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def quick_check(path: Path) -> None:
    """`PRAGMA quick_check` of the whole file (it reads every page: time grows with the file)."""
    try:
        # A read-only probe: the engine's pragmas (journal_mode=WAL) would rewrite the header of
        # a file we have not yet accepted, and a refused file must be left byte for byte.
        with closing(probe(path)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        raise explain_sqlite_error(path, exc) from exc
    if result != "ok":
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is damaged ({detail}); restore a backup with "
                "'mornings restore'.",
            ),
            path=path,
            detail=_first_problem(str(result)),
        )


def _first_problem(result: str) -> str:
    """SQLite's first finding on one line ("Page 69: btreeInitPage() returns error code 11"),
    without its "*** in database main ***" heading: the sentence stays one line."""
    lines = [line.strip() for line in result.splitlines() if line.strip()]
    findings = [line for line in lines if not line.startswith("***")]
    return (findings or lines or ["?"])[0]
