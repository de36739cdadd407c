"""No WAL checkpoint on a scan's COMMIT; the background checkpointer keeps the WAL bounded.

Issue 18: a repeatable 150-270 ms scan near scan 842 was SQLite's automatic checkpoint (every 1,000
WAL pages) running inside a scan's COMMIT. Real SQLite files, real scans.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

from mornings_desktop.services import registrations
from mornings_desktop.services.checkin import ScanDesk
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import checkpoints

SCANS = 2000


def _codes(ws: Workspace, morning: str) -> list[str]:
    rows = registrations.list_registrations(ws, morning)
    return [r.code for r in rows if r.status != "cancelled"][:SCANS]


def test_scans_never_checkpoint_on_the_scanning_connection(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "desk.sqlite3", "Accueil 1")
    morning = create_demo(ws, attendees=SCANS + 100, seed=3, day="2026-12-10")
    codes = _codes(ws, morning)
    assert len(codes) >= SCANS * 0.9
    checkpoints.checkpoint_now(ws.db, "TRUNCATE")
    desk = ScanDesk(ws, morning)
    desk.checkpointer.stop(None)  # only the scans now: any checkpoint would be theirs
    sizes = []
    for code in codes:
        assert desk.scan(code + "\r").result == "admitted"
        sizes.append(checkpoints.wal_pages(ws.db.path))
    # An automatic checkpoint resets the WAL and writing starts again from its first frame: the
    # file stops growing at ~1,000 pages. Without one, every scan's frames are appended.
    assert sizes == sorted(sizes)
    assert sizes[-1] > 2 * 1000, sizes[-1]
    busy, frames, _done = checkpoints.checkpoint_now(ws.db, "PASSIVE")
    assert busy == 0 and frames > 2 * 1000
    with closing(sqlite3.connect(ws.db.path)) as conn:
        assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] >= len(codes)
    ws.close()


def test_background_checkpointer_keeps_the_wal_bounded(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "desk.sqlite3", "Accueil 1")
    morning = create_demo(ws, attendees=600, seed=4, day="2026-12-10")
    codes = _codes(ws, morning)
    checkpoints.checkpoint_now(ws.db, "TRUNCATE")
    desk = ScanDesk(ws, morning)
    desk.checkpointer.stop(None)
    checker = checkpoints.Checkpointer(ws.db.path, every_s=0.05, idle_s=0.02, min_pages=200)
    desk.checkpointer = checker
    most = 0
    for i, code in enumerate(codes):
        assert desk.scan(code + "\r").result == "admitted"
        most = max(most, checkpoints.wal_pages(ws.db.path))
        if i % 50 == 49:
            time.sleep(0.3)  # the desk is idle between queues
    assert checker.runs > 0
    checker.stop("TRUNCATE")
    assert checkpoints.wal_pages(ws.db.path) == 0
    # Unchecked, 600 scans write well over 1,000 pages; checkpointed in the pauses, the WAL is
    # reused from its start and stays near min_pages plus one queue's worth.
    assert most < 1000, most
    ws.close()
