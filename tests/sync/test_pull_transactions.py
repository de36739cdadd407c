"""A pull applies its chunks in few transactions, and a waiting write of the desk still gets the
lock at the end of the chunk under way (issue 18: one COMMIT per chunk wrote the pages of the
tables' random-keyed indexes again and again)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin, pull
from tests.sync.test_faults import _local_ops, _work

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def hub(hub_db: str, make_desk: MakeDesk) -> str:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    return hub_db


def _pull_commits(ws: Workspace, url: str) -> list[int]:
    """The operations pulled at each commit of `ws`'s pull (progress is told after each)."""
    done: list[int] = []

    def progress(stage: str, count: int) -> None:
        if stage == "pull":
            done.append(count)

    client.sync_round(ws, url, push=False, progress=progress)
    return done


def test_chunks_share_a_transaction_unless_a_write_waits(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = make_desk("Accueil 1"), make_desk("Accueil 2"), make_desk("Accueil 3")
    _work(a, 300, "t")
    client.sync_round(a, hub_admin.add_desk(hub, "A").url)
    # Chunks of 20 operations, and no time bound on a transaction: only a waiting write ends one.
    monkeypatch.setattr(pull, "APPLY_CHUNK", 20)
    monkeypatch.setattr(pull, "MAX_CHUNK", 20)
    monkeypatch.setattr(pull, "TX_MOST_S", 3600.0)

    quiet = _pull_commits(b, hub_admin.add_desk(hub, "B").url)
    # Nothing waits: one transaction for the whole fetched batch (its 15 chunks and more).
    [total] = quiet
    assert total >= 300

    # The window's process tells the round's child that one of its writes (a scan) waits: the
    # transaction ends with each chunk, and the write takes the lock before the next one.
    monkeypatch.setattr(pull, "writers_waiting", lambda: True)
    busy = _pull_commits(c, hub_admin.add_desk(hub, "C").url)
    assert busy == [*range(20, total, 20), total]

    # The same operations and the same tables either way.
    assert _local_ops(a) <= _local_ops(b) and _local_ops(a) <= _local_ops(c)
    titles = {m.title for m in mornings.list_mornings(a)}
    assert {m.title for m in mornings.list_mornings(b)} == titles
    assert {m.title for m in mornings.list_mornings(c)} == titles


def test_a_write_of_the_pulling_process_itself_ends_the_transaction_too(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no round child (the command line, the tests), the desk's own database tells of a
    waiting write; each chunk is sized from its own length and the time it took."""
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    _work(a, 100, "t")
    client.sync_round(a, hub_admin.add_desk(hub, "A").url)
    monkeypatch.setattr(pull, "APPLY_CHUNK", 20)
    monkeypatch.setattr(pull, "MAX_CHUNK", 20)
    monkeypatch.setattr(pull, "TX_MOST_S", 3600.0)
    monkeypatch.setattr(b.db, "writers_waiting", lambda: 1)
    sized: list[tuple[int, float]] = []
    real = pull.chunk_size

    def chunk_size(done: int, took_s: float, size: int = pull.APPLY_CHUNK) -> int:
        sized.append((done, took_s))
        return real(done, took_s, size)

    monkeypatch.setattr(pull, "chunk_size", chunk_size)
    commits = _pull_commits(b, hub_admin.add_desk(hub, "B").url)
    total = commits[-1]
    assert total >= 100 and commits == [*range(20, total, 20), total]
    assert [done for done, _ in sized] == [
        n - m for m, n in zip([0, *commits], commits, strict=False)
    ]
    assert all(0 <= took < 60 for _, took in sized)  # a chunk's own time, not the clock's


class _Clock:
    """`pull`'s `time`: each reading 0.0625 s after the one before, whatever the machine does (a
    chunk takes 0.0625 s between its two readings; binary fractions: exact sums)."""

    def __init__(self) -> None:
        self.readings = 0

    def monotonic(self) -> float:
        self.readings += 1
        return self.readings * 0.0625


def test_a_transaction_ends_after_tx_most_s_of_chunks(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing waits, and still a transaction ends once its chunks took TX_MOST_S (0.2 s): the
    window's scans never wait behind one longer than that. Each chunk here ends 0.125 s after
    the one before (0.125 s after the transaction opened for the first): two chunks each."""
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    _work(a, 300, "t")
    client.sync_round(a, hub_admin.add_desk(hub, "A").url)
    monkeypatch.setattr(pull, "APPLY_CHUNK", 20)
    monkeypatch.setattr(pull, "MAX_CHUNK", 20)
    monkeypatch.setattr(pull, "time", _Clock())
    commits = _pull_commits(b, hub_admin.add_desk(hub, "B").url)
    total = commits[-1]
    assert total >= 300 and commits == [*range(40, total, 40), total]
    assert _local_ops(a) <= _local_ops(b)
