"""A signature worker's loop (`verify_worker.run` and `serve`), run in the test process with a
real pipe — `verify_pool` starts it in processes of their own, out of `make mutants`' reach: it
says it is ready, answers each job with its number and one verdict per entry (the digest of the
body it got), in the order the jobs came, and ends when `None` comes or the pipe closes. Ctrl-C
is left to the parent (the worker ignores it). The loop runs on the main thread, as in a worker
process: Python sets a signal's handler there only."""

from __future__ import annotations

import hashlib
import multiprocessing
import signal
import threading
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

import pytest

from mornings_desktop.sync import verify_worker
from mornings_desktop.trust.op_check import CertRow


@pytest.fixture(autouse=True)
def keep_ctrl_c() -> Iterator[None]:
    """The worker ignores Ctrl-C for its whole process: give it back to pytest after the test."""
    before = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, before)


def _item(n: int) -> verify_worker.Item:
    body = f'{{"not":"an operation {n}"}}'.encode()
    return (hashlib.sha256(body).hexdigest(), b"\0" * 64, body, None)


TABLE: verify_worker.Table = {("org", "desk"): [CertRow("org", "desk", "door", "A" * 43 + "=")]}


def _parent(conn: Connection, jobs: list[Any], answers: list[Any], close: bool) -> None:
    for job in jobs:
        conn.send(job)
    for job in jobs:
        if job is not None:
            assert conn.poll(30)
            answers.append(conn.recv())
    if close:
        conn.close()
    else:
        conn.send(None)


@pytest.mark.parametrize("close", [False, True], ids=["none-ends-it", "closed-pipe-ends-it"])
def test_the_worker_answers_each_job_in_order_then_ends(close: bool) -> None:
    ours, theirs = multiprocessing.Pipe(duplex=True)
    ready = threading.Event()
    jobs = [(1, TABLE, [_item(1), _item(2)]), (2, TABLE, []), (3, {}, [_item(3)])]
    answers: list[Any] = []
    parent = threading.Thread(target=_parent, args=(ours, jobs, answers, close), daemon=True)
    parent.start()
    verify_worker.run(verify_worker.serve, theirs, ready)  # returns when the parent is done
    parent.join(30)
    assert ready.is_set()
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    assert [number for number, _ in answers] == [1, 2, 3]
    first, empty, third = (answer for _, answer in answers)
    assert [(d, status) for d, status, _ in first] == [
        (_item(1)[0], "refused"),
        (_item(2)[0], "refused"),
    ]
    assert empty == [] and [d for d, _, _ in third] == [_item(3)[0]]
    assert all(type(reason) is str and reason for _, _, reason in first + third)
    assert verify_worker.check_items(TABLE, [_item(1)]) == first[:1]


def test_a_worker_whose_parent_is_gone_ends() -> None:
    ours, theirs = multiprocessing.Pipe(duplex=True)
    ours.send((1, TABLE, [_item(1)]))
    ours.close()  # the answer cannot be sent: the worker ends instead of failing
    verify_worker.run(verify_worker.serve, theirs, threading.Event())
