"""Whether kept operations wait to be applied — asked at every open and by `mornings events` —
comes from the partial index of the (rare) unapplied ones, not from reading the whole log: at
98,000 operations that read was 100 ms of each `mornings events` (issue 18)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import not_, select

from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import reading
from mornings_desktop.store.schema import Operation


def _plan(conn: sqlite3.Connection, sql: str) -> str:
    return " / ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_the_reads_at_open_use_indexes(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "d.sqlite3", "Accueil")
    try:
        with ws.db.read() as session:
            conn = sqlite_connection(session)
            assert _plan(conn, reading.UNAPPLIED) == (
                "SCAN operations USING INDEX ix_operations_unapplied"
            )
            pending = select(Operation).where(not_(Operation.applied)).order_by(Operation.hlc)
            compiled = str(pending.compile(compile_kwargs={"literal_binds": True}))
            assert "ix_operations_unapplied" in _plan(conn, compiled)  # reapply_pending's read
    finally:
        ws.close()
