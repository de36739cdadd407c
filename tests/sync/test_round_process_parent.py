"""The window's side of `round_process` (`RoundProcess`) against a real spawned child, a real desk
file and the shared PostgreSQL: the child is kept between rounds and told where the window's
writes are counted; a cancel it answers in time keeps it; a failed round comes back as its
sentence's class; closing lets an idle child exit by itself and kills one that does not stop."""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin, hub_schema, round_process
from mornings_desktop.sync.round_process import RoundProcess
from tests.sync.test_faults import _local_ops, _work

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def hub(hub_db: str, make_desk: MakeDesk) -> str:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    return hub_db


@pytest.fixture
def desks(hub: str, make_desk: MakeDesk) -> tuple[Workspace, Workspace, str]:
    """Desk A with 40 operations on the hub; desk B, whose rounds the child runs."""
    a, b = make_desk("A"), make_desk("B")
    _work(a, 40, "a")
    client.sync_round(a, hub_admin.add_desk(hub, "A").url)
    return a, b, hub_admin.add_desk(hub, "B").url


@pytest.fixture
def worker(desks: tuple[Workspace, Workspace, str]) -> Iterator[RoundProcess]:
    w = RoundProcess(desks[1])
    yield w
    w.close()


@pytest.fixture
def silent_hub() -> Iterator[str]:
    """A hub address that accepts the connection and never answers (a hung server)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        port = listener.getsockname()[1]
        yield f"postgresql://desk:pw@127.0.0.1:{port}/hub"


def test_the_child_is_kept_between_rounds_and_counts_the_windows_writes(
    desks: tuple[Workspace, Workspace, str], worker: RoundProcess
) -> None:
    a, b, url = desks
    assert b.db.writers_here is None
    first = worker.sync_round(url)
    pid = worker.pid
    writers = b.db.writers_here
    assert pid is not None and writers is not None  # the counter the child reads
    assert writers.value == 0  # no write of the window waiting: the child never yields
    assert worker._proc is not None and pid == worker._proc.pid
    assert worker.workspace is b  # the desk whose rounds it runs (the window compares it)
    assert first.applied >= 40 and _local_ops(a) <= _local_ops(b)
    assert worker.sync_round(url).applied == 0
    assert worker.pid == pid  # the same child, not a new interpreter per round
    assert worker._proc is not None and worker._proc.daemon  # it dies with the window


def test_a_new_child_uses_the_counter_the_window_already_has(
    desks: tuple[Workspace, Workspace, str],
) -> None:
    """A second child for the same database (after the first was closed) reads the same counter
    of the window's writes: a new one would leave the database's writers counting in the old."""
    _a, b, url = desks
    first = RoundProcess(b)
    first.sync_round(url)
    writers = b.db.writers_here
    first.close()
    second = RoundProcess(b)
    try:
        second.sync_round(url)
        assert b.db.writers_here is writers
    finally:
        second.close()


class LateAnswer:
    """The window's end of the pipe, on which the child's answer to a cancel shows up only after
    a few empty polls (a child finishing a large chunk first), whatever the machine's speed."""

    def __init__(self, conn: Any) -> None:
        self._conn, self._late = conn, 0

    def send(self, obj: Any) -> None:
        if obj[0] == "cancel":
            self._late = 3
        self._conn.send(obj)

    def poll(self, timeout: float = 0.0) -> bool:
        if self._late:
            self._late -= 1
            time.sleep(timeout)
            return False
        return bool(self._conn.poll(timeout))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.mark.parametrize("late", [False, True])
def test_a_cancel_the_child_answers_in_time_keeps_the_child(
    desks: tuple[Workspace, Workspace, str], worker: RoundProcess, late: bool
) -> None:
    """`late`: an answer still to come after a few polls is waited for (up to `STOP_WAIT_S`),
    not taken for a dead child."""
    a, b, url = desks

    class Cancelled(Exception):
        pass

    def progress(stage: str, done: int) -> None:
        raise Cancelled  # Cancel pressed at the round's first step

    worker.sync_round(url, pull=False)  # the child is up
    pid = worker.pid
    if late:
        worker._conn = LateAnswer(worker._conn)  # type: ignore[assignment]
    started = time.monotonic()
    with pytest.raises(Cancelled):
        worker.sync_round(url, progress=progress)
    assert time.monotonic() - started < round_process.STOP_WAIT_S  # it answered: not waited out
    assert worker.pid == pid and worker._proc is not None and worker._proc.is_alive()
    worker.sync_round(url)  # the same child takes the rest
    assert worker.pid == pid
    assert _local_ops(a) <= _local_ops(b)


@pytest.mark.timeout(120)
def test_a_failed_round_comes_back_as_its_sentence_and_the_child_stays(
    hub: str, desks: tuple[Workspace, Workspace, str], worker: RoundProcess
) -> None:
    _a, _b, url = desks
    worker.sync_round(url, pull=False)
    pid = worker.pid
    other = hub_admin.add_desk(hub, "C")
    with pytest.raises(hub_schema.HubError):
        worker.sync_round(hub_schema.with_credentials(other.url, other.login, "nope"))
    assert worker.pid == pid


def test_closing_lets_an_idle_child_exit_by_itself(
    desks: tuple[Workspace, Workspace, str], worker: RoundProcess
) -> None:
    worker.sync_round(desks[2], pull=False)
    proc = worker._proc
    assert proc is not None
    worker.close()
    assert proc.exitcode == 0  # it read "stop" and returned; not killed
    assert worker.pid is None


def test_closing_kills_a_child_stuck_in_its_round(
    desks: tuple[Workspace, Workspace, str],
    worker: RoundProcess,
    silent_hub: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(round_process, "STOP_WAIT_S", 0.5)
    worker.sync_round(desks[2], pull=False)  # the child is up
    proc = worker._proc
    assert proc is not None
    ended: list[BaseException] = []

    def run() -> None:
        try:
            worker.sync_round(silent_hub)
        except BaseException as exc:  # the pipe closed under it: any error is the end
            ended.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    time.sleep(1.0)  # the child now waits for the silent hub (5 s before it gives up)
    assert proc.is_alive()
    started = time.monotonic()
    worker.close()
    assert not proc.is_alive() and proc.exitcode == -signal.SIGKILL
    assert time.monotonic() - started < 3
    thread.join(10)
    assert not thread.is_alive() and ended
    with contextlib.suppress(Exception):
        worker.close()


def test_a_child_that_died_between_rounds_is_replaced(
    desks: tuple[Workspace, Workspace, str], worker: RoundProcess
) -> None:
    """The child was killed (out of memory, a task manager) while the window waited: the next
    round starts a new one, and it does the work."""
    a, b, url = desks
    worker.sync_round(url, pull=False)
    proc = worker._proc
    assert proc is not None
    proc.kill()
    proc.join(10)
    result = worker.sync_round(url)
    assert worker.pid != proc.pid and result.applied >= 1
    assert _local_ops(a) <= _local_ops(b)


def test_a_child_that_dies_while_cancelled_is_not_waited_for(
    desks: tuple[Workspace, Workspace, str],
    worker: RoundProcess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cancel pressed as the child dies: its end of the pipe is closed, so the window stops
    waiting at once instead of for `STOP_WAIT_S`, and the next round has a new child."""
    monkeypatch.setattr(round_process, "STOP_WAIT_S", 3.0)
    _a, _b, url = desks
    worker.sync_round(url, pull=False)
    proc = worker._proc
    assert proc is not None

    class Cancelled(Exception):
        pass

    def progress(stage: str, done: int) -> None:
        proc.kill()
        proc.join(10)
        raise Cancelled

    started = time.monotonic()
    with pytest.raises(Cancelled):
        worker.sync_round(url, progress=progress)
    assert time.monotonic() - started < 2.0
    assert worker._proc is None  # dropped: the next round starts another
    worker.sync_round(url, pull=False)
    assert worker.pid is not None and worker.pid != proc.pid
