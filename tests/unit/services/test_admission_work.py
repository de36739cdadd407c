"""The work of one admission at the door (issues 14 and 18: the door's p50 against a bare insert):
how many SQL statements and WAL pages it costs, counted on the desk's own connection and WAL
file (not timed: these do not depend on the machine's load), and that its shortened fold leaves
the tables exactly as the fold of the log does."""

from __future__ import annotations

import statistics
from pathlib import Path

from sqlalchemy import select

from mornings_desktop.ledger.rebuild import rebuild
from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.checkpoints import checkpoint_now, wal_pages
from mornings_desktop.store.schema import CheckIn, Registration

# The lookup, BEGIN, the arrival claimed (the re-read under the write lock, in the UPDATE), the
# clock + identity + last operation, the operation, its check-in row, the clock, the Mornings
# count, COMMIT. Before this round: 12.
STATEMENTS_PER_ADMISSION = 9
# The operation (its table and its five indexes: one partial index is not written), the check-in
# (its table and its registration index), the registration, the clock in `meta`.
WAL_PAGES_PER_ADMISSION = 10


def _codes(ws: Workspace, morning_id: str) -> list[str]:
    return [
        r.code
        for r in registrations.list_registrations(ws, morning_id)
        if r.status != "cancelled" and r.code
    ]


def test_an_admission_runs_nine_statements(ws: Workspace, demo_morning: str) -> None:
    codes = _codes(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)
    assert desk.scan(codes[0]).ok  # the signer and the prepared statements are made once
    conn = desk.admissions.raw._connection()
    counts = []
    for code in codes[1:6]:
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        try:
            assert desk.scan(code).result == "admitted"
        finally:
            conn.set_trace_callback(None)
        counts.append(len(seen))
    assert counts == [STATEMENTS_PER_ADMISSION] * 5, counts


def _presence(ws: Workspace) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with ws.db.read() as session:
        regs = session.execute(
            select(
                Registration.id,
                Registration.checked_in_at,
                Registration.checkin_desk_id,
                Registration.checkin_method,
                Registration.checkin_count,
            ).order_by(Registration.id)
        ).all()
        chks = session.execute(
            select(
                CheckIn.id,
                CheckIn.registration_id,
                CheckIn.morning_id,
                CheckIn.desk_id,
                CheckIn.at,
                CheckIn.method,
                CheckIn.op_id,
            ).order_by(CheckIn.id)
        ).all()
    return [tuple(r) for r in regs], [tuple(c) for c in chks]


def test_the_doors_fold_is_the_logs_fold(ws: Workspace, demo_morning: str) -> None:
    """Admissions at the door (one of them of a registration whose earlier admission was undone:
    no arrival, one check-in that no longer counts) give the tables a rebuild from the log gives."""
    codes = _codes(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)
    for code in codes[:4]:
        assert desk.scan(code).result == "admitted"
    undone = desk.undo_last()
    assert undone is not None
    assert desk.scan(codes[3]).result == "admitted"  # admitted again after the undo
    assert desk.scan(codes[3]).result == "already"
    chosen = registrations.list_registrations(ws, demo_morning)
    walked = next(r for r in chosen if r.status != "cancelled" and r.code not in codes[:4])
    assert desk.admit(walked.id, "search").result == "admitted"
    door = _presence(ws)
    assert sum(1 for r in door[0] if r[1] is not None) == 5
    assert [r[4] for r in door[0] if r[1] is not None] == [1] * 5
    with ws.db.write() as session:
        rebuild(session)
    assert _presence(ws) == door


def test_wal_pages_per_admission(ws: Workspace, demo_morning: str, db_path: Path) -> None:
    """The pages one admission's COMMIT writes to the WAL (the desk never checkpoints inside a
    scan): each table and index it touches costs at least one. 13 before 0018_door_indexes (on
    this small file, where most b-trees are one page; 17 on a 20,000-registration file, 13.7
    after)."""
    codes = _codes(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)
    assert desk.scan(codes[0]).ok
    checkpoint_now(db_path, "TRUNCATE")
    pages = []
    for code in codes[1:11]:
        before = wal_pages(db_path)
        assert desk.scan(code).result == "admitted"
        pages.append(wal_pages(db_path) - before)
    assert statistics.median(pages) <= WAL_PAGES_PER_ADMISSION, pages
