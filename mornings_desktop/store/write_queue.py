"""One queue for the writers of a database in this process: first come, first served.

SQLite lets one writer at a time in; the others poll (its busy handler naps 1, 2, 5 … then 100 ms
between tries). A background job that writes transaction after transaction (an import, a sync
pull) takes the lock again in the gap while a scan is napping, and the scan waits for several of
its transactions: 0.8–1.2 s at the door in `bench_scale`, with the job on another thread of the
same window. Queued here, in arrival order, the scan goes right after the transaction in progress.
Other processes still meet SQLite's own lock and busy timeout.
"""

from __future__ import annotations

import threading
from collections import deque


class WriteQueue:
    """A re-entrant lock granted in arrival order. `acquire` returns False after `timeout` s."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._owner: int | None = None
        self._depth = 0
        self._queue: deque[object] = deque()

    def acquire(self, timeout: float) -> bool:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
                return True
            ticket = object()
            self._queue.append(ticket)
            ok = self._cond.wait_for(
                lambda: self._owner is None and self._queue[0] is ticket, timeout
            )
            if not ok:
                self._queue.remove(ticket)
                self._cond.notify_all()  # the next in line may now be first
                return False
            self._queue.popleft()
            self._owner, self._depth = me, 1
            return True

    def release(self) -> None:
        with self._cond:
            if self._owner != threading.get_ident():
                raise RuntimeError("release of a write turn this thread does not hold")
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._cond.notify_all()

    def waiting(self) -> int:
        with self._cond:
            return len(self._queue)
