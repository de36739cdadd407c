"""The desk's side of a push, read directly without a hub (`push._record`, `push._encode`): what
the hub stored or already held is marked pushed (in chunks), what it refused or did not answer is
kept aside with its reason and never marked pushed; a batch is cut at about `MAX_CHARS`
characters of JSON, every operation once, in order."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import push
from tests.sync.test_faults import _work

MakeDesk = Callable[..., Workspace]


def _pushed(ws: Workspace) -> dict[str, bool]:
    with ws.db.read() as session:
        return {
            str(k): bool(p) for k, p in session.execute(select(Operation.op_id, Operation.pushed))
        }


def test_stored_and_present_are_marked_pushed_refused_and_unanswered_kept_aside(
    make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(push, "_MARK_CHUNK", 2)  # three chunks of marks for five confirmed
    ws = make_desk("Desk")
    _work(ws, 8, "w")
    with ws.db.read() as session:
        keys = push.unsent_keys(session)
    [batch] = push._read(ws, keys)
    assert batch.keys == keys and [op["op_id"] for op in batch.ops] == keys
    k = batch.keys
    answer: push.Answer = [
        (k[0], "stored", None),
        (k[1], "present", None),
        (k[2], "refused", "signature: bad"),
        (k[3], "stored", None),
        (k[4], "refused", None),
        (k[5], "present", None),
        (k[6], "stored", None),
    ]  # k[7:] (the desk's announcement among them): no answer
    assert len(k) >= 9
    assert push._record(ws, batch, answer) == 2 + len(k[7:])
    pushed = _pushed(ws)
    assert {key for key in k if pushed[key]} == {k[0], k[1], k[3], k[5], k[6]}
    with ws.db.read() as session:
        kept = {
            str(q.op_id): (q.reason, q.room, q.source, json.loads(q.op_json)["op_id"])
            for q in session.execute(select(QuarantinedOp)).scalars()
        }
        assert push.unsent_keys(session) == []  # what is kept aside is not offered again
    assert kept == {
        k[2]: ("signature: bad", "refused", "push", k[2]),
        k[4]: ("refused", "refused", "push", k[4]),
        **{key: ("no answer", "refused", "push", key) for key in k[7:]},
    }
    assert ws.meta(push.LAST_PUSH)
    assert push._record(ws, batch, answer) == 0  # the same answers again: kept once


def test_a_batch_is_cut_at_about_max_chars_every_operation_once_in_order(
    make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = make_desk("Desk")
    _work(ws, 9, "w")
    with ws.db.read() as session:
        keys = push.unsent_keys(session)
    [whole] = push._read(ws, keys)
    sizes = [len(json.dumps(op)) for op in whole.ops]
    monkeypatch.setattr(push, "MAX_CHARS", 3 * max(sizes) + 3)  # three operations a batch
    batches = push._read(ws, keys)
    assert [len(b.keys) for b in batches] == [3] * (len(keys) // 3) + [len(keys) % 3] * bool(
        len(keys) % 3
    )
    assert [key for b in batches for key in b.keys] == keys
    for b in batches:
        assert json.loads(b.text) == b.ops and [op["op_id"] for op in b.ops] == b.keys
    monkeypatch.setattr(push, "MAX_CHARS", 1)  # smaller than one operation: one a batch
    assert [len(b.keys) for b in push._read(ws, keys)] == [1] * len(keys)
    assert push._read(ws, []) == []
