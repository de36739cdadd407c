"""`VerifyPool` with real worker processes, some of them faulty on purpose (a worker's loop is a
parameter): how many workers, how a batch is shared out, the answers a worker may give (one per
job, in order, under the job's number), a worker gone, the workers asked to stop and killed when
they do not, and a pool started from a daemonic process (the window's sync child)."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from multiprocessing.connection import Connection

import pytest

from mornings_desktop.sync import verify_pool, verify_worker
from mornings_desktop.sync.verify_pool import VerifierMismatch, VerifierStopped, VerifyPool


def _item(i: int) -> verify_worker.Item:
    body = f'{{"n":{i}}}'.encode()
    return (hashlib.sha256(body).hexdigest(), b"sig", body, None)


ITEMS = [_item(i) for i in range(10)]  # each refused or waiting: no certificate in the table


@pytest.mark.parametrize(("cores", "workers"), [(8, 7), (2, 1), (1, 1), (None, 1)])
def test_every_core_but_one_checks_signatures(
    monkeypatch: pytest.MonkeyPatch, cores: int | None, workers: int
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert verify_pool.workers_here() == workers


def test_a_pool_not_told_its_size_starts_one_worker_per_core_but_one() -> None:
    with VerifyPool() as pool:
        pool.start()
        assert len(pool.pids) == verify_pool.workers_here()
        assert (pool.sent, pool.checked_here) == (0, 0)
        procs = [proc for proc, _ in pool._procs]
        assert all(proc.daemon for proc in procs)  # they end with this process
        assert pool._sender is not None and pool._sender.daemon
    assert not any(proc.is_alive() for proc in procs)


def test_a_batch_is_shared_between_the_workers_and_the_share_given_here() -> None:
    with VerifyPool(2, share=0.5, start_from=0) as pool:
        pool.start()
        verdicts = pool.submit({}, ITEMS).result()
        assert set(verdicts) == {d for d, *_ in ITEMS}
        assert pool.checked_here == 5 and pool.sent == 2  # 5 here, the rest in two jobs


def test_a_given_share_holds_while_the_workers_start_and_none_is_kept_here_after() -> None:
    with VerifyPool(1, share=0.0, start_from=0) as pool:
        pool.start()  # not yet running: a given share still holds
        pool.submit({}, ITEMS).result()
        assert pool.checked_here == 0 and pool.sent == 1
    with VerifyPool(1, start_from=0) as pool:
        pool.start()
        assert pool._ready.wait(60)
        pool.submit({}, ITEMS).result()  # running: the share starts at none
        assert pool.checked_here == 0


def test_a_batch_kept_here_whole_sends_no_job() -> None:
    with VerifyPool(1, share=1.0, start_from=0) as pool:
        pool.start()
        assert set(pool.submit({}, ITEMS).result()) == {d for d, *_ in ITEMS}
        assert (pool.checked_here, pool.sent) == (10, 0)


def _answers_twice(conn: Connection) -> None:
    """A faulty worker: answers each job twice."""
    while (job := conn.recv()) is not None:
        number, table, items = job
        answer = verify_worker.check_items(table, items)
        conn.send((number, answer))
        conn.send((number, answer))


def _answers_as_list(conn: Connection) -> None:
    while (job := conn.recv()) is not None:
        number, table, items = job
        conn.send([number, verify_worker.check_items(table, items)])


def _answers_with_three(conn: Connection) -> None:
    while (job := conn.recv()) is not None:
        number, table, items = job
        conn.send((number, verify_worker.check_items(table, items), "more"))


def _answers_another_number(conn: Connection) -> None:
    while (job := conn.recv()) is not None:
        number, table, items = job
        conn.send((number + 1, verify_worker.check_items(table, items)))


@pytest.mark.parametrize(
    "worker", [_answers_twice, _answers_as_list, _answers_with_three, _answers_another_number]
)
def test_an_answer_not_to_the_job_asked_stops_the_batch(worker: verify_pool.Worker) -> None:
    with VerifyPool(1, worker=worker, share=0.0, start_from=0) as pool:
        pool.start()
        first = pool.submit({}, ITEMS)
        second = pool.submit({}, ITEMS)
        with pytest.raises(VerifierMismatch):
            first.result()
            second.result()


def _gone(conn: Connection) -> None:
    """A worker that ends at once (killed, out of memory)."""


def test_a_worker_gone_stops_the_next_batch_with_a_sentence() -> None:
    with VerifyPool(1, worker=_gone, share=0.0, start_from=0) as pool:
        pool.start()
        proc = pool._procs[0][0]
        proc.join(30)
        with pytest.raises(VerifierStopped):
            for _ in range(50):  # the first jobs may still fit in the pipe
                pool.submit({}, ITEMS)
                time.sleep(0.02)


def _deaf(conn: Connection) -> None:
    """A worker that never reads (stuck in a long check)."""
    time.sleep(600)


def test_a_worker_that_does_not_stop_is_killed() -> None:
    pool = VerifyPool(1, worker=_deaf, start_from=0)
    pool.start()
    proc, conn = pool._procs[0]
    started = time.monotonic()
    pool.close()
    assert not proc.is_alive() and proc.exitcode == -9
    assert conn.closed and time.monotonic() - started < 5


def _start_in_a_daemon(done: object) -> None:
    with VerifyPool(1, start_from=0) as pool:
        pool.start()
        pool.submit({}, ITEMS).result()
    done.set()  # type: ignore[attr-defined]


def test_a_daemonic_process_starts_its_workers() -> None:
    """The window's sync child is daemonic; Python forbids such a process children of its own,
    so the pool makes it a non-daemonic one first (its workers are daemonic and end with it)."""
    context = multiprocessing.get_context("spawn")
    done = context.Event()
    child = context.Process(target=_start_in_a_daemon, args=(done,), daemon=True)
    child.start()
    child.join(120)
    assert child.exitcode == 0 and done.is_set()


class _Process:
    def __init__(self, daemon: bool) -> None:
        self.daemon = daemon


@pytest.mark.parametrize(
    ("daemon", "has_parent", "after"),
    [(True, True, False), (False, True, False), (True, False, True), (False, False, False)],
)
def test_only_a_daemonic_child_process_gives_up_being_daemonic(
    monkeypatch: pytest.MonkeyPatch, daemon: bool, has_parent: bool, after: bool
) -> None:
    """The same rule in this process (a spawned child runs the module from disk, where `make
    mutants` cannot reach it): a daemonic child stops being one; the main process, which has no
    parent, is left as it is."""
    me = _Process(daemon)
    monkeypatch.setattr(multiprocessing, "current_process", lambda: me)
    monkeypatch.setattr(multiprocessing, "parent_process", lambda: object() if has_parent else None)
    verify_pool._allow_children()
    assert me.daemon is after
