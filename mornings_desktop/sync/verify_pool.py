"""Signature checks in worker processes, beside the apply (issue 18: a joining laptop spent the sum
of checking and applying; on two cores it now spends about the larger of the two).

A `VerifyPool` sends the checks of a batch's signed entries (`trust.op_check.check`: canonical
form, certificate, Ed25519 signature — the costly step —, schema, role, personal blocks) to worker
processes (`verify_worker.serve`, which imports no keyring and no database, so a worker is ready
fast) — `os.cpu_count() - 1` of them, at
least one — while the caller applies the batch before it. Workers are started by the first batch
of at least `POOL_FROM` checks, which this process checks itself while they boot (a round with
little to check never starts one: an idle round stays fast); the batches after it go to them,
through a sending thread (a write to a worker busy checking waits for it to read; the applying
thread never does).

Both cores check (issue 12): when a batch's verdicts are asked for, this process first checks a
part of the batch itself (`share`, the first entries; the rest went to the workers), then reads
the workers' answer. The share adapts batch by batch (`adapt`): larger when this process waited for
the workers, smaller when their answer was there already, so neither side idles for long; while
the workers are still starting (they set an `Event` once they run) half of a batch stays here.

What comes back is a verdict per digest, nothing else: the worker recomputes each body's SHA-256
and answers `(digest, status, reason)` in the order it was sent. The answer
must name exactly the digests sent (`VerifierMismatch` otherwise: never an admission), and a worker
that dies before answering stops the round (`VerifierStopped`); in both cases the batch waiting for
the answer is not applied, and what earlier chunks committed stays.

Workers are daemonic children: they end with the process that started them, and a worker whose
parent was killed sees its pipe close and exits.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.sync.verify_worker import Answer, Item, Table, check_items, run, serve

POOL_FROM = 300  # fewer checks than this are made in place (starting a worker costs ~0.2 s)
STARTING_SHARE = 0.5  # of a batch checked here while the workers are still starting
MAX_SHARE = 0.75  # of a batch checked here at most (some always goes to the workers)
_STEP = 0.05  # the share moves by this much after each batch
_WAITED_S = 0.002  # waiting longer than this for the workers means they are behind
_POLL_S = 0.05
WORKER_NAME = "mornings-signature-check"

Worker = Callable[[Connection], None]


def workers_here() -> int:
    """How many workers: every core but the one that applies, at least one."""
    return max(1, (os.cpu_count() or 2) - 1)


class VerifierStopped(UserError):
    """A signature worker ended before it answered."""


class VerifierMismatch(UserError):
    """A signature worker answered for other operations than those it was sent."""


Verdicts = dict[str, tuple[str, str]]


class Ticket:
    """The verdicts of one submitted batch, once they come back (`result`): those of the part
    sent to the workers, and of the part this process checks itself when asked (`mine`)."""

    def __init__(
        self,
        pool: VerifyPool | None,
        parts: list[tuple[int, int, list[str]]],
        table: Table | None = None,
        mine: Sequence[Item] = (),
    ) -> None:
        self._pool = pool
        self._parts = parts  # (worker, job number, digests sent)
        self._table = table
        self._mine = mine
        self._done: Verdicts | None = None

    @classmethod
    def done(cls, verdicts: dict[str, tuple[str, str]]) -> Ticket:
        ticket = cls(None, [])
        ticket._done = verdicts
        return ticket

    def result(self) -> dict[str, tuple[str, str]]:
        """digest -> (status, reason), for exactly the digests sent."""
        if self._done is None:
            assert self._pool is not None and self._table is not None
            verdicts = _verdicts(self._mine, check_items(self._table, self._mine))
            self._pool.checked_here += len(self._mine)
            waited = time.perf_counter()
            for worker, number, sent in self._parts:
                answer = self._pool.answer(worker, number)
                if not _answers_for(answer, sent):
                    raise _mismatch()
                verdicts.update((digest, (status, reason)) for digest, status, reason in answer)
            self._pool.adapt(time.perf_counter() - waited)
            self._done = verdicts
        return self._done


class VerifyPool:
    """Worker processes checking signatures; use it in a `with` block (workers stopped at its
    end, whatever happened). `worker` is the workers' loop (tests give a faulty one)."""

    def __init__(
        self,
        workers: int | None = None,
        *,
        worker: Worker = serve,
        start_from: int | None = None,
        share: float | None = None,
    ) -> None:
        self._size = workers or workers_here()
        self._worker = worker
        self._start_from = POOL_FROM if start_from is None else start_from
        self._fixed = share is not None
        self.share = share or 0.0  # of each batch, checked here when its verdicts are asked for
        self.checked_here = 0  # entries this process checked itself since the workers started
        self._ready: Any = None  # an Event the workers set once they run
        self._procs: list[tuple[BaseProcess, Connection]] = []
        self._answers: dict[tuple[int, int], Answer] = {}
        self._waiting: list[deque[int]] = []
        self._jobs = 0
        self._outbox: queue.SimpleQueue[tuple[Connection, object] | None] = queue.SimpleQueue()
        self._sender: threading.Thread | None = None
        self._send_failed = False
        self._procs_sent_to: list[tuple[BaseProcess, Connection]] = []

    def __enter__(self) -> VerifyPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def sent(self) -> int:
        """How many jobs were sent to the workers so far."""
        return self._jobs

    @property
    def pids(self) -> list[int]:
        return [proc.pid for proc, _ in self._procs if proc.pid is not None]

    def start(self) -> None:
        """Start the workers now, before any batch (a caller that knows much is coming and has
        other work first: they boot meanwhile)."""
        self._start()

    def submit(self, table: Table, items: Sequence[Item]) -> Ticket:
        """Start checking `items` against the certificates of `table`; `Ticket.result()` gives
        the verdicts. Until the workers run, a batch is checked here and now; the first of at
        least `start_from` checks starts them, so they boot while this process checks it."""
        if not self._procs:
            if len(items) >= self._start_from:
                self._start()
            return Ticket.done(_verdicts(items, check_items(table, items)))
        share = self.share
        if not self._fixed and not self._ready.is_set():
            share = max(share, STARTING_SHARE)  # the workers are still starting
        keep = int(share * len(items))
        mine, theirs = items[:keep], items[keep:]
        parts: list[tuple[int, int, list[str]]] = []
        step = -(-len(theirs) // len(self._procs)) or 1
        for worker, start in enumerate(range(0, len(theirs), step)):
            part = list(theirs[start : start + step])
            self._jobs += 1
            if self._send_failed:  # a worker is gone
                raise self._stopped()
            self._outbox.put((self._procs[worker][1], (self._jobs, table, part)))
            self._waiting[worker].append(self._jobs)
            parts.append((worker, self._jobs, [digest for digest, *_ in part]))
        return Ticket(self, parts, table, mine)

    def adapt(self, waited: float) -> None:
        """After a batch's verdicts: check a larger part of each batch here when this process
        waited for the workers, a smaller one when their answer was there already (unless the
        share was given: tests). It settles where neither side waits for the other."""
        if self._fixed:
            return
        if waited > _WAITED_S:
            self.share = min(MAX_SHARE, self.share + _STEP)
        elif waited < _WAITED_S / 10:
            self.share = max(0.0, self.share - _STEP)

    def answer(self, worker: int, number: int) -> Answer:
        """Worker `worker`'s answer to job `number` (answers come back in the order sent)."""
        proc, conn = self._procs[worker]
        while (worker, number) not in self._answers:
            if not conn.poll(_POLL_S):
                if proc.is_alive():
                    continue
                if not conn.poll(0):
                    raise self._stopped()
            try:
                message = conn.recv()
            except (EOFError, OSError) as exc:
                raise self._stopped() from exc
            expected = self._waiting[worker].popleft() if self._waiting[worker] else None
            if expected is None or not (
                isinstance(message, tuple) and len(message) == 2 and message[0] == expected
            ):
                raise _mismatch()
            self._answers[(worker, expected)] = message[1]
        return self._answers.pop((worker, number))

    def _stopped(self) -> VerifierStopped:
        self.close()
        return VerifierStopped(
            QT_TRANSLATE_NOOP(
                "errors",
                "The signature check stopped before it finished, so what it had not answered "
                "for was not applied: run the sync again.",
            )
        )

    def _send(self) -> None:
        """The sending thread: jobs go out in order while this process applies (a write to a
        worker busy checking may wait for it to read; the applying thread never does). At the
        end (`None`), each worker is told to stop."""
        while (job := self._outbox.get()) is not None:
            conn, message = job
            try:
                conn.send(message)
            except OSError:  # BrokenPipeError: the worker is gone, `answer` says so
                self._send_failed = True
        for _, conn in self._procs_sent_to:
            with contextlib.suppress(OSError):
                conn.send(None)

    def _start(self) -> None:
        if self._procs:
            return
        _allow_children()
        context = multiprocessing.get_context("spawn")
        self._ready = context.Event()
        for _ in range(self._size):
            ours, theirs = context.Pipe(duplex=True)
            proc = context.Process(
                target=run, args=(self._worker, theirs, self._ready), name=WORKER_NAME,
                daemon=True,
            )  # fmt: skip
            proc.start()
            theirs.close()
            self._procs.append((proc, ours))
            self._waiting.append(deque())
        self._procs_sent_to = list(self._procs)
        self._sender = threading.Thread(target=self._send, name="signature-jobs", daemon=True)
        self._sender.start()

    def close(self) -> None:
        """Stop the workers: killed at once. A worker holds nothing (no file, no lock, only
        checks whose answers are not wanted any more), and asking it to end, then waiting for
        its interpreter to wind down, made every pull of more than `POOL_FROM` checks 20-100 ms
        longer (issue 18)."""
        procs, self._procs, self._waiting = self._procs, [], []
        sender, self._sender = self._sender, None
        if sender is None:
            return
        self._outbox.put(None)  # the sending thread ends after the jobs already queued
        for proc, _ in procs:
            proc.kill()
        for proc, _ in procs:
            proc.join(1.0)
        sender.join(1.0)  # a send to a killed worker fails at once
        for _, conn in procs:
            conn.close()
        self._outbox = queue.SimpleQueue()


def _verdicts(items: Sequence[Item], answer: Answer) -> Verdicts:
    """The verdicts of `items` checked here, by the digest each item was sent with (`answer`
    names each body's own digest: an item whose digest is not its body's is refused)."""
    return {
        sent: (status, reason) if digest == sent else ("refused", "malformed: digest")
        for (sent, *_), (digest, status, reason) in zip(items, answer, strict=True)
    }


def _answers_for(answer: object, sent: list[str]) -> bool:
    """Whether `answer` is a verdict `(digest, status, reason)` for each digest of `sent`, in
    order."""
    return (
        isinstance(answer, list)
        and len(answer) == len(sent)
        and all(
            isinstance(item, tuple) and len(item) == 3 and item[0] == digest
            and item[1] in _STATUSES and type(item[2]) is str
            for item, digest in zip(answer, sent, strict=True)
        )
    )  # fmt: skip


_STATUSES = frozenset({"ok", "refused", "waiting"})


def _mismatch() -> VerifierMismatch:
    return VerifierMismatch(
        QT_TRANSLATE_NOOP(
            "errors",
            "The signature check answered for other operations than those it was given, "
            "so none of them was applied: run the sync again.",
        )
    )


def _allow_children() -> None:
    """A daemonic process (the window's sync child, `round_process`) may not start processes of
    its own; its signature workers are daemonic and end with it, so it need not be one itself."""
    me = multiprocessing.current_process()
    if me.daemon and multiprocessing.parent_process() is not None:
        me.daemon = False
