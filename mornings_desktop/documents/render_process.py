"""Badges rendered in a separate process, for the check-in desk's print-on-admission.

Drawing a badge (reportlab, the QR code's squares, the fonts) is pure Python: run on a thread of
the window's process, it holds the interpreter lock for tens of milliseconds at a time, and the
next scan's handling waits for it (measured: scan p50 3.8x a bare durable insert with printing on,
2.3x with it off). The desk's `BadgeRenderer` hands each badge to one long-lived worker process
(multiprocessing, "spawn": a fresh interpreter, no copy of the window's state or Qt) and gets the
PDF bytes back.

The badge's data (name, organisation, ticket code) go through a pipe, never a file: nothing of a
person is written to disk on the way. The worker is started once (`start`, from the desk's print
thread: the fonts, the logo and reportlab are loaded then, with made-up data, not at the first
person's badge) and stopped with the desk (`close`). If it dies, the badge in hand is rendered in
this process (slower for the next scan, but the badge comes out) and the next one starts a new
worker.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from mornings_desktop.documents.badge_data import BadgeContext, BadgeData, RenderResult
from mornings_desktop.documents.badge_templates import BadgeTemplate
from mornings_desktop.documents.badges_pdf import render_badges_in_memory

log = logging.getLogger(__name__)

_WARM_UP = BadgeData(
    registration_id="warm-up",
    first_name="Warm",
    last_name="Up",
    organisation="",
    job_title="",
    category="guest",
    category_label="Guest",
    colour="#808080",
    code="WARMUPWARMUP00",
)


def _render(
    data: Sequence[BadgeData], template: BadgeTemplate, context: BadgeContext
) -> tuple[int, RenderResult]:
    """In the worker: the PDF in memory, and who made it (the worker's process id)."""
    return os.getpid(), render_badges_in_memory(data, template, context)


class BadgeRenderer:
    """One worker process drawing badges, in the order asked; `render` may be called from any
    thread (the desk calls it from its print thread, one badge at a time)."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self.pid: int | None = None  # the worker that rendered the last badge
        self.fallbacks = 0  # badges rendered here because the worker was gone

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn")
                )
            return self._pool

    def start(self, template: BadgeTemplate, context: BadgeContext) -> None:
        """Start the worker and load what every badge needs, with made-up data (blocks until
        done: call it off the UI thread)."""
        self.render([_WARM_UP], template, context)

    def render(
        self, data: Sequence[BadgeData], template: BadgeTemplate, context: BadgeContext
    ) -> RenderResult:
        """The PDF of `data`, drawn by the worker; its errors (a `UserError`) are raised here."""
        pool = self._executor()
        try:
            self.pid, result = pool.submit(_render, list(data), template, context).result()
        except BrokenProcessPool:
            log.warning("the badge render process stopped; rendering this badge in the window")
            self._drop(pool)
            self.fallbacks += 1
            self.pid = os.getpid()
            return render_badges_in_memory(data, template, context)
        return result

    def _drop(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the worker (a badge being drawn is finished first, without waiting here)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
