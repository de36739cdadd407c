"""Listing Mornings from a file: read-only in plain SQL when opening would write nothing, through
`Workspace.open` otherwise, with the same answer, the same errors, and the file left as it was."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mornings_desktop.errors import DatabaseError, ValidationError
from mornings_desktop.ledger import hlc
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services import morning_list, mornings, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import migrate, reading
from mornings_desktop.store.database import Database


def _series(ws: Workspace) -> None:
    """Three Mornings: one with a cancelled and a checked-in registration, one archived, one
    without registrations, and a fourth with the same date as the first."""
    from mornings_desktop.services.demo import create_demo

    first = create_demo(ws, attendees=6, seed=3, day="2026-11-12")
    create_demo(ws, attendees=4, seed=4, day="2026-10-08")
    empty = mornings.create(ws, mornings.MorningInput(title="Vide", date="2026-12-10"))
    mornings.create(ws, mornings.MorningInput(title="Même jour", date="2026-11-12"))
    mornings.set_status(ws, empty, "archived")
    regs = registrations.list_registrations(ws, first)
    registrations.cancel(ws, regs[0].id)
    from mornings_desktop.services import checkin

    checkin.admit(ws, first, regs[1].id)


def test_plain_read_gives_what_the_workspace_gives(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    _series(ws)
    expected = mornings.list_mornings(ws)
    active = mornings.list_mornings(ws, include_archived=False)
    ws.close()
    before = db_path.read_bytes()
    conn = reading.open_read(db_path)
    assert conn is not None, "an up-to-date database is read without the workspace"
    with closing(conn):
        assert morning_list.list_rows(conn) == expected
        assert morning_list.list_rows(conn, include_archived=False) == active
    assert morning_list.list_file(db_path, "Accueil 1") == expected
    assert db_path.read_bytes() == before, "reading wrote nothing"
    counts = {m.title: (m.registered, m.checked_in, m.status) for m in expected}
    assert counts["Vide"] == (0, 0, "archived")
    assert sorted(m.checked_in for m in expected) == [0, 0, 0, 1]
    cancelled = next(m for m in expected if m.date == "2026-11-12" and m.title != "Même jour")
    with closing(sqlite3.connect(db_path)) as conn:
        rows = conn.execute(
            "SELECT count(*) FROM registrations WHERE morning_id = ?", (cancelled.id,)
        ).fetchone()[0]
    assert cancelled.registered == rows - 1, "the cancelled registration is not counted"
    assert [m.date for m in expected] == sorted((m.date for m in expected), reverse=True)


def test_a_new_desk_name_goes_through_the_workspace(db_path: Path) -> None:
    Workspace.open(db_path, "Accueil 1").close()
    assert reading.open_read(db_path, "Accueil 1") is not None
    assert reading.open_read(db_path, "accueil 1") is not None, "names match case-blind"
    assert reading.open_read(db_path, "Accueil 2") is None
    assert morning_list.list_file(db_path, "Accueil 2") == []
    with closing(sqlite3.connect(db_path)) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM desks WHERE is_local")}
    assert names == {"Accueil 1", "Accueil 2"}, "the desk is created, as before"
    assert reading.open_read(db_path, "Accueil 2") is not None


def test_an_older_schema_is_migrated_first(db_path: Path) -> None:
    from alembic import command

    db = Database(db_path)
    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0008_outbox")
    db.dispose()
    assert reading.open_read(db_path) is None
    assert morning_list.list_file(db_path) == []
    assert migrate.peek(db_path)[1] == migrate.HEAD_REVISION


def test_kept_operations_of_an_unknown_type_go_through_the_workspace(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    with ws.db.write() as session:
        from mornings_desktop.ledger import ledger

        ledger.ingest(session, [Op("op-f", "desk-r", 1, hlc.encode(5, 0), "x.future", {})])
    ws.close()
    assert reading.open_read(db_path) is None, "Workspace.open would try to fold it in"
    assert morning_list.list_file(db_path) == []


def test_errors_are_the_workspace_errors(db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="No database"):
        morning_list.list_file(db_path)
    assert not db_path.exists(), "reading never creates a database"
    with pytest.raises(DatabaseError, match="folder"):
        morning_list.list_file(tmp_path)
    Workspace.open(db_path, "Accueil 1").close()
    before = db_path.read_bytes()
    with pytest.raises(ValidationError, match="desk name"):
        morning_list.list_file(db_path, "  ")
    garbage = bytes(range(256)) * 40
    db_path.write_bytes(garbage)
    with pytest.raises(DatabaseError, match="damaged"):
        morning_list.list_file(db_path)
    assert db_path.read_bytes() == garbage
    db_path.write_bytes(before)


def test_a_damaged_page_read_is_reported_as_damaged(db_path: Path) -> None:
    """The whole-file check is left to writers; a page the listing reads is still checked."""
    ws = Workspace.open(db_path, "Accueil 1")
    _series(ws)
    ws.close()
    with closing(sqlite3.connect(db_path)) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'registrations'"
        ).fetchone()[0]
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db_path.read_bytes())
    data[(root - 1) * page : root * page] = b"\xff" * page  # the table's root page is garbage
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="damaged"):
        morning_list.list_file(db_path)
