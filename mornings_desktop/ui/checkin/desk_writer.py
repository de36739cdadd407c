"""The desk's writes (admissions, undo, walk-in admissions) run on one writer thread, off the UI
thread: `BEGIN IMMEDIATE` may wait for another process's lock and COMMIT fsyncs, and the window
must keep painting meanwhile.

The desk still waits for the answer before it shows anything ("green only after commit"): while
the write is under way the UI thread delivers posted events only (repaints, signals from other
threads), not the window system's input, so the next keystrokes of a scanner wait in the queue,
in order, with their own timestamps, and are read once the result is on screen. One writer thread: writes commit in the order they were asked.

The UI thread waits asleep (a blocking wait releases the interpreter lock) for the first
`QUIET_S`, long enough for an ordinary scan (a few ms): had it woken every millisecond to look at
its events, the two threads would take the interpreter lock from each other and the write would
take twice as long. Only a longer wait (another process holding the write lock, a slow disk)
has the UI thread deliver posted events, once a frame, so the window still paints.
A scan that arrives while one is being saved (a camera frame, a reading the event loop delivered)
is queued by the screen and handled after it (`CheckinScreen.handle_scan`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

T = TypeVar("T")

QUIET_S = 0.05  # waited asleep first: an ordinary write is done well before
FRAME_S = 0.016  # then the posted events (repaints) are delivered once a frame

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def writer() -> ThreadPoolExecutor:
    """The one writer thread (made on first use)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-writer")
        return _pool


def run_off_ui(fn: Callable[..., T], *args: object, **kwargs: object) -> T:
    """`fn(*args, **kwargs)` on the desk's writer thread; its result (or its exception) here.

    On the UI thread, waits asleep for `QUIET_S`, then delivering posted events (no user input)
    once a frame; elsewhere, just waits.
    """
    future: Future[T] = writer().submit(fn, *args, **kwargs)
    if threading.current_thread() is not threading.main_thread():
        return future.result()
    try:
        return future.result(timeout=QUIET_S)
    except FutureTimeout:
        pass
    while True:
        # Posted events only: repaints, signals from other threads (a camera's code, the
        # commit's notice). No timers (the live figures wait for the result, not the other
        # way round) and no input from the window system: the scanner's next keys stay queued.
        QCoreApplication.sendPostedEvents()
        try:
            return future.result(timeout=FRAME_S)
        except FutureTimeout:
            continue
