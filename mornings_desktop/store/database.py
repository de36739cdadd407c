"""The SQLite database file: engine, pragmas on every connection, read and write transactions.

Writes start with `BEGIN IMMEDIATE`, so two processes (or a desk and a background job) never
deadlock half-way through a transaction: the second one waits up to `busy_timeout` for the lock.
With `journal_mode=WAL` and `synchronous=FULL`, a transaction that returned from COMMIT is on disk.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mornings_desktop.errors import DatabaseError
from mornings_desktop.store.files import (
    BUSY_TIMEOUT_MS,
    check_writable,
    checked_path,
    explain_sqlite_error,
    probe,
    quick_check,
)
from mornings_desktop.store.raw_writer import RawWriter
from mornings_desktop.store.write_queue import WriteQueue

__all__ = [
    "BUSY_TIMEOUT_MS",
    "Database",
    "FileCheck",
    "compact_after_erasure",
    "explain_sqlite_error",
]
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


# SQLite's own page cache size (KiB) on every connection, and on a write that can be done again
# (`Database.write(durable=False)`: a pull's transactions): such a transaction touches pages all
# over the tables' random-keyed indexes, more than 2 MB of them, and a full cache writes dirty
# pages to the WAL before the COMMIT, some of them again and again (issue 18). The larger cache
# stays on that pooled connection until an ordinary write on it shrinks it back (reads keep it).
CACHE_KIB = 2000
REDOABLE_CACHE_KIB = 65536


def _install_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself, so writes can say IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        # The safety level may change only outside a transaction: set it, when it differs, just
        # before BEGIN (`Database.write(durable=False)`; every other transaction is FULL).
        level = options.get("sqlite_synchronous", "FULL")
        if connection.info.get("synchronous", "FULL") != level:
            connection.exec_driver_sql(f"PRAGMA synchronous={level}")
            connection.info["synchronous"] = level
        cache = options.get("sqlite_cache_kib")  # writes say it; a read leaves it as it is
        if cache is not None and connection.info.get("cache_kib", CACHE_KIB) != cache:
            connection.exec_driver_sql(f"PRAGMA cache_size=-{int(cache)}")
            connection.info["cache_kib"] = cache
        connection.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")


class FileCheck:
    """The whole-file `PRAGMA quick_check`, run once, by whichever thread needs it first.

    It reads every page (about a second on a 50,000-registration file under load), so the window
    runs it in a background job after its first page shows, while every write waits for it: the
    first writer either waits for the running check or runs it itself. Its verdict is kept: a
    damaged file refuses every later write with the same sentence.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._done = False
        self._damage: DatabaseError | None = None

    @property
    def done(self) -> bool:
        return self._done

    @property
    def damage(self) -> DatabaseError | None:
        """The check's sentence when it found the file damaged (None: not damaged, or not run)."""
        return self._damage

    def ensure(self) -> None:
        """Run the check unless it ran; raise DatabaseError if the file is damaged."""
        if not self._done:
            with self._lock:
                if not self._done:
                    try:
                        quick_check(self.path)
                    except DatabaseError as exc:
                        self._damage = exc
                    self._done = True
        if self._damage is not None:
            raise self._damage


class Database:
    """One SQLite file. Use `read()` for queries and `write()` for every change.

    The file, its WAL and SHM and its backups are readable by their owner only (0600): a new
    database is created empty and private before SQLite first opens it (SQLite gives the -wal and
    -shm the database file's mode), and an existing one is corrected when opened. `private=False`
    is for looking at a file that is not ours (a backup a person chose to restore from).
    """

    def __init__(self, path: Path | str, *, create: bool = True, private: bool = True) -> None:
        self.path = checked_path(path, create=create, private=private)
        self.engine: Engine = create_engine(
            f"sqlite:///{self.path}",
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        _install_pragmas(self.engine)
        self._write_engine = self.engine.execution_options(
            sqlite_begin="IMMEDIATE", sqlite_cache_kib=CACHE_KIB
        )
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._writer = sessionmaker(bind=self._write_engine, expire_on_commit=False)
        redoable = self.engine.execution_options(
            sqlite_begin="IMMEDIATE",
            sqlite_synchronous="NORMAL",
            sqlite_cache_kib=REDOABLE_CACHE_KIB,
        )
        self._redoable_writer = sessionmaker(bind=redoable, expire_on_commit=False)
        self._turns = WriteQueue()
        self.file_check = FileCheck(self.path)
        # A counter shared with another process of this desk (`multiprocessing.Value`), raised
        # while a durable write of this process waits or runs: the sync's child process lets
        # such a write (a scan) go before its next chunk (`sync.round_process`).
        self.writers_here: Any = None
        self._raw: RawWriter | None = None
        self._raw_lock = threading.Lock()

    def check_usable(self, *, whole_file: bool = True) -> None:
        """Check we may write, open the file and run `PRAGMA quick_check`. Raises DatabaseError.

        `whole_file=False` leaves the whole-file check for later (`file_check.ensure()`, which
        every write runs first): the caller reads the schema right after, which refuses a file
        that is not a database at all with the same sentence.
        """
        check_writable(self.path)
        if whole_file and self.path.exists():
            self.file_check.ensure()

    def probe(self) -> sqlite3.Connection:
        """A read-only connection without our pragmas: looking at a file never changes it."""
        return probe(self.path)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction (a consistent snapshot under WAL)."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Session]:
        """A write transaction started with BEGIN IMMEDIATE; committed when the block ends.

        When this returns, the change is on disk. `durable=False` is for work that can be done
        again (a pull's chunk: the hub still holds it, and the cursor goes back with it): its
        COMMIT skips the fsync (`synchronous=NORMAL`), so a crash of the program loses nothing,
        but a power cut may undo the last such transactions, in order and whole (WAL); the next
        durable COMMIT makes them durable too. Any exception rolls everything back; SQLite
        failures come out as a DatabaseError with a readable message. The writers of this process
        take turns in arrival order (`WriteQueue`) before SQLite's lock; one that waits longer
        than the busy timeout fails as SQLite's own lock would ("locked by another program").
        No write starts before the whole-file check passed (`FileCheck`).
        """
        with self.write_turn(durable=durable):
            session = self._writer() if durable else self._redoable_writer()
            try:
                yield session
                session.commit()
            except (OperationalError, sqlite3.Error) as exc:
                session.rollback()
                raise explain_sqlite_error(self.path, exc) from exc
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    @contextmanager
    def write_turn(self, *, durable: bool = True) -> Iterator[None]:
        """This process's turn to write (`WriteQueue`), after the whole-file check: what every
        write transaction of this Database holds around its BEGIN IMMEDIATE … COMMIT (`write`,
        and the door's admissions on their own connection, `raw_writer.RawWriter`)."""
        self.file_check.ensure()
        if not self._turns.acquire(BUSY_TIMEOUT_MS / 1000):
            raise explain_sqlite_error(self.path, sqlite3.OperationalError("database is locked"))
        shared = self.writers_here if durable else None
        if shared is not None:
            with shared.get_lock():
                shared.value += 1
        try:
            yield
        finally:
            if shared is not None:
                with shared.get_lock():
                    shared.value -= 1
            self._turns.release()

    def raw_writer(self) -> RawWriter:
        """The door's own plain sqlite3 connection (made on first use, closed by `dispose`)."""
        with self._raw_lock:
            if self._raw is None:
                self._raw = RawWriter(self.path, self.write_turn, PRAGMAS)
            return self._raw

    def writers_waiting(self) -> int:
        """How many writers of this process wait for their turn."""
        return self._turns.waiting()

    def dispose(self) -> None:
        with self._raw_lock:
            if self._raw is not None:
                self._raw.close()
                self._raw = None
        self.engine.dispose()


def compact_after_erasure(path: Path) -> None:
    """After an erasure: zero freed space, empty the WAL into the file, rebuild the file.

    `secure_delete` zeroes what the rebuild frees, `wal_checkpoint(TRUNCATE)` moves every page out
    of the WAL and truncates it to 0 bytes, VACUUM rewrites the file without free pages (old
    contents), and a second checkpoint empties the WAL VACUUM itself wrote. Readers of other
    connections may delay the checkpoint (`busy_timeout`); the erasure itself is already committed.
    """
    try:
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            conn.isolation_level = None
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise explain_sqlite_error(path, exc) from exc
