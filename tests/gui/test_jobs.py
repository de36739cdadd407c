"""The background-job helper: synchronous in tests, threaded for real, with progress, cancel, and a
dialog that appears only when a job lasts."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from mornings_desktop.ui.jobs import Cancelled, JobControl, JobRunner


def test_synchronous_runs_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner(synchronous=True)
    done: list[object] = []
    job = runner.run(lambda control: 6 * 7, on_done=done.append)
    assert done == [42] and not job.running


def test_synchronous_error_and_cancel_go_to_on_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner(synchronous=True)
    errors: list[BaseException] = []

    def broken(control: JobControl) -> None:
        raise ValueError("row 14: no name")

    runner.run(broken, on_error=errors.append)

    def cancelled(control: JobControl) -> None:
        control.cancel()
        control.progress(1, 2)

    runner.run(cancelled, on_error=errors.append)
    assert [type(e) for e in errors] == [ValueError, Cancelled]


def test_threaded_job_reports_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner(dialog_delay_ms=10_000)
    worker_threads: list[int] = []
    done: list[tuple[object, bool]] = []

    def work(control: JobControl) -> str:
        worker_threads.append(threading.get_ident())
        for i in range(3):
            control.progress(i, 3)
        return "ok"

    runner.run(
        work,
        on_done=lambda r: done.append(
            (r, QThread.currentThread() is QApplication.instance().thread())
        ),
    )
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [("ok", True)]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert runner.wait(5000)


def test_quick_job_shows_no_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner(dialog_delay_ms=300)
    done: list[object] = []
    job = runner.run(lambda control: "quick", title="Quick", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    qtbot.wait(450)  # past the delay
    assert job.dialog is None
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_long_job_shows_progress_after_the_delay_and_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner(dialog_delay_ms=200)
    errors: list[BaseException] = []
    done: list[object] = []
    finished = threading.Event()

    def long_work(control: JobControl) -> str:
        try:
            for i in range(1000):
                control.progress(i, 1000, f"Row {i}")
                time.sleep(0.01)
            return "never"
        finally:
            finished.set()

    started = time.monotonic()
    job = runner.run(long_work, title="Importing", on_done=done.append, on_error=errors.append)
    try:
        _watch_progress_and_cancel(qtbot, job, started, errors, done, finished)
    finally:
        job.cancel()
        assert runner.wait(5000)


def _watch_progress_and_cancel(qtbot, job, started, errors, done, finished) -> None:  # type: ignore[no-untyped-def]
    assert job.dialog is None, "no dialog at once"
    qtbot.waitUntil(lambda: job.dialog is not None, timeout=5000)
    assert time.monotonic() - started >= 0.19
    dialog = job.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.windowTitle() == "Importing"
    qtbot.waitUntil(lambda: dialog.value() >= 5 and dialog.maximum() == 1000, timeout=5000)
    assert dialog.labelText().startswith("Row ")
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled) and not done
    assert finished.wait(5)
    assert job.dialog is None and not job.running


def test_threaded_error_comes_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner(dialog_delay_ms=10_000)
    errors: list[BaseException] = []

    def broken(control: JobControl) -> None:
        raise RuntimeError("disk removed")

    runner.run(broken, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "disk removed"
    assert runner.wait(5000)


def test_default_error_handler_shows_the_message(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.errors import ValidationError
    from mornings_desktop.ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    runner = JobRunner(synchronous=True)

    def broken(control: JobControl) -> None:
        raise ValidationError("The capacity cannot be negative.")

    runner.run(broken)
    runner.run(lambda c: (c.cancel(), c.check()))  # a cancelled job is not an error to show
    assert shown == ["The capacity cannot be negative."]


@pytest.fixture(autouse=True)
def _no_leftover_dialogs(qtbot):  # type: ignore[no-untyped-def]
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog):
            widget.deleteLater()


def test_a_job_ending_after_its_runner_is_gone_tells_nobody(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A form with its own runner is closed while its background read still runs: when the read
    ends, nothing is emitted on the deleted job (it raised "Signal source has been deleted")."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    owner = QObject()
    runner = JobRunner(owner)
    seen: list[object] = []
    runner.run(lambda _c: time.sleep(0.3) or "read", on_done=seen.append, show_dialog=False)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # waits for the pool
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.05)
    assert seen == []


def test_a_job_ending_after_its_signals_are_gone_prints_nothing(qtbot, capfd, caplog) -> None:  # type: ignore[no-untyped-def]
    """The program ends while a job still runs (the interpreter frees what the window kept): the
    job's end is told to nobody, in the log, never as a traceback on standard error ("RuntimeError:
    Signal source has been deleted" from the job's thread)."""
    import logging

    import shiboken6

    runner = JobRunner()
    go = threading.Event()
    job = runner.run(lambda _c: go.wait(10) and "read", show_dialog=False)
    shiboken6.delete(job._signals)  # type: ignore[attr-defined]
    with caplog.at_level(logging.INFO, logger="mornings_desktop.ui.jobs"):
        go.set()
        assert runner.pool.waitForDone(10_000)
    assert "Signal source" not in capfd.readouterr().err
    assert "A job ended after its window" in caplog.text
