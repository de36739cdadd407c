"""Writers of one Database queue in arrival order: a scan waiting behind a background job's
transaction goes next, instead of polling SQLite's lock (1, 2, 5 … 100 ms naps) while the job,
looping, takes the lock again and again (the stall at the door: scans of 0.8–1.2 s beside a
writing job in `bench_scale`)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from mornings_desktop.errors import DatabaseError
from mornings_desktop.store import migrate
from mornings_desktop.store.database import Database


@pytest.fixture
def db(db_path: Path) -> Database:
    database = Database(db_path)
    migrate.upgrade(database)
    return database


def _wait_for(condition: object, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the writer never queued"
        time.sleep(0.005)


def _put(db: Database, key: str) -> None:
    from mornings_desktop.store import meta

    with db.write() as session:
        meta.put(session, key, "x")


def test_a_waiting_writer_goes_before_the_one_that_just_wrote(db: Database) -> None:
    order: list[str] = []
    writer = db.write()
    session = writer.__enter__()
    waiting = threading.Thread(target=lambda: (_put(db, "scan"), order.append("scan")))
    waiting.start()
    _wait_for(lambda: db.writers_waiting() == 1)
    writer.__exit__(None, None, None)  # the job's transaction ends…
    _put(db, "job")  # …and the job at once wants the lock again
    order.append("job")
    waiting.join()
    assert session is not None
    assert order == ["scan", "job"]


def test_many_writers_all_get_through_in_turn(db: Database) -> None:
    done: list[int] = []

    def write(i: int) -> None:
        for _ in range(5):
            _put(db, f"k{i}")
        done.append(i)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(done) == list(range(6))
    assert db.writers_waiting() == 0


def test_a_writer_that_never_ends_makes_the_next_one_fail_as_locked(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mornings_desktop.store import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    writer = db.write()
    writer.__enter__()
    failed: list[BaseException] = []

    def second() -> None:
        try:
            _put(db, "late")
        except DatabaseError as exc:
            failed.append(exc)

    t = threading.Thread(target=second)
    t.start()
    t.join()
    writer.__exit__(None, None, None)
    assert len(failed) == 1 and "locked" in str(failed[0])
    _put(db, "after")  # the lock is usable again
