"""The background sync of the Sync screen: a round every 30 s while the hub answers; after a failure
it waits 30 s, 1, 2, 4… up to 10 minutes, and says why. Rounds and the last-sync state they write
run in the job runner, never on the UI thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, credentials
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.jobs import Job, JobControl
from mornings_desktop.ui.state import AppState

INTERVAL_S = 30


def round_and_record(ws: Workspace, work: Callable[[], client.RoundResult]) -> client.RoundResult:
    """Run `work` (a round, or joining a hub), then write the last sync state it leaves.

    Called on a job's thread: the write may wait up to `busy_timeout`, so never on the UI thread.
    """
    try:
        result = work()
    except Exception as exc:
        with contextlib.suppress(Exception):  # the status must show, whatever the disk says
            client.record_error(ws, translate_error(exc))
        raise
    client.record_error(ws, None)
    return result


class SyncController(QObject):
    """Runs sync rounds in the background and keeps the status the screen shows.

    Every database write of a round, including the last sync state the status shows, happens in
    the round's job, never on the UI thread (`BEGIN IMMEDIATE` may wait up to `busy_timeout`).
    The hub connection belongs to the round while one runs: `stop()` cancels the round at its next
    batch boundary and the round's own thread closes the connection when it ends.
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
        self._hub: client.HubConnection | None = None
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
        return bool(self.state.workspace.meta(client.HUB_URL))

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
            hub, self._hub = self._hub, None
        if hub is not None:
            hub.close()

    def sync_now(self) -> None:
        if self.running or not self.configured:
            return
        self._stopped = False
        ws = self.state.workspace
        try:
            url = credentials.complete_url(ws.meta(client.HUB_URL) or "")
        except Exception as exc:
            self._report_failure(exc)
            self._record_error(translate_error(exc))
            return
        if self._hub is None or self._hub.url != url:
            if self._hub is not None:
                self._hub.close()
            self._hub = client.HubConnection(url)
        hub = self._hub
        self.running = True
        with self._lock:
            self._round_active = True
            self._close_after_round = False
            self._round_over.clear()
        self.changed.emit()
        self._job = self.state.jobs.run(
            lambda control: self._round(ws, hub, control),
            title=self.tr("Sync"),
            on_done=self._done,
            on_error=self._failed,
            show_dialog=False,
            cancellable=False,
        )

    def _round(
        self, ws: Workspace, hub: client.HubConnection, control: JobControl
    ) -> client.RoundResult:
        """The job: one round, then the last sync state written, all on the job's thread."""
        try:
            return round_and_record(
                ws, lambda: client.sync_round(ws, hub, progress=lambda _s, _n: control.check())
            )
        finally:
            with self._lock:
                self._round_active = False
                close = self._close_after_round
                self._close_after_round = False
            if close:
                hub.close()
            self._round_over.set()

    def _record_error(self, reason: str) -> None:
        ws = self.state.workspace
        self.state.jobs.run(
            lambda _control: client.record_error(ws, reason),
            title=self.tr("Sync"),
            on_error=lambda _exc: None,  # the status already shows the reason
            show_dialog=False,
            cancellable=False,
        )

    def _done(self, result: object) -> None:
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
        self._schedule(int(client.wait_backoff(self.failures, base=INTERVAL_S)))

    def _schedule(self, seconds: int) -> None:
        self.next_in_s = seconds
        if not self._stopped:
            self.timer.start(seconds * 1000)
        self.changed.emit()
