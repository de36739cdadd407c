"""The door's own connection: one plain sqlite3 connection per Database for the admissions.

An admission at the desk is the hottest write of the program (a queue of people waits on it). On
the engine's pool, every scan paid a Session's begin and commit and a pooled connection's check-out
and check-in (half of a scan's CPU), and the connection it got had its page cache emptied by the
other connections' writes. This connection is kept open and used only for the desk's reads and
admissions, with sqlite3's prepared statements: `reading()` for the lookups (each statement its own
snapshot) and `writing()` for the one write transaction of an admission, which takes this process's
write turn first (`Database.write_turn`, shared with every other writer), then `BEGIN IMMEDIATE`.

Same pragmas as the engine's connections (WAL, `synchronous=FULL`: committed means on disk), and
never a checkpoint inside a COMMIT (`wal_autocheckpoint=0`): the desk's `Checkpointer` does it when
the desk is idle (`store/checkpoints.py`).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path

from mornings_desktop.store.files import BUSY_TIMEOUT_MS, explain_sqlite_error

# Called on the writing thread just before each `BEGIN IMMEDIATE` of every RawWriter, as
# SQLAlchemy's "begin" event is for the engine's writes: the GUI tests' instrument of UI-thread
# writes (tests/ui_thread_writes.py) listens here too.
BEGIN_LISTENERS: list[Callable[[], None]] = []


class RawWriter:
    """A plain sqlite3 connection (made on first use) for one thread at a time."""

    def __init__(
        self,
        path: Path,
        turn: Callable[[], AbstractContextManager[None]],
        pragmas: Sequence[str],
    ) -> None:
        self.path = path
        self._turn = turn
        self._pragmas = (*pragmas, "PRAGMA wal_autocheckpoint=0")
        self._conn: sqlite3.Connection | None = None
        # Held for a whole scan (lookups, then the admission): the desk's writer thread, the
        # command line and the tests each use the connection in turn.
        self.lock = threading.RLock()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,  # BEGIN and COMMIT are ours
                check_same_thread=False,  # one thread at a time, under `lock`
                cached_statements=256,
            )
            try:
                for pragma in self._pragmas:
                    conn.execute(pragma)
            except sqlite3.Error:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection outside a transaction: each statement reads a consistent snapshot."""
        with self.lock:
            try:
                yield self._connection()
            except sqlite3.Error as exc:
                raise explain_sqlite_error(self.path, exc) from exc

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed (on disk) when the block ends; rolled back whole on
        any exception. SQLite failures come out as a DatabaseError with a readable message."""
        with self.lock, self._turn():
            for listener in BEGIN_LISTENERS:
                listener()
            try:
                conn = self._connection()
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise explain_sqlite_error(self.path, exc) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:  # else SQLite already rolled back (a full disk, I/O)
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise explain_sqlite_error(self.path, exc) from exc
                raise

    def close(self) -> None:
        with self.lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
