"""Signatures checked by worker processes while the batch before is applied (issue 18, the
verify pipeline of `sync.pipeline` and `sync.verify_pool`).

Desk A records signed check-ins; desk B (same organisation, holding A's certificate) admits them
in batches the way a pull does: `pipeline.checked_batches` hands out a batch only with its
verdicts, the next batch's signatures already sent to a real worker process. A forged signature in
the batch after the one being applied is refused alone; a worker answering for other operations
than those it was sent, or killed, stops the admission with one sentence before the batch waiting
for it is applied, and the next admission takes the rest."""

from __future__ import annotations

import base64
import multiprocessing
import os
import signal
import uuid
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import (
    admission,
    bundle,
    client,
    hub_admin,
    pipeline,
    pull,
    verify_pool,
    verify_worker,
)
from mornings_desktop.sync.quarantine import KeptOp, admit_raw, listing
from mornings_desktop.sync.verify_pool import VerifierMismatch, VerifierStopped, VerifyPool
from tests.sync.test_signed_entry import _certificates

MakeDesk = Callable[..., Workspace]
Entry = dict[str, Any]
PER_BATCH = 10


def _checkins(a: Workspace, count: int) -> list[Entry]:
    """`count` check-ins signed by desk A, as wire entries."""
    with a.transaction() as tx:
        for i in range(count):
            tx.record(
                "checkin.created",
                {"id": str(uuid.uuid4()), "registration_id": f"reg-{i}", "morning_id": "m1",
                 "at": f"2026-12-10T08:{i % 60:02d}:00.000000Z", "method": "scanner"},
            )  # fmt: skip
    with a.db.read() as session:
        rows = session.execute(
            select(Operation)
            .where(Operation.type == "checkin.created")
            .order_by(Operation.desk_seq)
        ).scalars()
        return [{"sig": r.sig, "body": r.body} for r in rows]


def _desks(make_desk: MakeDesk, tmp_path: Path, count: int) -> tuple[Workspace, list[Entry]]:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    entries = _checkins(a, count)
    with b.db.write() as session:  # B holds A's certificate
        admission.admit_certificates(
            session, [e["certificate"] for e in _certificates(a, tmp_path)]
        )
    return b, entries


def _forged(entry: Entry) -> Entry:
    sig = bytearray(base64.b64decode(entry["sig"]))
    sig[7] ^= 1
    return {"body": entry["body"], "sig": base64.b64encode(bytes(sig)).decode()}


def _held(ws: Workspace) -> admission.HeldOf:
    def held(digests: list[str]) -> set[str]:
        with ws.db.read() as session:
            return admission.held_in(session)(digests)

    return held


def _admit(
    b: Workspace,
    batches: Sequence[list[Entry]],
    pool: VerifyPool,
    while_applying: Callable[[int], None] = lambda n: None,
) -> list[int]:
    """B admits `batches` through the pipeline, one write transaction per batch (as a pull's
    chunks); `while_applying(n)` runs inside batch n's transaction. The jobs sent to the workers
    when each batch was handed out."""
    with b.db.read() as session:
        lookup = admission.certificate_lookup(session)
    sent: list[int] = []
    for n, (batch, checked) in enumerate(
        pipeline.checked_batches(batches, lambda x: x, lookup, _held(b), pool, ahead=1)
    ):
        sent.append(pool.sent)
        with b.db.write() as session:
            admit_raw(session, batch, "pull", checked)
            while_applying(n)
    return sent


def _bodies(ws: Workspace) -> set[str]:
    with ws.db.read() as session:
        return {
            str(body)
            for body in session.execute(
                select(Operation.body).where(Operation.type == "checkin.created")
            ).scalars()
        }


def _kept(ws: Workspace) -> list[KeptOp]:
    with ws.db.read() as session:
        return listing(session)


def _batches(entries: list[Entry]) -> list[list[Entry]]:
    return [entries[k : k + PER_BATCH] for k in range(0, len(entries), PER_BATCH)]


def test_a_forged_signature_in_the_next_batch_is_refused_alone(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    b, entries = _desks(make_desk, tmp_path, 3 * PER_BATCH)
    forged = _forged(entries[PER_BATCH + 4])  # in batch 1, checked while batch 0 is applied
    entries[PER_BATCH + 4] = forged
    with VerifyPool(1, start_from=0) as pool:
        sent = _admit(b, _batches(entries), pool)
    # batch 0 was checked here while the worker started; it was handed out with batch 1's job
    # already sent to the worker: checked while 0 was applied
    assert sent == [1, 2, 2]
    assert _bodies(b) == {e["body"] for e in entries} - {forged["body"]}
    assert [(k.room, k.reason) for k in _kept(b)] == [("refused", "bad-signature")]


def test_a_batch_shared_with_this_process_refuses_a_forgery_on_either_side(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """Half of each batch checked here when its verdicts are asked for, half by the worker: a
    forged signature in either half is refused alone, every other entry enters."""
    b, entries = _desks(make_desk, tmp_path, 3 * PER_BATCH)
    here, there = PER_BATCH + 1, PER_BATCH + PER_BATCH // 2 + 1  # batch 1: each half
    forged = {_forged(entries[k])["body"] for k in (here, there)}
    entries[here], entries[there] = _forged(entries[here]), _forged(entries[there])
    with VerifyPool(1, start_from=0, share=0.5) as pool:
        sent = _admit(b, _batches(entries), pool)
        checked_here = pool.checked_here
    assert sent == [1, 2, 2]  # a job per batch after the first still went to the worker
    assert checked_here == 2 * (PER_BATCH // 2)  # and half of each was checked here
    assert _bodies(b) == {e["body"] for e in entries} - forged
    assert [(k.room, k.reason) for k in _kept(b)] == [("refused", "bad-signature")] * 2


def test_the_share_checked_here_follows_who_waited() -> None:
    """After each batch: more of the next ones checked here when this process waited for the
    workers, less when their answer was there already; bounded, and fixed when given."""
    pool = VerifyPool(1)
    for _ in range(40):
        pool.adapt(1.0)  # waited a second each time: the workers are behind
    assert pool.share == verify_pool.MAX_SHARE < 1  # some of each batch still goes to them
    pool.adapt(0.0)
    assert pool.share < verify_pool.MAX_SHARE
    for _ in range(40):
        pool.adapt(0.0)  # never waited: the workers keep up
    assert pool.share == 0.0
    fixed = VerifyPool(1, share=0.25)
    fixed.adapt(1.0)
    assert fixed.share == 0.25


def _answers_for_another(conn: Connection) -> None:
    """A faulty worker: checks its batch, then answers the first entry's slot with the second
    entry's verdict (a genuine operation's)."""
    while (job := conn.recv()) is not None:
        number, table, items = job
        answer = verify_worker.check_items(table, items)
        conn.send((number, [answer[1], *answer[1:]]))


def test_a_verdict_for_another_entry_admits_nothing(make_desk: MakeDesk, tmp_path: Path) -> None:
    b, entries = _desks(make_desk, tmp_path, 3 * PER_BATCH)
    forged = entries[PER_BATCH] = _forged(entries[PER_BATCH])  # batch 1, checked by the worker
    with (
        VerifyPool(1, worker=_answers_for_another, start_from=0) as pool,
        pytest.raises(VerifierMismatch) as refused,
    ):
        _admit(b, _batches(entries), pool)
    # batch 0 (checked here) went in; not the forged entry, nor anything of its batch
    assert _bodies(b) == {e["body"] for e in entries[:PER_BATCH]}
    assert _one_sentence(str(refused.value))
    with VerifyPool(1, start_from=0) as pool:  # a sound worker: the genuine ones enter
        _admit(b, _batches(entries), pool)
    assert _bodies(b) == {e["body"] for e in entries} - {forged["body"]}
    assert [k.reason for k in _kept(b)] == ["bad-signature"]


def _answers_yes(conn: Connection) -> None:
    """A faulty worker: answers every job with a bare "yes", whatever it was sent."""
    while (job := conn.recv()) is not None:
        conn.send((job[0], "yes"))


def test_an_answer_that_is_not_a_verdict_per_entry_admits_nothing(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    b, entries = _desks(make_desk, tmp_path, 3 * PER_BATCH)
    with (
        VerifyPool(1, worker=_answers_yes, start_from=0) as pool,
        pytest.raises(VerifierMismatch) as refused,
    ):
        _admit(b, _batches(entries), pool)
    assert _bodies(b) == {e["body"] for e in entries[:PER_BATCH]}  # the batch checked here only
    assert _one_sentence(str(refused.value))


def test_a_killed_worker_stops_with_one_sentence_and_nothing_half_applied(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    b, entries = _desks(make_desk, tmp_path, 4 * PER_BATCH)
    batches = _batches(entries)
    with VerifyPool(1, start_from=0) as pool:

        def kill(n: int) -> None:
            if n == 0:
                os.kill(pool.pids[0], signal.SIGKILL)

        with pytest.raises(VerifierStopped) as stopped:
            _admit(b, batches, pool, kill)
    assert _one_sentence(str(stopped.value))
    held = _bodies(b)
    applied = [n for n, batch in enumerate(batches) if {e["body"] for e in batch} <= held]
    assert held == {e["body"] for n in applied for e in batches[n]}  # whole batches only
    assert 0 in applied and len(applied) < len(batches)
    with VerifyPool(1, start_from=0) as pool:  # the next round takes the rest
        _admit(b, batches, pool)
    assert _bodies(b) == {e["body"] for e in entries}
    assert _kept(b) == []


def test_a_bundle_checks_its_batches_in_a_worker(
    make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`sync import` shares the pipeline: a file of several batches, one forged line in the
    second, imported with a worker process checking the signatures."""
    from tests.sync.test_poison import _write_bundle

    b, entries = _desks(make_desk, tmp_path, 3 * PER_BATCH)
    entries[PER_BATCH + 1] = _forged(entries[PER_BATCH + 1])
    started: list[VerifyPool] = []
    real_submit = VerifyPool.submit

    def submit(
        self: VerifyPool, table: verify_worker.Table, items: Sequence[verify_worker.Item]
    ) -> verify_pool.Ticket:
        started.append(self)
        return real_submit(self, table, items)

    monkeypatch.setattr(pipeline, "BATCH", PER_BATCH)
    monkeypatch.setattr(verify_pool, "POOL_FROM", 1)
    monkeypatch.setattr(bundle, "_LINE_BYTES", 10**9)  # a small file: no worker before a batch
    monkeypatch.setattr(VerifyPool, "submit", submit)
    _write_bundle(tmp_path / "a.bundle", b, entries)
    result = bundle.import_bundle(b, tmp_path / "a.bundle")
    assert (result.applied, result.quarantined) == (3 * PER_BATCH - 1, 1)
    assert started and started[0].sent == 2  # the first checked here, the next two by the worker
    assert [(k.room, k.reason) for k in _kept(b)] == [("refused", "bad-signature")]


def test_a_large_bundle_starts_its_workers_before_it_is_read(
    make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file large enough to need workers starts them before it is read and decrypted (they
    boot meanwhile); each batch then sends them a job, and a forged line is refused alone."""
    from tests.sync.test_poison import _write_bundle

    b, entries = _desks(make_desk, tmp_path, 3 * PER_BATCH)
    entries[PER_BATCH + 1] = _forged(entries[PER_BATCH + 1])
    pools: list[VerifyPool] = []
    running: list[int | None] = []
    real_read, real_submit = bundle.read_bundle, VerifyPool.submit

    def read(ws: Workspace, path: Path) -> list[dict[str, Any]]:
        running.extend(
            p.pid for p in multiprocessing.active_children() if p.name == verify_pool.WORKER_NAME
        )  # fmt: skip
        return real_read(ws, path)

    def submit(self: VerifyPool, table: verify_worker.Table, items: Any) -> verify_pool.Ticket:
        pools.append(self)
        return real_submit(self, table, items)

    monkeypatch.setattr(pipeline, "BATCH", PER_BATCH)
    monkeypatch.setattr(verify_pool, "POOL_FROM", 1)  # 1 op x 500 bytes: this file is large
    monkeypatch.setattr(bundle, "read_bundle", read)
    monkeypatch.setattr(VerifyPool, "submit", submit)
    _write_bundle(tmp_path / "a.bundle", b, entries)
    result = bundle.import_bundle(b, tmp_path / "a.bundle")
    assert len(running) == 1  # the worker existed before the file was read
    assert (result.applied, result.quarantined) == (3 * PER_BATCH - 1, 1)
    assert pools and pools[0].sent == 3  # no batch checked in place while it started
    assert [(k.room, k.reason) for k in _kept(b)] == [("refused", "bad-signature")]


def _one_sentence(message: str) -> bool:
    return message.endswith(": run the sync again.") and ". " not in message and "\n" not in message


def test_a_worker_killed_during_a_pull_stops_the_round_and_the_next_takes_the_rest(
    hub_db: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real round against a hub: B pulls A's check-ins 10 at a time, the signature worker is
    killed (SIGKILL) before the first chunk is applied; the round stops with the sentence, what
    it committed is whole chunks, and the next round takes the rest."""
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    url_a, url_b = hub_admin.add_desk(hub_db, "A").url, hub_admin.add_desk(hub_db, "B").url
    entries = _checkins(a, 6 * PER_BATCH)
    client.sync_round(a, url_a, pull=False)
    monkeypatch.setattr(verify_pool, "POOL_FROM", 1)  # a worker even for batches of 10

    def kill_the_worker() -> None:
        for child in multiprocessing.active_children():
            if child.name == verify_pool.WORKER_NAME and child.pid is not None:
                os.kill(child.pid, signal.SIGKILL)
                child.join()

    monkeypatch.setattr(pull, "before_chunk", kill_the_worker)
    with pytest.raises(VerifierStopped) as stopped:
        client.sync_round(b, url_b, push=False, batch=PER_BATCH)
    assert _one_sentence(str(stopped.value))
    held = _bodies(b)
    assert len(held) < len(entries)
    assert held == {e["body"] for e in entries[: len(held)]}  # in order, nothing half-applied
    monkeypatch.setattr(pull, "before_chunk", None)
    again = client.sync_round(b, url_b, push=False, batch=PER_BATCH)
    assert again.quarantined == 0
    assert _bodies(b) == {e["body"] for e in entries}
