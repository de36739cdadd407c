"""Fault injection: the hub connection killed mid-push, the desk process killed mid-sync.

After every fault the databases are intact, and after a final clean round nothing is lost and
nothing is duplicated: the hub holds each operation once, every desk holds every operation once.
"""

from __future__ import annotations

import faulthandler
import os
import random
import signal
import subprocess
import threading
import time
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import func, select

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import client, hub_admin, pull
from mornings_desktop.sync.hub_schema import HubError
from tests.sync.conftest import REPO, cli, cli_env

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def hub(hub_db: str, make_desk: MakeDesk) -> str:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    return hub_db


def _work(ws: Workspace, n: int, tag: str) -> None:
    with ws.transaction() as tx:
        for i in range(n):
            tx.record(
                "morning.created",
                {"id": f"{tag}-{i}-{os.urandom(4).hex()}", "fields": {"title": f"{tag} {i}"}},
            )


def _local_ops(ws: Workspace) -> set[str]:
    with ws.db.read() as session:
        return set(session.execute(select(Operation.op_id)).scalars())


def _hub_ops(admin: str) -> list[str]:
    with psycopg.connect(admin) as conn:
        return [str(r[0]) for r in conn.execute("SELECT op_id FROM mornings.ops")]


def _check_converged(admin: str, desks: list[Workspace]) -> None:
    on_hub = _hub_ops(admin)
    assert len(on_hub) == len(set(on_hub))
    for ws in desks:
        local = _local_ops(ws)
        assert local == set(on_hub) | {o for o in local if o not in on_hub} and local >= set(on_hub)
        assert client.status(ws).waiting == 0
        with ws.db.read() as session:
            unique = session.execute(
                select(func.count(func.distinct(Operation.op_id)))
            ).scalar_one()
            assert unique == len(local)
    assert all(_local_ops(ws) == set(on_hub) for ws in desks)


def test_hub_connection_killed_mid_push(hub: str, make_desk: MakeDesk) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    desk_a = hub_admin.add_desk(hub, "A")
    url_b = hub_admin.add_desk(hub, "B").url
    rng = random.Random(8)
    conn_a = client.HubConnection(desk_a.url)
    failures = 0
    for round_no in range(50):
        _work(a, rng.randint(2, 6), f"a{round_no}")
        if round_no % 5 == 0:
            _work(b, 2, f"b{round_no}")
            client.sync_round(b, url_b)

        def kill() -> None:
            time.sleep(rng.random() * 0.03)
            with psycopg.connect(hub, autocommit=True) as admin:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                    (desk_a.login,),
                )

        killer = threading.Thread(target=kill)
        killer.start()
        try:
            client.sync_round(a, conn_a, batch=2)
        except HubError:
            failures += 1
        killer.join()
        # Whatever happened, the hub never holds an operation twice.
        on_hub = _hub_ops(hub)
        assert len(on_hub) == len(set(on_hub))
    conn_a.close()
    client.sync_round(a, desk_a.url)
    client.sync_round(b, url_b)
    client.sync_round(a, desk_a.url)
    _check_converged(hub, [a, b])
    assert failures >= 10, f"only {failures} of 50 rounds were interrupted: the test is too gentle"


def _forked_sync(db: str, url: str, batch: int, chunk: int = pull.APPLY_CHUNK) -> int:
    """Run `mornings sync` in a forked child (as fast to start as a thread, killable like a process)."""
    pid = os.fork()
    if pid == 0:  # the child: exactly the command a person runs
        code = 1
        try:
            from mornings_desktop import cli as cli_main
            from mornings_desktop.sync import client as child_client
            from mornings_desktop.sync import pull as child_pull

            child_client.BATCH = batch
            child_client.PUSH_BATCH = batch
            child_pull.APPLY_CHUNK = chunk
            child_pull.MAX_CHUNK = chunk
            child_pull.TX_MOST_S = 0.0  # one chunk per transaction: kills fall between chunks
            child_pull.MIN_CHUNK = min(chunk, child_pull.MIN_CHUNK)
            # A child that hangs prints where each of its threads stands, and ends.
            faulthandler.dump_traceback_later(120, exit=True)
            code = cli_main.main(["--db", db, "sync", "--hub", url])
        finally:
            os._exit(code)
    return pid


def test_desk_process_killed_mid_sync(hub: str, make_desk: MakeDesk) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    url_a = hub_admin.add_desk(hub, "A").url
    url_b = hub_admin.add_desk(hub, "B").url
    rng = random.Random(9)
    killed = 0
    for round_no in range(50):
        _work(a, rng.randint(2, 8), f"a{round_no}")
        _work(b, rng.randint(0, 3), f"b{round_no}")
        client.sync_round(b, url_b)
        pid = _forked_sync(str(a.path), url_a, batch=2)
        time.sleep(rng.random() * 0.12)
        try:
            os.kill(pid, signal.SIGKILL)
            killed += 1
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        # The desk's file is intact and usable after every kill.
        assert client.status(a).waiting >= 0
    client.sync_round(a, url_a)
    client.sync_round(b, url_b)
    _check_converged(hub, [a, b])
    assert killed >= 25, f"only {killed} of 50 children were still running when killed"


@pytest.mark.slow
def test_real_mornings_sync_process_killed(hub: str, make_desk: MakeDesk) -> None:
    """The same with real `python -m mornings_desktop sync` processes (slower to start)."""
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    url_a = hub_admin.add_desk(hub, "A").url
    url_b = hub_admin.add_desk(hub, "B").url
    rng = random.Random(10)
    for round_no in range(20):
        _work(a, 200, f"a{round_no}")
        _work(b, 20, f"b{round_no}")
        client.sync_round(b, url_b)
        child = subprocess.Popen(
            cli("--db", str(a.path), "sync", "--hub", url_a), cwd=REPO, env=cli_env()
        )
        time.sleep(0.8 + rng.random() * 1.5)
        child.send_signal(signal.SIGKILL)
        child.wait()
    client.sync_round(a, url_a)
    client.sync_round(b, url_b)
    _check_converged(hub, [a, b])


def _hub_seqs(admin: str) -> dict[str, int]:
    with psycopg.connect(admin) as conn:
        return {
            str(r[0]): int(r[1]) for r in conn.execute("SELECT op_id, hub_seq FROM mornings.ops")
        }


def _cursor(ws: Workspace) -> int:
    hub_id = ws.meta(client.HUB_ID)
    return int(ws.meta(client.cursor_key(hub_id)) or 0) if hub_id else 0


def test_desk_killed_while_applying_a_pull_chunk_by_chunk(hub: str, make_desk: MakeDesk) -> None:
    """A pull applies its batch in chunks, one transaction each (issue 18: a scan waits for one
    chunk, not a batch). Killed at any moment, the desk keeps every operation up to its cursor,
    and the next round takes the rest: nothing lost, nothing twice."""
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    url_a = hub_admin.add_desk(hub, "A").url
    url_b = hub_admin.add_desk(hub, "B").url
    rng = random.Random(11)
    killed, moved, partial = 0, 0, 0
    ended: list[tuple[int, int, bool]] = []  # (round, exit code, cursor moved): not killed
    for round_no in range(12):
        _work(a, 150, f"a{round_no}")
        client.sync_round(a, url_a)
        seq_of = _hub_seqs(hub)
        before = _cursor(b)
        pid = _forked_sync(str(b.path), url_b, batch=500, chunk=7)
        deadline = time.monotonic() + 60
        while _cursor(b) == before and time.monotonic() < deadline:  # a first chunk committed
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                ended.append((round_no, os.waitstatus_to_exitcode(status), _cursor(b) > before))
                pid = 0
                break
            time.sleep(0.002)
        time.sleep(rng.random() * 0.05)
        try:
            if not pid:
                raise ProcessLookupError

            os.kill(pid, signal.SIGKILL)
            killed += 1
        except ProcessLookupError:
            pass
        if pid:
            os.waitpid(pid, 0)
        cursor = _cursor(b)
        moved += cursor > before
        partial += cursor < max(seq_of.values())  # killed between two chunks of one batch
        # Every operation at or below the committed cursor is on the desk, and only once.
        below = {op for op, seq in seq_of.items() if seq <= cursor}
        assert below <= _local_ops(b)
        assert client.status(b).waiting >= 0
    client.sync_round(b, url_b)
    client.sync_round(a, url_a)
    _check_converged(hub, [a, b])
    assert killed >= 6, f"only {killed} of 12 pulls were still running when killed"
    assert moved == 12, f"ended before a chunk or not killed (round, code, moved): {ended}"
    assert partial >= 3, f"only {partial} kills fell between two chunks of a batch"
