"""The workspace: desks, the clock and the sequence of this desk's operations."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mornings_desktop.errors import ValidationError
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace, check_desk_name


def _log(path: Path) -> tuple[str | None, list[tuple[str, int, str]]]:
    with closing(sqlite3.connect(path)) as conn:
        clock = conn.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
        ops = conn.execute("SELECT desk_id, desk_seq, hlc FROM operations ORDER BY hlc").fetchall()
    return (clock[0] if clock else None), ops


def test_clock_and_sequence_across_transactions(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    with ws.transaction() as tx:
        for i in range(5):
            tx.record("morning.created", {"id": f"m{i}", "fields": {"title": f"M{i}"}})
    mornings.create(ws, mornings.MorningInput(title="Seule", date="2026-12-10"))
    ws.close()
    clock, ops = _log(db_path)
    mine = [op for op in ops if op[0] == ws.desk_id]
    assert [seq for _, seq, _ in mine] == list(range(1, len(mine) + 1)), "no gaps, in clock order"
    assert len({h for _, _, h in ops}) == len(ops), "no two readings alike"
    assert clock == max(h for _, _, h in ops), "the clock is saved with the transaction"

    ws = Workspace.open(db_path, "Accueil 1")
    ws.record("morning.updated", {"id": "m0", "fields": {"title": "M0 bis"}})
    ws.close()
    clock2, ops2 = _log(db_path)
    assert clock2 is not None and clock is not None and clock2 > clock
    assert ops2[-1][1] == len(mine) + 1


def test_a_failed_transaction_keeps_neither_ops_nor_clock(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    before = _log(db_path)
    with pytest.raises(RuntimeError), ws.transaction() as tx:
        tx.record("morning.created", {"id": "m1", "fields": {"title": "M1"}})
        raise RuntimeError("power cut")
    assert _log(db_path) == before
    assert mornings.list_mornings(ws) == []
    ws.close()


def test_listeners_hear_after_commit(db_path: Path) -> None:
    ws = Workspace.open(db_path, "Accueil 1")
    heard: list[list[str]] = []

    def listener(ops):  # type: ignore[no-untyped-def]
        with closing(sqlite3.connect(db_path)) as conn:  # another connection sees them: committed
            count = conn.execute("SELECT count(*) FROM mornings").fetchone()[0]
        heard.append([op.type for op in ops] + [str(count)])

    unsubscribe = ws.subscribe(listener)
    mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    unsubscribe()
    mornings.create(ws, mornings.MorningInput(title="Autre", date="2027-01-14"))
    ws.close()
    assert heard == [["morning.created", "1"]]


@pytest.mark.parametrize("name", ["", "  ", "\t\n", "x" * 41, None])
def test_bad_desk_names(name: str | None) -> None:
    with pytest.raises(ValidationError):
        check_desk_name(name)


def test_desk_names_are_cleaned_and_reused(db_path: Path) -> None:
    assert check_desk_name("  Accueil   1 ") == "Accueil 1"
    first = Workspace.open(db_path, "Accueil 1")
    first.close()
    again = Workspace.open(db_path, "accueil 1")
    again.close()
    default = Workspace.open(db_path)
    default.close()
    assert first.desk_id == again.desk_id == default.desk_id
    other = Workspace.open(db_path, "Accueil 2")
    other.close()
    assert other.desk_id != first.desk_id
