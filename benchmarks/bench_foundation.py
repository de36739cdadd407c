"""The foundation's figures: creating the demo with 20,000 registrations through the ledger, and
opening the app on that database to a usable window, each beside a bare SQLAlchemy bulk insert of
the same people and registrations (one executemany per table, no ledger, no fold).

`BENCH_ATTENDEES` changes the size (default 20,000).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from contextlib import closing
from pathlib import Path

from benchmarks import Result, stopwatch

ATTENDEES = int(os.environ.get("BENCH_ATTENDEES", "20000"))


def _demo(path: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (on a shared machine the CPU time is the steadier figure)."""
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.workspace import Workspace

    ws = Workspace.open(path, "Bench")
    try:
        cpu = time.process_time()
        with stopwatch() as elapsed:
            create_demo(ws, attendees=ATTENDEES, seed=1, day="2026-12-10")
        return elapsed(), time.process_time() - cpu
    finally:
        ws.close()


def _bulk_baseline(source: Path, target: Path) -> float:
    """The same rows, inserted with SQLAlchemy Core executemany into a freshly migrated file."""
    from sqlalchemy import insert

    from mornings_desktop.store import migrate
    from mornings_desktop.store.database import Database
    from mornings_desktop.store.schema import Person, Registration, table_of

    with closing(sqlite3.connect(source)) as conn, conn:
        conn.row_factory = sqlite3.Row
        people = [dict(r) for r in conn.execute("SELECT * FROM people")]
        registrations = [dict(r) for r in conn.execute("SELECT * FROM registrations")]
    db = Database(target)
    migrate.upgrade(db)
    try:
        with stopwatch() as elapsed, db.write() as session:
            session.execute(insert(table_of(Person)), people)
            session.execute(insert(table_of(Registration)), registrations)
        return elapsed()
    finally:
        db.dispose()


def _open_window(path: Path) -> float:
    """Workspace.open, the main window built and shown, its Mornings list filled."""
    from PySide6.QtWidgets import QApplication

    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.settings import Settings
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.main_window import MainWindow
    from mornings_desktop.ui.state import AppState

    app = QApplication.instance() or QApplication([])
    settings = Settings(path.parent / "settings.ini")
    with stopwatch() as elapsed:
        ws = Workspace.open(path, "Bench")
        state = AppState(ws, settings, JobRunner(synchronous=True))
        window = MainWindow(state)
        window.show()
        app.processEvents()
        screen = window.page("mornings")
        rows = screen.model.rowCount()  # type: ignore[attr-defined]
    seconds = elapsed()
    assert rows >= 1, "the Mornings list is filled"
    window.close()
    state.close()
    ws.close()
    return seconds


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="mornings-bench-") as folder:
        os.environ["MORNINGS_DATA_DIR"] = folder
        demo_db = Path(folder) / "demo.sqlite3"
        demo_s, demo_cpu = _demo(demo_db)
        bulk_s = _bulk_baseline(demo_db, Path(folder) / "bulk.sqlite3")
        open_s = _open_window(demo_db)
    n = f"{ATTENDEES:,}"
    return [
        Result(
            name=f"demo with {n} registrations",
            value=demo_s,
            unit="s",
            baseline_name="bulk insert",
            baseline_value=bulk_s,
            goal="under 30 s: every row is an operation, logged and folded",
        ),
        Result(
            name=f"demo with {n}, CPU time",
            value=demo_cpu,
            unit="s",
            baseline_name="bulk insert",
            baseline_value=bulk_s,
            goal="the same without waiting for a shared CPU",
        ),
        Result(
            name=f"open the window on {n}",
            value=open_s,
            unit="s",
            baseline_name="bulk insert",
            baseline_value=bulk_s,
            goal="under 2 s to a usable window",
        ),
    ]
