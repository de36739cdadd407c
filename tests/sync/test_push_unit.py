"""The push's own arithmetic, read directly (no hub): an answer's count, batches cut at exactly
the characters that fit (the separators counted), and a hub that answers fewer rows than it was
sent — what it did not answer is kept aside ("no answer"), never marked pushed."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import hub_wire, push
from mornings_desktop.sync.push import Sent
from tests.sync.test_faults import _work

MakeDesk = Callable[..., Workspace]


def test_an_answer_counts_stored_present_and_refused() -> None:
    assert Sent(stored=1, present=2, refused=3).count == 6
    assert Sent().count == 0


def _texts(ws: Workspace) -> tuple[list[Any], list[str]]:
    """The desk's unsent rows as the push reads them, and each one's JSON as sent."""
    with ws.db.read() as session:
        rows = session.execute(push.columns().where(Operation.pushed.is_(False))).mappings().all()
        ops, _ = hub_wire.push_rows(sqlite_connection(session), [dict(r) for r in rows])
    return list(rows), [json.dumps(op) for op in ops]


def _sizes(ws: Workspace, rows: list[Any]) -> list[int]:
    with ws.db.read() as session:
        return [len(b.keys) for b in push._encode(session, rows)]


def test_a_batch_holds_exactly_the_characters_that_fit(
    make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = make_desk("Accueil 1")
    _work(ws, 3, "b")
    rows, texts = _texts(ws)
    assert len(rows) >= 3
    # Two rows and the comma between them: exactly the limit, they go together.
    monkeypatch.setattr(push, "MAX_CHARS", len(texts[0]) + 1 + len(texts[1]))
    assert _sizes(ws, rows)[0] == 2
    # One character less: the second one starts the next batch.
    monkeypatch.setattr(push, "MAX_CHARS", len(texts[0]) + len(texts[1]))
    assert _sizes(ws, rows)[0] == 1
    monkeypatch.setattr(push, "MAX_CHARS", 1)  # a row larger than the limit still goes, alone
    assert _sizes(ws, rows) == [1] * len(rows)
    # After a cut the next batch counts from nothing: the longest row alone, then two short
    # ones that fit exactly together (and, one character less, apart).
    by_length = sorted(zip(texts, rows, strict=True), key=lambda p: -len(p[0]))
    (t0, r0), (t1, r1), (t2, r2) = by_length[0], by_length[-2], by_length[-1]
    assert len(t0) > len(t2)
    monkeypatch.setattr(push, "MAX_CHARS", len(t1) + 1 + len(t2))
    assert _sizes(ws, [r0, r1, r2]) == [1, 2]
    monkeypatch.setattr(push, "MAX_CHARS", len(t1) + len(t2))
    assert _sizes(ws, [r0, r1, r2]) == [1, 1, 1]


class _ShortHub:
    """A hub connection whose `ingest` answers only the first `n` rows it was sent."""

    def __init__(self, n: int) -> None:
        self.n = n

    def execute(self, sql: str, params: tuple[str]) -> _ShortHub:
        self.sent = json.loads(params[0])
        return self

    def fetchall(self) -> list[tuple[str, str, None]]:
        return [(op["op_id"], "stored", None) for op in self.sent[: self.n]]

    def commit(self) -> None:
        pass


def test_rows_a_hub_did_not_answer_are_kept_aside_not_marked_pushed(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    _work(ws, 2, "short")
    with ws.db.read() as session:
        [batch] = push._encode(
            session,
            session.execute(push.columns().where(Operation.pushed.is_(False))).mappings().all(),
        )
    assert len(batch.keys) >= 3
    answer = push._ingest(_ShortHub(2), batch)  # type: ignore[arg-type]
    assert [a[0] for a in answer] == batch.keys[:2]  # each answer to its own row
    assert push._record(ws, batch, answer) == len(batch.keys) - 2
    with ws.db.read() as session:
        pushed = set(session.scalars(select(Operation.op_id).where(Operation.pushed.is_(True))))
        kept = dict(session.execute(select(QuarantinedOp.op_id, QuarantinedOp.reason)).all())
    assert set(batch.keys[:2]) <= pushed and not set(batch.keys[2:]) & pushed
    assert {k: kept.get(k) for k in batch.keys[2:]} == {k: "no answer" for k in batch.keys[2:]}
