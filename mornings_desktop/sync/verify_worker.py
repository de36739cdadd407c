"""A signature worker's loop (`verify_pool` starts it in a process of its own): it imports only
`trust.ed25519_check`, so it is ready in a fraction of the time the program's modules take.

Jobs `(number, items)` come in, `(number, check_items(items))` goes out, until the pipe closes or
`None` comes. A reader thread empties the pipe while the checks run, so a parent sending the next
batch never waits for a worker sending its answer.
"""

from __future__ import annotations

import hashlib
import queue
import signal
import threading
from collections.abc import Sequence
from multiprocessing.connection import Connection

from mornings_desktop.trust.ed25519_check import signer_index

Item = tuple[str, bytes, bytes, tuple[str, ...]]
"""(digest, signature, body, public keys that may have signed) — one signed operation to check."""
Answer = list[tuple[str, int]]


def check_items(items: Sequence[Item]) -> Answer:
    """The verdicts of `items`: each body's own digest and the index of the key that signed it."""
    return [
        (hashlib.sha256(body).hexdigest(), signer_index(keys, sig, body))
        for _, sig, body, keys in items
    ]


def serve(conn: Connection) -> None:
    """The worker: answers jobs in the order they came until the pipe closes or `None` comes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    jobs: queue.SimpleQueue[tuple[int, list[Item]] | None] = queue.SimpleQueue()

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
        number, items = job
        try:
            conn.send((number, check_items(items)))
        except OSError:  # the parent is gone
            return
