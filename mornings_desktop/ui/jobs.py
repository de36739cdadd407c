"""Long work off the UI thread: one helper for imports, badges, exports, sync.

`JobRunner.run(fn, ...)` calls `fn(control)` on a worker thread; `control.progress(done, total,
text)` reports progress and raises `Cancelled` once the person pressed Cancel. The result (or the
error) comes back on the UI thread through `on_done` / `on_error`. A progress dialog appears only
if the job is still running after ~0.5 s, so quick jobs never flash a window.

`hold()` keeps the jobs asked from then on from starting until `release()`: the window holds its
background work (the forecast, the file check, the start backup…) until its first paint
(`release_after_first_paint`), so that work does not share the interpreter with building and
painting the first page.

Tests build `JobRunner(synchronous=True)`: the job runs at once on the calling thread.
Workers get what they need as arguments; they never reach for the QApplication.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)
_context = threading.local()


def in_job() -> bool:
    """True while the calling thread runs a job (a worker, or the caller of a synchronous runner).

    Tests use it to tell a job's writes from writes made by the UI thread itself.
    """
    return bool(getattr(_context, "depth", 0))


def _run_in_job(fn: Callable[[JobControl], Any], control: JobControl) -> Any:
    _context.depth = getattr(_context, "depth", 0) + 1
    try:
        return fn(control)
    finally:
        _context.depth -= 1


class Cancelled(Exception):
    """Raised inside a job when the person cancelled it; nothing it did is kept."""


class JobControl:
    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._report = report
        self._release: Callable[[], None] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.check()
        if self._report is not None:
            self._report(done, total, text)

    def release_window(self) -> None:
        """The job goes on in the background: its progress dialog closes (or never shows) and
        the window is usable again; `on_done` / `on_error` still come at the end (a join whose
        current Mornings are in while the history arrives)."""
        if self._release is not None:
            self._release()


class _Signals(QObject):
    progress = Signal(int, int, str)
    released = Signal()
    finished = Signal(object)
    failed = Signal(object, str)


class _Worker(QRunnable):
    def __init__(self, fn: Callable[[JobControl], Any], control: JobControl, signals: _Signals):
        super().__init__()
        self.fn, self.control, self.signals = fn, control, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = _run_in_job(self.fn, self.control)
        except BaseException as exc:  # handed back to the UI thread, never lost
            self._emit("failed", exc, traceback.format_exc())
        else:
            self._emit("finished", result)

    def _emit(self, name: str, *args: object) -> None:
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:  # its runner is gone (the program ended first): nobody to tell
            log.info("A job ended after its window: %s", args[0])


class Job(QObject):
    """A running job: cancel it, or wait for `done` / `failed`."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.control = JobControl()
        self.running = True
        self.background = False  # `release_window()`: no dialog any more
        self.dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        self.control.cancel()


class JobRunner(QObject):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        synchronous: bool = False,
        dialog_delay_ms: int = 500,
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.dialog_delay_ms = dialog_delay_ms
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._jobs: set[Job] = set()
        self._held: list[_Worker] | None = None  # `hold()`: started by `release()`

    def hold(self) -> None:
        """Keep the jobs asked from now on waiting until `release()` (a synchronous runner runs
        them at once all the same)."""
        if not self.synchronous and self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the jobs held since `hold()`, in the order asked; later ones start at once."""
        held, self._held = self._held, None
        for worker in held or []:
            self.pool.start(worker)

    def run(
        self,
        fn: Callable[[JobControl], Any],
        *,
        title: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        parent_widget: QWidget | None = None,
        cancellable: bool = True,
        show_dialog: bool = True,
    ) -> Job:
        job = Job(title, self)
        if on_done is not None:
            job.done.connect(on_done)
        job.failed.connect(on_error or _default_error(parent_widget))
        if self.synchronous:
            try:
                result = _run_in_job(fn, job.control)
            except Cancelled as exc:
                job.running = False
                job.failed.emit(exc)
            except Exception as exc:
                job.running = False
                job.failed.emit(exc)
            else:
                job.running = False
                job.done.emit(result)
            return job
        signals = _Signals()
        job.control._report = lambda d, t, text: signals.progress.emit(d, t, text)
        job.control._release = signals.released.emit
        self._jobs.add(job)

        def close_dialog() -> None:
            if job.dialog is not None:
                job.dialog.reset()
                job.dialog.deleteLater()
                job.dialog = None

        def finish() -> None:
            job.running = False
            close_dialog()
            self._jobs.discard(job)

        def on_released() -> None:
            job.background = True
            close_dialog()

        def on_finished(result: object) -> None:
            finish()
            if isValid(job):  # its runner (a closed form's own) may be gone: nobody to tell
                job.done.emit(result)

        def on_failed(exc: object, _trace: str) -> None:
            finish()
            if isValid(job):
                job.failed.emit(exc)

        def on_progress(done: int, total: int, text: str) -> None:
            if job.dialog is not None:
                job.dialog.setMaximum(max(total, 0))
                job.dialog.setValue(min(done, total) if total > 0 else 0)
                if text:
                    job.dialog.setLabelText(text)

        signals.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(on_failed, Qt.ConnectionType.QueuedConnection)
        signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        signals.released.connect(on_released, Qt.ConnectionType.QueuedConnection)
        job._signals = signals  # type: ignore[attr-defined]  # keep alive with the job

        if show_dialog:

            def show() -> None:
                if not job.running or job.background:
                    return
                dialog = QProgressDialog(
                    title, self.tr("Cancel") if cancellable else "", 0, 0, parent_widget
                )
                dialog.setWindowTitle(title)
                dialog.setWindowModality(Qt.WindowModality.WindowModal)
                dialog.setMinimumDuration(0)
                dialog.setAutoClose(False)
                dialog.setAutoReset(False)
                if not cancellable:
                    dialog.setCancelButton(None)
                dialog.canceled.connect(job.cancel)
                job.dialog = dialog
                dialog.show()

            QTimer.singleShot(self.dialog_delay_ms, self, show)
        worker = _Worker(fn, job.control, signals)
        if self._held is not None:
            self._held.append(worker)
        else:
            self.pool.start(worker)
        return job

    def wait(self, msecs: int = 30000) -> bool:
        self.release()  # waiting for the jobs: held ones must run
        return self.pool.waitForDone(msecs)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, runner: JobRunner) -> None:
        super().__init__(window)
        self.runner = runner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:  # the window is being painted
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.runner.release)  # once this paint is done
        return False


def release_after_first_paint(window: QWidget, runner: JobRunner, fallback_ms: int = 1000) -> None:
    """Release `runner`'s held jobs once `window` is painted for the first time, or after
    `fallback_ms` if it is not (a window opened minimised)."""
    window.installEventFilter(_FirstPaint(window, runner))
    QTimer.singleShot(fallback_ms, runner, runner.release)


def _default_error(parent: QWidget | None) -> Callable[[BaseException], None]:
    def show(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        from mornings_desktop.ui.dialogs import show_error

        show_error(parent, exc)

    return show
