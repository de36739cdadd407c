"""The SQLite file: pragmas on every connection, BEGIN IMMEDIATE for writes, and clear refusals of
missing, locked, read-only and corrupt files that leave them as they were."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from mornings_desktop.errors import DatabaseError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.database import BUSY_TIMEOUT_MS, Database


def test_pragmas_on_every_connection_of_a_real_file(db_path: Path) -> None:
    db = Database(db_path)
    for _ in range(2):  # the pooled connection and a fresh one
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        db.engine.dispose()
    db.dispose()
    with open(db_path, "rb") as handle:
        header = handle.read(20)
    assert header[18:20] == b"\x02\x02", "WAL is recorded in the file itself"


def test_writes_begin_immediate_and_hold_the_write_lock(db_path: Path) -> None:
    db = Database(db_path)
    with db.write() as session:
        session.execute(text("CREATE TABLE t (x INTEGER)"))
    with db.write() as session:
        # Only a read so far: a DEFERRED transaction would hold no write lock yet; IMMEDIATE does.
        assert session.execute(text("SELECT count(*) FROM t")).scalar() == 0
        other = sqlite3.connect(db_path, timeout=0.05)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        # Readers are not blocked (WAL).
        assert other.execute("SELECT count(*) FROM t").fetchone() == (0,)
        other.close()
        session.execute(text("INSERT INTO t VALUES (1)"))
    with db.read() as session:
        assert session.execute(text("SELECT x FROM t")).scalars().all() == [1]
    db.dispose()


def test_a_failed_write_leaves_nothing(db_path: Path) -> None:
    db = Database(db_path)
    with db.write() as session:
        session.execute(text("CREATE TABLE t (x INTEGER)"))
    with pytest.raises(RuntimeError), db.write() as session:
        session.execute(text("INSERT INTO t VALUES (1)"))
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM t")).scalar() == 0
    db.dispose()


def test_missing_file_is_refused_when_it_must_exist(db_path: Path) -> None:
    with pytest.raises(DatabaseError, match="No database at"):
        Workspace.open(db_path, "Accueil 1", create=False)
    assert not db_path.exists()


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        Workspace.open(tmp_path, "Accueil 1")


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all, just a text file\n" * 100, os.urandom(8192)],
    ids=["text", "random"],
)
def test_garbage_file_is_refused_untouched(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(DatabaseError) as caught:
        Workspace.open(db_path, "Accueil 1")
    assert "damaged" in str(caught.value) and str(db_path) in str(caught.value)
    assert db_path.read_bytes() == content
    assert not Path(f"{db_path}-wal").exists()


def test_damaged_pages_are_refused_untouched(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    from mornings_desktop.services.demo import create_demo

    create_demo(ws, attendees=30, seed=3, day="2026-12-10")
    ws.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="damaged"):
        Workspace.open(db_path, "Accueil 1")
    assert db_path.read_bytes() == bytes(data)


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make `path` unwritable, also for root (the immutable attribute), or skip."""
    if os.geteuid() == 0:
        result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if result.returncode != 0:
            pytest.skip("root cannot make a read-only file here (no chattr +i)")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)


def test_read_only_file_is_refused_untouched(db_path: Path) -> None:
    Workspace.open(db_path, "Accueil 1").close()
    before = db_path.read_bytes()
    with read_only(db_path):
        with pytest.raises(DatabaseError, match="read-only"):
            Workspace.open(db_path, "Accueil 1")
        assert db_path.read_bytes() == before


def test_locked_file_gives_a_clear_message_after_the_busy_timeout(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO meta (key, value) VALUES ('held', 'yes')")
    before = ws.pending_ops()
    try:
        import time

        started = time.monotonic()
        with pytest.raises(DatabaseError, match="locked by another program"):
            ws.record("desk.announced", {"id": ws.desk_id, "name": "Accueil 1"})
        waited = time.monotonic() - started
        assert BUSY_TIMEOUT_MS / 1000 * 0.9 <= waited < BUSY_TIMEOUT_MS / 1000 + 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert ws.pending_ops() == before, "nothing half-written"
    ws.record("desk.announced", {"id": ws.desk_id, "name": "Accueil 1"})
    assert ws.pending_ops() == before + 1
    ws.close()


def test_a_writer_waits_for_the_lock_instead_of_failing(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    before = ws.pending_ops()
    ws.record("desk.announced", {"id": ws.desk_id, "name": "Accueil 1"})
    release.join()
    holder.close()
    assert ws.pending_ops() == before + 1
    ws.close()


def test_a_redoable_write_has_a_large_page_cache_until_an_ordinary_write(db_path: Path) -> None:
    """A pull's transactions (`durable=False`) touch more pages than SQLite's 2 MB cache holds
    (issue 18): they run with `REDOABLE_CACHE_KIB`; reads keep it, an ordinary write shrinks the
    connection's cache back to `CACHE_KIB`."""
    from mornings_desktop.store.database import CACHE_KIB, REDOABLE_CACHE_KIB

    db = Database(db_path)
    with db.write() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == -CACHE_KIB
    with db.write(durable=False) as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == -REDOABLE_CACHE_KIB
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    with db.read() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == -REDOABLE_CACHE_KIB
    with db.write() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == -CACHE_KIB
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    db.dispose()
