"""Backups with SQLite's online backup API: consistent copies while the desk keeps working.

Rotating backups sit in a `backups` folder beside the database: `mornings-YYYYMMDD-HHMMSS-reason.sqlite3`,
the newest `KEEP` kept. `restore` checks the file first (a SQLite database, `quick_check` ok, a Mornings
schema this version can open), saves the current database, then copies the backup over it.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import closing
from datetime import datetime
from pathlib import Path

from mornings_desktop.errors import QT_TRANSLATE_NOOP, DatabaseError
from mornings_desktop.paths import backups_dir
from mornings_desktop.private_files import make_private, private_dir
from mornings_desktop.store import meta_keys

KEEP = 20


def copy_database(source: Path, dest: Path, *, new_incarnation: bool = False) -> Path:
    """Copy `source` into a new file `dest` atomically (temporary file, then rename), 0600.

    With `new_incarnation` (a restore), the copy forgets its incarnation: its next operations
    start a new one (`desk_seq` from 1), never reusing numbers other desks hold (DESIGN §6)."""
    private_dir(dest.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=5)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                if new_incarnation:
                    with out:
                        out.execute(
                            "DELETE FROM meta WHERE key IN (?, ?)",
                            (meta_keys.INCARNATION, meta_keys.INCARNATION_PATH),
                        )
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        make_private(tmp)
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Backup of {path} failed: {detail}"),
            path=source,
            detail=str(exc),
        ) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot write the backup {dest}: {detail}"),
            dest=dest,
            detail=exc.strerror or str(exc),
        ) from exc
    return dest


def rotating_backup(db_path: Path, reason: str = "auto", keep: int = KEEP) -> Path:
    """Write a timestamped backup beside the database and prune the oldest beyond `keep`."""
    folder = make_private(private_dir(backups_dir(db_path)))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason)[:40]
    dest = copy_database(db_path, folder / f"{db_path.stem}-{stamp}-{safe_reason}.sqlite3")
    backups = sorted(folder.glob(f"{db_path.stem}-*.sqlite3"))
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return dest


def list_backups(db_path: Path) -> list[Path]:
    return sorted(backups_dir(db_path).glob(f"{db_path.stem}-*.sqlite3"), reverse=True)


def verify_backup_file(path: Path) -> None:
    """Refuse a file that is not a healthy Mornings database this version can open."""
    from mornings_desktop.store.database import Database
    from mornings_desktop.store.migrate import check_not_newer, current_revision

    if not path.is_file():
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "No backup file at {path}."), path=path)
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "{path} is not a database backup."), path=path
            )
    probe = Database(path, create=False, private=False)  # a person's file: modes left alone
    try:
        with closing(probe.probe()) as conn:  # read-only: verifying never changes the file
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DatabaseError(
                    QT_TRANSLATE_NOOP("errors", "The backup {path} is damaged."), path=path
                )
        check_not_newer(probe)
        if current_revision(probe) is None:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "{path} is not a Mornings Desktop backup."), path=path
            )
    except sqlite3.Error as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a database backup."), path=path
        ) from exc
    finally:
        probe.dispose()


def restore(backup_file: Path, db_path: Path) -> Path | None:
    """Replace the database by a backup; the current one is saved first. Returns that safety copy."""
    backup_file = backup_file.expanduser().absolute()
    try:
        verify_backup_file(backup_file)
    except DatabaseError:
        raise
    except Exception as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a database backup."), path=backup_file
        ) from exc
    safety = rotating_backup(db_path, "before-restore") if db_path.exists() else None
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    copy_database(backup_file, db_path, new_incarnation=True)
    return safety
