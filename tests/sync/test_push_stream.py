"""The streamed push (`sync/push.py`) against a real hub: every operation once, in desk order,
in calls no larger than `MAX_CHARS`, the refused one quarantined alone, nothing left waiting."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import select

from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import client, hub_admin, push

MakeDesk = Callable[..., Workspace]


def test_a_streamed_push_sends_each_operation_once_in_order_and_keeps_the_refused_one_aside(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = make_desk("Accueil")
    url = hub_admin.add_desk(hub, "A").url
    with desk.transaction() as tx:
        for i in range(30):
            tx.record("morning.created", {"id": f"m-{i}", "fields": {"title": f"Morning {i}"}})
    with desk.db.read() as session:
        keys = push.unsent_keys(session)
        rows = session.execute(select(Operation.op_id, Operation.desk_seq)).all()
        seqs = {str(r[0]): int(r[1]) for r in rows}
    assert len(keys) >= 30
    # One the hub refuses: a tampered signature field (longer than any signature).
    spoilt = keys[len(keys) // 2]
    with desk.db.write() as session:
        sqlite_connection(session).execute(
            "UPDATE operations SET sig = ? WHERE op_id = ?", ("x" * 101, spoilt)
        )
    monkeypatch.setattr(push, "MAX_CHARS", 3000)  # about two operations per call
    calls: list[int] = []
    result = client.sync_round(
        desk, url, batch=7, pull=False, progress=lambda _stage, n: calls.append(n)
    )

    assert (result.pushed, result.refused) == (len(keys) - 1, 1)
    # Those above the refused one's gap are offered again by the marks (`hub_marks.repush`).
    assert result.confirmed == result.resent == len(keys) - 1 - keys.index(spoilt)
    # Each batch of 7 went in several calls; the counts grew call after call.
    assert len(calls) > len(keys) // 7 + 1 and calls == sorted(calls)
    with psycopg.connect(hub) as conn:
        on_hub = [str(r[0]) for r in conn.execute("SELECT op_id FROM mornings.ops ORDER BY 1")]
        order = [
            int(r[0]) for r in conn.execute("SELECT desk_seq FROM mornings.ops ORDER BY hub_seq")
        ]
    assert sorted(on_hub) == sorted(k for k in keys if k != spoilt)
    assert order == sorted(seqs[k] for k in keys if k != spoilt)
    with desk.db.read() as session:
        kept = session.execute(select(QuarantinedOp.op_id, QuarantinedOp.source)).all()
        assert push.unsent_keys(session) == []
    assert [tuple(r) for r in kept] == [(spoilt, "push")]
    assert client.status(desk).waiting == 0
    again = client.sync_round(desk, url, pull=False)
    assert (again.pushed, again.confirmed, again.refused) == (0, 0, 0)


def test_what_a_push_sends_is_read_from_the_unpushed_index_without_a_sort(
    make_desk: MakeDesk,
) -> None:
    """Marking an operation pushed removes it from a partial index (0017): an index of the
    boolean made SQLite spend half a millisecond per operation moving its entry."""
    desk = make_desk("Accueil")
    with desk.db.read() as session:
        conn = sqlite_connection(session)
        compiled = push.UNSENT_KEYS.compile(
            dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
        )
        plan = " / ".join(str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {compiled}"))
        indexes = {str(r[1]) for r in conn.execute("PRAGMA index_list('operations')")}
    assert "USING INDEX ix_operations_unpushed" in plan and "TEMP B-TREE" not in plan, plan
    assert "ix_operations_pushed" not in indexes
