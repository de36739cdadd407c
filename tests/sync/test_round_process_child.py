"""The sync child's side of `round_process` (`serve`), run on a thread of the test process with a
real pipe, a real desk file and the shared PostgreSQL: `test_round_process.py` starts it in a
spawned process, where `make mutants` never reaches it. What the window relies on: a round's
progress, its new operations in plain form then its result; a cancel for this round stops it at
its next chunk, a late cancel for an earlier round does not; a failure comes back as a sentence and
the child takes the next round; "stop" or a closed pipe ends it; it lets the window's writes go
first before each chunk, for a quarter of a second at most."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin, hub_schema, round_process
from mornings_desktop.sync import pull as pulling
from tests.sync.test_faults import _local_ops, _work

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def hub(hub_db: str, make_desk: MakeDesk) -> str:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    return hub_db


@pytest.fixture(autouse=True)
def pull_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """`serve` sets the pull's chunking for its whole process: put it back after the test."""
    for name in ("CHUNK_TARGET_S", "MIN_CHUNK", "TX_MOST_S", "before_chunk", "writers_waiting"):
        monkeypatch.setattr(pulling, name, getattr(pulling, name))


class Child:
    """`serve` for the desk `ws`, on a thread: the parent's end of its pipe, and its counter of
    the window's waiting writes."""

    def __init__(self, ws: Workspace) -> None:
        self.conn, child = multiprocessing.Pipe(duplex=True)
        self.writers: Any = multiprocessing.Value("i", 0)
        self.thread = threading.Thread(
            target=round_process.serve,
            args=(str(ws.path), ws.desk_id, ws.desk_name, ws.operator, child, self.writers),
            daemon=True,
        )
        self.thread.start()

    def send(self, *message: object) -> None:
        self.conn.send(message)

    def answer(self) -> list[tuple[Any, ...]]:
        """The messages of one round, up to its "done" or "error"."""
        got: list[tuple[Any, ...]] = []
        while True:
            assert self.conn.poll(60), f"no answer from the child after {got}"
            message = tuple(self.conn.recv())
            got.append(message)
            if message[0] in ("done", "error"):
                return got

    def ended(self) -> bool:
        self.thread.join(30)
        return not self.thread.is_alive()


@pytest.fixture
def desks(hub: str, make_desk: MakeDesk) -> Iterator[tuple[Workspace, Workspace, str]]:
    """Desk A with 60 operations on the hub; desk B (the child's) that has not pulled them."""
    a, b = make_desk("A"), make_desk("B")
    url_a, url_b = hub_admin.add_desk(hub, "A").url, hub_admin.add_desk(hub, "B").url
    _work(a, 60, "a")
    client.sync_round(a, url_a)
    yield a, b, url_b


def test_a_round_sends_progress_then_plain_operations_then_its_result(
    desks: tuple[Workspace, Workspace, str],
) -> None:
    a, b, url = desks
    before = _local_ops(b)
    child = Child(b)
    child.send("cancel", 0)  # late, for a round already over: no effect
    child.send("round", 1, url, True, True, None)
    got = child.answer()
    assert pulling.CHUNK_TARGET_S == round_process.CHILD_CHUNK_TARGET_S
    assert pulling.MIN_CHUNK == round_process.CHILD_MIN_CHUNK
    kinds = [m[0] for m in got]
    assert kinds[-1] == "done" and "progress" in kinds and "ops" in kinds
    assert kinds.index("progress") < kinds.index("ops") < len(kinds) - 1
    assert all(k in ("progress", "ops") for k in kinds[:-1])
    assert [m[1] for m in got if m[0] == "progress"][-1] == "pull"
    fresh = [op for m in got if m[0] == "ops" for op in m[1]]
    result = got[-1][1]
    assert max(m[2] for m in got if m[0] == "progress") == result.pulled >= 60
    assert result.applied == len(fresh) >= 60 and result.fresh_ops == []
    assert _local_ops(a) - before <= {op.op_id for op in fresh} <= _local_ops(b)
    assert all(op.envelope is None and op.desk_seq >= 1 and op.hlc for op in fresh)
    titles = {op.payload["fields"]["title"] for op in fresh if op.type == "morning.created"}
    assert titles == {f"a {i}" for i in range(60)}
    assert {op.desk_id for op in fresh if op.type == "morning.created"} == {a.desk_id}

    child.send("round", 2, url, True, True, None)  # the child stays for the next round
    again = child.answer()
    assert [m[0] for m in again] == ["done"] and again[0][1].applied == 0
    child.send("stop")
    assert child.ended()
    assert _local_ops(a) <= _local_ops(b)


@pytest.mark.parametrize("stop", [("cancel", 1), ("stop",)])
def test_a_cancel_for_this_round_stops_it_at_its_first_step(
    desks: tuple[Workspace, Workspace, str], stop: tuple[object, ...]
) -> None:
    a, b, url = desks
    child = Child(b)
    child.send("round", 1, url, True, True, None)
    child.send(*stop)  # read by the child after its first step (the push)
    got = child.answer()
    assert got[-1] == ("error", ("cancelled", "", {}))
    assert [m[0] for m in got[:-1]] == ["progress"]  # stopped after its first step
    assert not _local_ops(a) <= _local_ops(b)
    child.send("round", 2, url, True, True, None)  # the next round takes the rest
    assert child.answer()[-1][0] == "done"
    assert _local_ops(a) <= _local_ops(b)
    child.conn.close()  # the window is gone
    assert child.ended()


def test_a_failed_round_comes_back_as_a_sentence_and_the_child_goes_on(
    hub: str, desks: tuple[Workspace, Workspace, str]
) -> None:
    a, b, url = desks
    child = Child(b)
    other = hub_admin.add_desk(hub, "C")
    child.send(
        "round", 1, hub_schema.with_credentials(other.url, other.login, "nope"), True, True, None
    )
    [failed] = child.answer()
    assert failed[0] == "error"
    name, template, _params = failed[1]
    assert name == "mornings_desktop.sync.hub_errors:HubError" and template
    assert isinstance(round_process._rebuilt(failed[1]), hub_schema.HubError)
    child.send("round", 2, url, True, True, None)
    assert child.answer()[-1][0] == "done"
    assert _local_ops(b) >= _local_ops(a)
    child.send("stop")
    assert child.ended()


def test_each_chunk_lets_the_windows_writes_go_first_for_a_quarter_second_at_most() -> None:
    writers: Any = multiprocessing.Value("i", 0)
    started = time.monotonic()
    round_process._let_pass(writers)
    assert time.monotonic() - started < 0.1
    writers.value = 1  # a write of the window waits: the chunk waits, but not for ever
    started = time.monotonic()
    round_process._let_pass(writers)
    waited = time.monotonic() - started
    assert round_process.YIELD_MOST_S <= waited < round_process.YIELD_MOST_S + 5

    def release() -> None:
        time.sleep(0.05)
        writers.value = 0

    threading.Thread(target=release).start()
    started = time.monotonic()
    round_process._let_pass(writers)  # the write is done: the chunk goes on
    assert time.monotonic() - started < round_process.YIELD_MOST_S


def test_the_child_waits_for_the_windows_writes_before_each_chunk(make_desk: MakeDesk) -> None:
    b = make_desk("B")
    child = Child(b)
    child.send("stop")
    assert child.ended()
    assert pulling.before_chunk is not None
    child.writers.value = 1
    started = time.monotonic()
    pulling.before_chunk()
    assert time.monotonic() - started >= round_process.YIELD_MOST_S
    assert pulling.writers_waiting is not None and pulling.TX_MOST_S == 0.0
    assert pulling.writers_waiting()  # one write of the window waits: the chunk's transaction ends
    child.writers.value = 0
    assert not pulling.writers_waiting()


def test_the_child_gives_the_processor_to_the_window_first(
    make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`serve` lowers its own priority (in the spawned child, its whole process; here, on Linux,
    the thread it runs on) so that the door's scans go first on a busy laptop. Under `nice -n 19`
    (as `make mutants` runs) the priority cannot go lower: what it asked for is checked too."""
    here = os.getpriority(os.PRIO_PROCESS, 0)
    asked: list[int] = []
    real_nice = os.nice

    def nice(increment: int) -> int:
        asked.append(increment)
        return real_nice(increment)

    monkeypatch.setattr(os, "nice", nice)
    child = Child(make_desk("B"))
    native = child.thread.native_id
    assert native is not None
    deadline = time.monotonic() + 30
    lowest = min(here + round_process.CHILD_NICE, 19)
    while not asked or os.getpriority(os.PRIO_PROCESS, native) < lowest:
        assert time.monotonic() < deadline, "the child never lowered its priority"
        time.sleep(0.01)
    assert asked == [round_process.CHILD_NICE]
    child.send("stop")
    assert child.ended()
