"""The door's own connection (`store/raw_writer.py`): it writes in the process's write turn like
every other writer, a failed transaction leaves nothing behind, it never checkpoints in a COMMIT,
and `dispose` closes it."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from mornings_desktop.errors import DatabaseError
from mornings_desktop.store import meta, migrate
from mornings_desktop.store.database import Database


@pytest.fixture
def db(db_path: Path) -> Database:
    database = Database(db_path)
    migrate.upgrade(database)
    return database


def _value(db: Database, key: str) -> str | None:
    with db.read() as session:
        return meta.get(session, key)


def test_a_raw_write_waits_for_the_turn_of_a_write_in_progress(db: Database) -> None:
    order: list[str] = []
    started = threading.Event()
    release = threading.Event()

    def job() -> None:
        with db.write() as session:
            started.set()
            release.wait(10)
            meta.put(session, "who", "job")
            order.append("job")

    thread = threading.Thread(target=job)
    thread.start()
    assert started.wait(10)
    raw = db.raw_writer()

    def door() -> None:
        with raw.writing() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('who', 'door')"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            )
            order.append("door")

    waiting = threading.Thread(target=door)
    waiting.start()
    deadline = time.monotonic() + 10
    while db.writers_waiting() == 0:  # the door's write queued behind the job's
        assert time.monotonic() < deadline, "the door's write never queued"
        time.sleep(0.005)
    assert order == []
    release.set()
    thread.join(10)
    waiting.join(10)
    assert order == ["job", "door"] and _value(db, "who") == "door"


def test_a_failed_raw_write_leaves_nothing_and_the_next_one_works(db: Database) -> None:
    raw = db.raw_writer()
    with pytest.raises(DatabaseError), raw.writing() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('half', 'written')")
        conn.execute("INSERT INTO meta (key, value) VALUES ('half', 'again')")  # primary key
    assert _value(db, "half") is None
    with raw.writing() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('whole', 'yes')")
    assert _value(db, "whole") == "yes"


def test_the_raw_connection_is_durable_and_never_checkpoints_in_a_commit(db: Database) -> None:
    with db.raw_writer().reading() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0


def test_dispose_closes_the_raw_connection(db: Database) -> None:
    raw = db.raw_writer()
    with raw.reading() as conn:
        conn.execute("SELECT 1")
    db.dispose()
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")  # closed
