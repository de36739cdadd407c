"""The one WAL checkpoint policy: never on a scan, in the background when the desk is idle.

SQLite's automatic checkpoint (every 1,000 WAL pages) runs inside the COMMIT that crosses the
threshold: at the door that was a 150-270 ms scan every few hundred. The desk's connections turn it
off (`no_autocheckpoint`) and a `Checkpointer` thread, with its own connection, copies the WAL back
into the database when nothing was written for `idle_s` and the WAL holds more than `min_pages`.
`checkpoint_now` is the same operation on demand: TRUNCATE at exit, before a backup, after an
erasure (which needs the erased rows out of the WAL too). Durability is unchanged: a transaction
is on disk when its COMMIT returns (WAL, synchronous=FULL); a checkpoint only moves pages.
"""

from __future__ import annotations

import atexit
import sqlite3
import threading
import time
import weakref
from contextlib import closing, suppress
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, event

Mode = Literal["PASSIVE", "FULL", "RESTART", "TRUNCATE"]
BUSY_MS = 5000


def checkpoint_now(db: Any, mode: Mode = "PASSIVE") -> tuple[int, int, int]:
    """Checkpoint the WAL of `db` (a Database or a path) on a connection of its own.

    Returns SQLite's (busy, frames in the WAL, frames checkpointed).
    """
    path = Path(getattr(db, "path", db))
    with closing(sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None)) as conn:
        row = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def no_autocheckpoint(engine: Engine) -> None:
    """Connections of `engine` opened from now on never checkpoint inside a COMMIT; the idle ones
    already pooled are closed so that none is left with the automatic checkpoint."""

    @event.listens_for(engine, "connect")
    def _off(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")

    engine.pool.dispose()


def wal_pages(path: Path, page_size: int = 4096) -> int:
    """The WAL file's size in pages (0 if there is none)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size // (page_size + 24)
    except FileNotFoundError:
        return 0


class Checkpointer:
    """A daemon thread that checkpoints (PASSIVE) when the desk has been idle for `idle_s` and the
    WAL is longer than `min_pages`, looking every `every_s`. `busy()` marks activity."""

    def __init__(
        self, path: Path, *, every_s: float = 2.0, idle_s: float = 1.0, min_pages: int = 500
    ) -> None:
        self.path = path
        self.every_s = every_s
        self.idle_s = idle_s
        self.min_pages = min_pages
        self.runs = 0
        self._last_busy = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="wal-checkpoint", daemon=True)
        self._thread.start()

    def busy(self) -> None:
        self._last_busy = time.monotonic()

    def _loop(self) -> None:
        while not self._stop.wait(self.every_s):
            if time.monotonic() - self._last_busy < self.idle_s:
                continue
            if wal_pages(self.path) < self.min_pages:
                continue
            try:
                checkpoint_now(self.path, "PASSIVE")
                self.runs += 1
            except sqlite3.Error:
                pass  # busy or gone: try again at the next look

    def stop(self, mode: Mode | None = "TRUNCATE") -> None:
        """Stop the thread, then checkpoint once more (TRUNCATE empties the WAL file)."""
        if self._stop.is_set():
            return
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join()
        if mode is not None and self.path.exists():
            with suppress(sqlite3.Error):
                checkpoint_now(self.path, mode)


_desks: weakref.WeakKeyDictionary[Any, Checkpointer] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def desk_checkpointer(db: Any) -> Checkpointer:
    """The one Checkpointer of a Database the desk scans into (made on first use): its engine's
    connections stop checkpointing on COMMIT. Stopped (TRUNCATE) when the Database goes or at exit."""
    with _lock:
        found = _desks.get(db)
        if found is not None:
            return found
        no_autocheckpoint(db.engine)
        made = Checkpointer(Path(db.path))
        _desks[db] = made
        weakref.finalize(db, made.stop, None)
        atexit.register(made.stop)
        return made
