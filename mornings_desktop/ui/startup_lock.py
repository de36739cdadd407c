"""One window per database: a lock file beside the database while the window is open.

Two windows on the same file would each keep their own idea of the desk and the current Morning;
the second start says so in one sentence instead. The lock is Qt's `QLockFile`, which knows its
owner's process id: a lock left behind by a crash (that process is gone) is stale and taken over.
A folder where no lock can be written (read-only) is not this module's business: start-up goes
on, and opening the database says "read-only" in its own words.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)

# 0 = never stale by age: a window may stay open all day. A crashed owner is still detected by its
# process id (QLockFile checks whether that process is running on this machine).
STALE_LOCK_MS = 0


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def lock_database(db_path: Path) -> QLockFile | None:
    """Take the database's lock, or raise UserError when another window holds it.

    Returns the held lock (keep it; `unlock()` at shutdown), or None when no lock can be written
    there (the folder is missing or read-only): opening the database then explains the problem."""
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(STALE_LOCK_MS)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Mornings Desktop is already open on this database ({path}): switch to that "
                "window, or close it before starting again.",
            ),
            path=str(db_path),
        )
    log.warning("no lock beside %s (%s); starting without one", db_path, lock.error())
    return None
