"""The background sync of the Sync screen: a round every 30 s while the hub answers; after a failure
it waits 30 s, 1, 2, 4… up to 10 minutes, and says why. Rounds and the last-sync state they write
run in the job runner, never on the UI thread, and each round's work (network, signature checks,
applying what is pulled) in a child process (`sync.round_process`), so the scans at the door never
wait for this process's interpreter behind a large pull. The sync modules (psycopg, the hub's
code) are imported by the first round, not to show the page."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from mornings_desktop.errors import UserError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.jobs import Cancelled, Job, JobControl
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.sync import HUB_URL_KEY

if TYPE_CHECKING:
    from mornings_desktop.sync import client
    from mornings_desktop.sync.round_process import RoundProcess

log = logging.getLogger(__name__)
INTERVAL_S = 30
PROGRESS_EVERY_S = 1.0
QUIT_WAIT_S = 2.0  # the program ends: a round's process stopped at its next chunk, or killed


def round_and_record(ws: Workspace, work: Callable[[], client.RoundResult]) -> client.RoundResult:
    """Run `work` (a round, or joining a hub), then write the last sync state it leaves.

    Called on a job's thread: the write may wait up to `busy_timeout`, so never on the UI thread.
    """
    from mornings_desktop.sync import client

    try:
        result = work()
    except Cancelled:  # the person stopped it: not a failure to show ("Cancelled")
        raise
    except Exception as exc:
        detail = exc.params.get("detail") if isinstance(exc, UserError) else None
        if detail:  # PostgreSQL's own words: for the log, never on screen (`sync/hub_words.py`)
            log.warning("Sync with the hub failed: %s (%s)", exc, detail)
        with contextlib.suppress(Exception):  # the status must show, whatever the disk says
            client.record_error(ws, translate_error(exc))
        raise
    client.record_error(ws, None)
    return result


class SyncController(QObject):
    """Runs sync rounds in the background and keeps the status the screen shows.

    Every database write of a round, including the last sync state the status shows, happens in
    the round's job, never on the UI thread (`BEGIN IMMEDIATE` may wait up to `busy_timeout`).
    The round's child process (and its hub connection) belongs to the round while one runs:
    `stop()` cancels the round at its next chunk and the round's own thread ends the child when
    the round ends. `received` counts the operations the running round has pulled so far.
    """

    changed = Signal()

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.running = False
        self.reachable: bool | None = None
        self.failures = 0
        self.reason = ""
        self.last: client.RoundResult | None = None
        self.next_in_s = INTERVAL_S
        self._worker: RoundProcess | None = None
        self.received = 0
        # A joining desk's usable point and history share (`wording.join_progress`), else "".
        self.join_line = ""
        self._job: Job | None = None
        self._stopped = False
        # Guards who closes the hub connection: the round's thread if a round holds it.
        self._lock = threading.Lock()
        self._round_active = False
        self._close_after_round = False
        self._round_over = threading.Event()
        self._round_over.set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)

    @property
    def configured(self) -> bool:
        return bool(self.state.workspace.meta(HUB_URL_KEY))

    def start(self) -> None:
        self._stopped = False
        if self.configured:
            self.timer.start(2000)

    def stop(self, wait_s: float = 5.0) -> None:
        """Stop syncing: cancel a running round, wait up to `wait_s` for it, then close the hub.

        If the round is still running after `wait_s` (a hub that does not answer), its own thread
        closes the connection when it ends; the connection is never closed under it.
        """
        self._stopped = True
        self.timer.stop()
        if self._job is not None:
            self._job.cancel()
        self._round_over.wait(wait_s)
        with self._lock:
            if self._round_active:
                self._close_after_round = True
                return
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()

    def shut_down(self) -> None:
        """The program ends (`AppState.quitting`): no more rounds, and a round under way stops
        now. Its process is asked to stop at its next chunk and killed if it has not within
        `QUIT_WAIT_S` (a round that waits on the hub reads no message): what it committed is
        kept, the next start resumes. The round's job then ends at once, as cancelled (not a
        failure to record), so the program does not wait for the round, nor for the hub's
        statement timeout, with its database still locked against a new window."""
        self._stopped = True
        self.timer.stop()
        if self._job is not None:
            self._job.cancel()
        worker = self._worker
        if worker is not None:
            worker.stop(QUIT_WAIT_S)

    def sync_now(self) -> None:
        if self.running or not self.configured:
            return
        self._stopped = False
        ws = self.state.workspace
        worker = self._worker_for(ws)
        self.running = True
        self.received = 0
        self.join_line = ""
        with self._lock:
            self._round_active = True
            self._close_after_round = False
            self._round_over.clear()
        self.changed.emit()
        self._job = self.state.jobs.run(
            lambda control: self._round(ws, worker, control),
            title=self.tr("Sync"),
            on_done=self._done,
            on_error=self._failed,
            show_dialog=False,
            cancellable=False,
        )

    def _worker_for(self, ws: Workspace) -> RoundProcess:
        from mornings_desktop.sync.round_process import RoundProcess

        if self._worker is None or self._worker.workspace is not ws:
            if self._worker is not None:
                self._worker.close()
            self._worker = RoundProcess(ws)
        return self._worker

    def runner(self, control: JobControl) -> Callable[[Workspace, str], client.RoundResult]:
        """A round run by this desk's child process, for a job of the screen (the first round
        of a join): the same progress and cancel as the background rounds."""

        def run(ws: Workspace, url: str) -> client.RoundResult:
            self.running = True  # the status shows the join's progress; `_done` ends it
            try:
                return self._worker_for(ws).sync_round(url, progress=self._progress(control))
            except BaseException:
                self.running = False
                raise

        return run

    def _progress(self, control: JobControl) -> Callable[[str, int], None]:
        from mornings_desktop.wording import join_progress
        from mornings_desktop.wording.tr import Words

        shown = [0.0]
        state = join_progress.JoinState()
        words = Words(translate=QCoreApplication.translate)

        def progress(stage: str, done: int) -> None:
            control.check()  # Cancel (or the window closing): the child stops at its next chunk
            state.feed(stage, done)
            self.join_line = join_progress.line(words, state) if state.ready else ""
            if stage in ("early", "ready"):  # a large hub: the current Mornings first
                control.progress(state.percent(), 100, join_progress.line(words, state))
                self.changed.emit()
            if stage == "ready":  # usable: the screens read them, the join goes on behind
                control.release_window()
                self.state.changed_everything()
            if stage == "pull":
                self.received = done
                count = f"{done:,}".replace(",", "\u202f")
                # the join's progress dialog (a background round shows none)
                if state.ready:
                    control.progress(state.percent(), 100, self.join_line)
                else:
                    text = self.tr("%1 operations received").replace("%1", count)
                    control.progress(done, 0, text)
                now = time.monotonic()
                if now - shown[0] >= PROGRESS_EVERY_S:  # the status reads the file: not per chunk
                    shown[0] = now
                    self.changed.emit()

        return progress

    def _round(
        self, ws: Workspace, worker: RoundProcess, control: JobControl
    ) -> client.RoundResult:
        """The job: the hub's address with the password from the keyring, one round in the
        child, then the last sync state written (or why it failed), all on the job's thread:
        neither the keyring nor psycopg's import holds the window."""

        def work() -> client.RoundResult:
            from mornings_desktop.sync import credentials
            from mornings_desktop.sync.round_process import RoundCancelled, RoundStopped

            url = credentials.complete_url(ws.meta(HUB_URL_KEY) or "")
            try:
                return worker.sync_round(url, progress=self._progress(control))
            except (RoundStopped, RoundCancelled) as exc:
                if control.cancelled:  # stopped by `shut_down`: not a failure to record
                    raise Cancelled() from exc
                raise

        try:
            return round_and_record(ws, work)
        finally:
            with self._lock:
                self._round_active = False
                close = self._close_after_round
                self._close_after_round = False
            if close:
                worker.close()
            self._round_over.set()

    def _done(self, result: object) -> None:
        from mornings_desktop.sync import client

        assert isinstance(result, client.RoundResult)
        self._job = None
        self.running = False
        self.reachable = True
        self.failures = 0
        self.reason = ""
        self.last = result
        self._schedule(INTERVAL_S)

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self._report_failure(exc)

    def _report_failure(self, exc: BaseException) -> None:
        self.running = False
        self.reachable = False
        self.failures += 1
        self.reason = translate_error(exc)
        from mornings_desktop.sync.client import wait_backoff

        self._schedule(int(wait_backoff(self.failures, base=INTERVAL_S)))

    def _schedule(self, seconds: int) -> None:
        self.next_in_s = seconds
        if not self._stopped:
            self.timer.start(seconds * 1000)
        self.changed.emit()
