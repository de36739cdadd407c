"""Sync rounds in a child process (issue 18): the window's process keeps its interpreter while the
desk pulls, and the child's death at any moment loses nothing and applies nothing twice."""

from __future__ import annotations

import os
import random
import resource
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import client, hub_admin, hub_schema
from mornings_desktop.sync.round_process import RoundProcess, RoundStopped
from tests.sync.file_keyring import FileKeyring
from tests.sync.test_faults import _check_converged, _cursor, _hub_seqs, _local_ops, _work

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def hub(hub_db: str, make_desk: MakeDesk) -> str:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    return hub_db


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield
    keyring.set_keyring(previous)


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


@pytest.mark.usefixtures("ui_writes")
def test_a_large_pull_from_the_sync_screen_runs_outside_the_window_process(
    qtbot,  # type: ignore[no-untyped-def]
    hub: str,
    make_desk: MakeDesk,
    data_dir: Path,
    file_keyring: None,
) -> None:
    """Sync now on the Sync screen of a desk that has 1,200 operations to pull: the signature
    checks and the folding happen in another process (the window's process used to do them on a
    thread, holding the interpreter lock the door's scans need: 1.5 s worst scan)."""
    from mornings_desktop.settings import Settings
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState
    from mornings_desktop.ui.sync.screen import SyncScreen

    a = make_desk("Accueil 1")
    _work(a, 1200, "a")
    client.sync_round(a, hub_admin.add_desk(hub, "A").url)
    ws = make_desk("Accueil 2")
    desk = hub_admin.add_desk(hub, "B")
    state = AppState(ws, Settings(data_dir / "settings.ini"), JobRunner(synchronous=True))
    heard: list[int] = []
    ws.subscribe(lambda ops: heard.append(len(ops)))
    try:
        screen = SyncScreen(state)
        qtbot.addWidget(screen)
        screen.show()
        address = hub_schema.with_credentials(desk.url, "", None).replace("//@", "//")
        qtbot.keyClicks(screen.address, address)
        qtbot.keyClicks(screen.login, desk.login)
        qtbot.keyClicks(screen.password, desk.url.split(":")[2].split("@")[0])
        cpu, children = time.process_time(), _children_cpu()
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)  # saves, then syncs
        assert "✔" in screen.status_label.text(), screen.status_label.text()
        here = time.process_time() - cpu
        screen.controller.stop()  # the child ends: its CPU time is counted once it is waited for
        there = _children_cpu() - children
    finally:
        state.close()
    assert _local_ops(a) <= _local_ops(ws)  # everything pulled and applied
    assert sum(heard) >= 1200  # the window's listeners heard of them
    # The work was the child's: this process only waited and read the status.
    assert there > 2 * here, (here, there)


def _pull_in_thread(worker: RoundProcess, url: str, outcome: list[object]) -> threading.Thread:
    def run() -> None:
        try:
            outcome.append(worker.sync_round(url, push=False))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_the_round_process_killed_mid_pull_loses_nothing(hub: str, make_desk: MakeDesk) -> None:
    """SIGKILL to the round's child at random moments of a pull: the window's side is told the
    round stopped (or, for a kill that came just after the child answered, gets the whole round), every operation up to the committed cursor is there once, and the next round
    (in a new child) finishes the work."""
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    url_a = hub_admin.add_desk(hub, "A").url
    url_b = hub_admin.add_desk(hub, "B").url
    worker = RoundProcess(b)
    rng = random.Random(12)
    killed, stopped = 0, 0
    try:
        # Six rounds at least, more until four kills landed before the pull ended (a faster pull
        # leaves less time after its first chunk: a fixed six rounds met only three, 12-03).
        for round_no in range(14):
            if round_no >= 6 and killed >= 4:
                break
            _work(a, 400, f"a{round_no}")
            client.sync_round(a, url_a)
            seq_of = _hub_seqs(hub)
            before = _cursor(b)
            outcome: list[object] = []
            thread = _pull_in_thread(worker, url_b, outcome)
            deadline = time.monotonic() + 30
            while _cursor(b) == before and thread.is_alive() and time.monotonic() < deadline:
                time.sleep(0.002)  # a first chunk committed
            time.sleep(rng.random() * 0.05)
            pid = worker.pid
            if thread.is_alive() and pid is not None:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            thread.join(60)
            assert not thread.is_alive()
            if isinstance(outcome[0], RoundStopped):
                stopped += 1
            else:
                # The kill came after the child had answered (its round was whole, the thread had
                # not returned yet): a complete result, nothing to lose (CI on 2026-12-03 met it
                # once in 6 rounds; counting it as a stop that was not one failed the test).
                assert not isinstance(outcome[0], BaseException), outcome[0]
                assert _cursor(b) == max(seq_of.values())  # all of it: not a partial round
            cursor = _cursor(b)
            assert cursor > before
            below = {op for op, seq in seq_of.items() if seq <= cursor}
            assert below <= _local_ops(b)
            with b.db.read() as session:  # nothing twice
                count = session.execute(select(func.count()).select_from(Operation)).scalar_one()
            assert count == len(_local_ops(b))
        result = worker.sync_round(url_b)  # a new child finishes the work
        assert result.pulled >= 0
    finally:
        worker.close()
    client.sync_round(a, url_a)
    _check_converged(hub, [a, b])
    # Most kills land mid-pull (a pull of 400 operations outlasts the 0-50 ms after its first
    # chunk); each of those is told as a stop.
    assert killed >= 4 and stopped >= 3 and stopped <= killed, (killed, stopped)


def test_cancel_stops_the_child_between_chunks(hub: str, make_desk: MakeDesk) -> None:
    """A progress callback that raises (Cancel pressed) stops the child at its next chunk; the
    exception reaches the caller, what was committed stays, and the next round takes the rest."""
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    _work(a, 1500, "a")
    client.sync_round(a, hub_admin.add_desk(hub, "A").url)
    url_b = hub_admin.add_desk(hub, "B").url
    worker = RoundProcess(b)

    class Cancelled(Exception):
        pass

    def progress(stage: str, done: int) -> None:
        if stage == "pull" and done > 0:
            raise Cancelled

    try:
        with pytest.raises(Cancelled):
            worker.sync_round(url_b, progress=progress)
        first = _cursor(b)
        assert 0 < first < max(_hub_seqs(hub).values())
        worker.sync_round(url_b)  # the same child, or a new one, takes the rest
    finally:
        worker.close()
    assert _local_ops(a) <= _local_ops(b)


def test_the_round_process_yields_the_processor_to_the_window(make_desk: MakeDesk) -> None:
    """The child runs at a lower priority than the window's process, so that on a busy laptop the
    door's scans get the processor before a pull's checks and folding."""
    ws = make_desk("Accueil 1")
    worker = RoundProcess(ws)
    try:
        worker._start()
        pid = worker.pid
        assert pid is not None
        here = os.getpriority(os.PRIO_PROCESS, 0)
        deadline = time.monotonic() + 30
        while (
            os.getpriority(os.PRIO_PROCESS, pid) < min(here + 10, 19)
            and time.monotonic() < deadline
        ):
            time.sleep(0.05)
        # ten steps lower, or the lowest there is (19) when the tests already run niced
        assert os.getpriority(os.PRIO_PROCESS, pid) >= min(here + 10, 19)
    finally:
        worker.close()
