"""The desk's writes (admissions, undo, walk-in admissions) run on one writer thread, off the UI
thread: `BEGIN IMMEDIATE` may wait for another process's lock and COMMIT fsyncs, and the window
must keep painting meanwhile.

The desk still waits for the answer before it shows anything ("green only after commit"): while
the write is under way the UI thread delivers posted events only (repaints, signals from other
threads), not the window system's input, so the next keystrokes of a scanner wait in the queue,
in order, with their own timestamps, and are read once the result is on screen. One writer thread: writes commit in the order they were asked.
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

_POLL_S = 0.001  # how often the waiting UI thread looks up from its events: answers stay in ms
_QUIET_S = 0.016  # a frame at 60 Hz: the wait before the window's posted events are delivered

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

    On the UI thread, waits with the event loop running (no user input); elsewhere, just waits.
    """
    future: Future[T] = writer().submit(fn, *args, **kwargs)
    if threading.current_thread() is not threading.main_thread():
        return future.result()
    try:
        # Most writes commit within a frame: the UI thread only waits (without the interpreter
        # lock), so the window's repaints neither hold the writer back nor count in the scan.
        return future.result(timeout=_QUIET_S)
    except FutureTimeout:
        pass
    while True:
        try:
            return future.result(timeout=_POLL_S)
        except FutureTimeout:
            # Posted events only: repaints, signals from other threads (a camera's code, the
            # commit's notice). No timers (the live figures wait for the result, not the other
            # way round) and no input from the window system: the scanner's next keys stay queued.
            QCoreApplication.sendPostedEvents()
