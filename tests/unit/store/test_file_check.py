"""The whole-file check left for later (`Workspace.open(check_later=True)`, what the window does):
opening reads only what it needs, every write waits for the check, and a file the check finds
damaged refuses every write with the start-up sentence and is left as it was."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest

from mornings_desktop.errors import DatabaseError
from mornings_desktop.services import mornings
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.workspace import Workspace


def damage_root_page(path: Path, name: str) -> None:
    """Overwrite the first page of the table or index `name` with garbage, as a failing disk
    would: SQLite opens the file, but a whole-file check (or a read of that b-tree) fails."""
    with closing(sqlite3.connect(path)) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    assert root is not None and root[0] > 1
    data = bytearray(path.read_bytes())
    start = (root[0] - 1) * size
    data[start : start + size] = b"\xa5" * size
    path.write_bytes(bytes(data))


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    ws = Workspace.open(db_path, "Accueil 1")
    create_demo(ws, attendees=30, seed=3, day="2026-12-10")
    ws.close()
    return db_path


def test_a_known_desk_opens_without_the_whole_file_check(demo_db: Path) -> None:
    ws = Workspace.open(demo_db, "Accueil 1", check_later=True)
    try:
        assert not ws.db.file_check.done, "left for the window's background job"
        assert mornings.list_mornings(ws), "reads do not wait for it"
        mornings.create(ws, mornings.MorningInput(title="Matinale", date="2027-01-14"))
        assert ws.db.file_check.done and ws.db.file_check.damage is None, "a write ran it first"
    finally:
        ws.close()


def test_an_open_that_writes_checks_first(demo_db: Path) -> None:
    damage_root_page(demo_db, "ix_mail_outbox_batch")
    before = demo_db.read_bytes()
    with pytest.raises(DatabaseError, match="damaged"):
        Workspace.open(demo_db, "Accueil 2", check_later=True)  # a new desk is a write
    assert demo_db.read_bytes() == before


def test_damage_found_later_refuses_every_write_and_leaves_the_file(demo_db: Path) -> None:
    damage_root_page(demo_db, "ix_mail_outbox_batch")
    before = demo_db.read_bytes()
    ws = Workspace.open(demo_db, "Accueil 1", check_later=True)
    try:
        assert mornings.list_mornings(ws), "the first page still reads"
        found: list[BaseException] = []

        def background() -> None:
            try:
                ws.db.file_check.ensure()
            except DatabaseError as exc:
                found.append(exc)

        worker = threading.Thread(target=background)
        worker.start()
        worker.join()
        assert (
            len(found) == 1 and "damaged" in str(found[0]) and "mornings restore" in str(found[0])
        )
        assert ws.db.file_check.damage is found[0]
        for _ in range(2):
            with pytest.raises(DatabaseError, match="damaged"):
                mornings.create(ws, mornings.MorningInput(title="Matinale", date="2027-01-14"))
    finally:
        ws.close()
    assert demo_db.read_bytes() == before


def test_a_garbage_file_is_still_refused_at_open(db_path: Path) -> None:
    content = b"this is not a database at all, just a text file\n" * 100
    db_path.write_bytes(content)
    with pytest.raises(DatabaseError, match="damaged"):
        Workspace.open(db_path, "Accueil 1", check_later=True)
    assert db_path.read_bytes() == content
