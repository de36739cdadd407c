"""Short writes a person asks for (save, merge, cancel, an agenda edit) run in the job runner.

`BEGIN IMMEDIATE` may wait up to `busy_timeout` for another desk or a background job, and COMMIT
fsyncs: never on the UI thread. `run_write(jobs, work, on_done=…)` runs `work()` on a worker; the
screen says "saved" only in `on_done`, on the UI thread, after the COMMIT. A refused change comes
back to `on_error` (default: one sentence in a message box). No progress dialog flashes for the
quick ones (it appears only after ~0.5 s) and a write is never cancelled half-way.

`WriteQueue` runs writes one after the other in the order they were asked (the agenda's edits,
undo and redo must not overtake each other on the pool's two threads).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from mornings_desktop.errors import UserError
from mornings_desktop.ui.dialogs import show_error, translate_error
from mornings_desktop.ui.jobs import Job, JobRunner
from mornings_desktop.ui.state import AppState

T = TypeVar("T")


def run_write(
    jobs: JobRunner,
    work: Callable[[], T],
    *,
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QWidget | None = None,
    title: str = "",
) -> Job:
    """Run `work()` (one short write through a service) off the UI thread."""
    return jobs.run(
        lambda _control: work(),
        title=title or QCoreApplication.translate("writes", "Saving…"),
        on_done=on_done,
        on_error=on_error,
        parent_widget=parent,
        cancellable=False,
    )


def runner_of(widget: QWidget | None) -> JobRunner | None:
    """The job runner of the window `widget` sits in (the first parent with an AppState)."""
    while widget is not None:
        state = getattr(widget, "state", None)
        if isinstance(state, AppState):
            return state.jobs
        widget = widget.parentWidget()
    return None


class WriteQueue(QObject):
    """Writes run one at a time, in order; each one's callbacks run before the next starts."""

    def __init__(self, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._waiting: deque[tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]]] = deque()  # fmt: skip
        self._busy = False

    @property
    def busy(self) -> bool:
        """A write is running or waiting."""
        return self._busy or bool(self._waiting)

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._waiting.append((work, on_done, on_error))
        if not self._busy:
            self._next()

    def _next(self) -> None:
        if not self._waiting:
            return
        work, on_done, on_error = self._waiting.popleft()
        self._busy = True

        def done(result: object) -> None:
            try:
                on_done(result)
            finally:
                self._finished()

        def failed(exc: BaseException) -> None:
            try:
                on_error(exc)
            finally:
                self._finished()

        run_write(self.jobs, work, on_done=done, on_error=failed)

    def _finished(self) -> None:
        self._busy = False
        self._next()


def save_then_accept(
    dialog: QDialog,
    work: Callable[[], T],
    *,
    on_saved: Callable[[T], None],
    on_problem: Callable[[str], None],
    jobs: JobRunner | None = None,
) -> None:
    """A form's Save: `work()` in a job; once committed `on_saved(result)` and the dialog closes
    (accepted); a refused save shows its one sentence in the form (`on_problem`) and stays open.
    The job runner is `jobs`, else the window's (`runner_of`), else one of the dialog's own."""
    if getattr(dialog, "_saving", False):  # Enter pressed twice: one save
        return
    runner = jobs or runner_of(dialog) or own_runner(dialog)
    dialog._saving = True  # type: ignore[attr-defined]

    def done(result: T) -> None:
        dialog._saving = False  # type: ignore[attr-defined]
        on_saved(result)
        dialog.accept()

    def failed(exc: BaseException) -> None:
        dialog._saving = False  # type: ignore[attr-defined]
        if isinstance(exc, UserError):
            on_problem(translate_error(exc))
        else:
            show_error(dialog, exc)

    run_write(runner, work, on_done=done, on_error=failed, parent=dialog)


def own_runner(widget: QWidget) -> JobRunner:
    """A job runner of `widget`'s own (threaded), for a form used outside any window."""
    runner = getattr(widget, "_jobs", None)
    if not isinstance(runner, JobRunner):
        runner = JobRunner(widget)
        widget._jobs = runner  # type: ignore[attr-defined]
    return runner
