"""A signature worker's loop (`verify_pool` starts it in a process of its own): it imports only
`trust.op_check` and what it needs (no keyring, no database), so it is ready in a fraction of the
time the program's modules take.

Jobs `(number, table, items)` come in — the certificates the desk holds and the signed entries —
and `(number, check_items(table, items))` goes out: per entry its digest, recomputed from the
body, and `op_check.check`'s verdict (the whole envelope check: canonical form, certificate,
signature, schema, role, personal blocks), until the pipe closes or
`None` comes. A reader thread empties the pipe while the checks run, so a parent sending the next
batch never waits for a worker sending its answer.
"""

from __future__ import annotations

import hashlib
import queue
import signal
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from mornings_desktop.trust import op_check
from mornings_desktop.trust.op_check import CertRow

Item = tuple[str, bytes, bytes, object]
"""(digest, signature, body, personal blocks) — one signed entry to check."""
Table = dict[tuple[str, str], list[CertRow]]
"""(org_id, desk_id) -> the certificates this desk holds for that desk."""
Answer = list[tuple[str, str, str]]
"""(digest of the body, "ok" | "refused" | "waiting", reason) per entry, in the order sent."""


def check_items(table: Table, items: Sequence[Item]) -> Answer:
    """The verdicts of `items` against the certificates of `table`."""

    def lookup(org_id: str, desk_id: str) -> list[CertRow] | None:
        return table.get((org_id, desk_id))

    return [
        (hashlib.sha256(body).hexdigest(), *op_check.check(sig, body, personal, lookup))
        for _, sig, body, personal in items
    ]


def run(worker: Callable[[Connection], None], conn: Connection, ready: Any) -> None:
    """A worker process's target: says it is running (`ready`, an `Event` the parent reads so as
    not to wait on a worker still starting), then runs `worker` (`serve`, or a test's)."""
    ready.set()
    worker(conn)


def serve(conn: Connection) -> None:
    """The worker: answers jobs in the order they came until the pipe closes or `None` comes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    jobs: queue.SimpleQueue[tuple[int, Table, list[Item]] | None] = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                job = None
            jobs.put(job)
            if job is None:
                return

    threading.Thread(target=read, daemon=True).start()
    while (job := jobs.get()) is not None:
        number, table, items = job
        try:
            conn.send((number, check_items(table, items)))
        except OSError:  # the parent is gone
            return
