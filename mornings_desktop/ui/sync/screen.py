"""The Sync screen: hub settings, status and "Sync now", bundle files, and the Review list.

Sync runs in the background through the JobRunner (never on the UI thread): every 30 s while the
hub answers; after a failure it waits 30 s, 1, 2, 4… up to 10 minutes, and says why.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.services import review
from mornings_desktop.services.changes import Changes
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, client, credentials, hub_schema, join
from mornings_desktop.ui.dialogs import show_error, translate_error
from mornings_desktop.ui.folders import in_documents
from mornings_desktop.ui.jobs import Job, JobControl
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.sync.review_model import DuplicatesModel

INTERVAL_S = 30


def ask_bundle_output(parent: QWidget) -> Path | None:
    """Where to write a bundle; None if the person cancelled. Tests replace this function."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Export a bundle"),
        in_documents(),
        parent.tr("Mornings bundles (*.mornings-bundle)"),
    )
    return Path(name) if name else None


def ask_bundle_input(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Import a bundle"),
        in_documents(),
        parent.tr("Mornings bundles (*.mornings-bundle)"),
    )
    return Path(name) if name else None


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


class SyncScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.controller = SyncController(state, self)
        heading = QLabel(self.tr("Sync"))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_sync_tab(), self.tr("Hub and bundles"))
        self.tabs.addTab(self._build_review_tab(), self.tr("Review"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs)
        self.controller.changed.connect(self.refresh_status)
        state.data_changed.connect(self._on_data_changed)
        self.refresh()
        self.controller.start()

    # -- building ---------------------------------------------------------------------------------
    def _build_sync_tab(self) -> QWidget:
        page = QWidget()
        settings = QGroupBox(self.tr("Hub settings"))
        form = QFormLayout(settings)
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://hub.example.ma/mornings?sslmode=verify-full")
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button = QPushButton(self.tr("&Save and connect"))
        self.save_button.clicked.connect(self.save_settings)
        form.addRow(self.tr("Hub &address:"), self.address)
        form.addRow(self.tr("Desk &login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.save_button)
        hint = QLabel(self.tr("The password is kept in this computer's keyring, not in a file."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        current = self.state.workspace.meta(client.HUB_URL)
        if current:
            self.login.setText(hub_schema.url_user(current))
            self.address.setText(
                hub_schema.with_credentials(current, "", None).replace("//@", "//")
            )

        status_box = QGroupBox(self.tr("Status"))
        status_layout = QVBoxLayout(status_box)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Sync status"))
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.clicked.connect(self.controller.sync_now)
        status_layout.addWidget(self.status_label)
        status_layout.addWidget(self.sync_button)

        bundles = QGroupBox(self.tr("Bundle files (no network)"))
        row = QHBoxLayout(bundles)
        self.export_button = QPushButton(self.tr("&Export a bundle…"))
        self.import_button = QPushButton(self.tr("&Import a bundle…"))
        self.export_button.clicked.connect(self.export_bundle)
        self.import_button.clicked.connect(self.import_bundle)
        self.bundle_label = QLabel()
        self.bundle_label.setWordWrap(True)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addWidget(self.bundle_label, 1)

        layout = QVBoxLayout(page)
        layout.addWidget(settings)
        layout.addWidget(status_box)
        layout.addWidget(bundles)
        layout.addStretch(1)
        return page

    def _build_review_tab(self) -> QWidget:
        page = QWidget()
        self.review_model = DuplicatesModel(self)
        self.review_table = QTableView()
        self.review_table.setModel(self.review_model)
        self.review_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.review_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.review_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_table.verticalHeader().hide()
        self.review_table.horizontalHeader().setSectionResizeMode(
            DuplicatesModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.review_hint = QLabel(
            self.tr(
                "Registrations admitted more than once (for instance at two desks while they "
                "were apart). Keep both scans, or annul the one that was a mistake."
            )
        )
        self.review_hint.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep both"))
        self.annul_button = QPushButton(self.tr("&Annul this scan"))
        self.keep_button.clicked.connect(self.keep_selected)
        self.annul_button.clicked.connect(self.annul_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.annul_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.review_hint)
        layout.addWidget(self.review_table)
        layout.addLayout(buttons)
        return page

    # -- showing ----------------------------------------------------------------------------------
    def _on_data_changed(self, changes: Changes) -> None:
        # A busy check-in desk commits a scan every few seconds: only admissions and reviews
        # change the Review list; the status is cheap (indexed counts).
        if changes.checkins:
            self.refresh()
        else:
            self.refresh_status()

    def refresh(self) -> None:
        items = review.duplicate_admissions(self.state.workspace)
        self.review_model.set_items(items)
        count = len(items)
        self.tabs.setTabText(
            1, self.tr("Review (%1)").replace("%1", str(count)) if count else self.tr("Review")
        )
        self.refresh_status()

    def refresh_status(self) -> None:
        st = client.status(self.state.workspace)
        c = self.controller
        lines = []
        if not st.hub_url:
            lines.append(self.tr("No hub set up: this desk works alone (bundles still work)."))
        elif c.running:
            lines.append("⟳ " + self.tr("Syncing with the hub…"))
        elif c.reachable is True:
            lines.append("✔ " + self.tr("Hub reachable."))
        elif c.reachable is False:
            lines.append(
                "✖ "
                + self.tr("Hub not reachable: %1").replace("%1", c.reason)
                + " "
                + self.tr("Next try in %1 s.").replace("%1", str(c.next_in_s))
            )
        elif st.last_error:
            lines.append("✖ " + st.last_error)
        lines.append(self.tr("Operations waiting to be sent: %1").replace("%1", str(st.waiting)))
        if st.quarantined:
            lines.append(
                "⚠ "
                + self.tr("Operations set aside (refused): %1").replace("%1", str(st.quarantined))
            )
        lines.append(self.tr("Last push: %1").replace("%1", st.last_push or "—"))
        lines.append(self.tr("Last pull: %1").replace("%1", st.last_pull or "—"))
        self.status_label.setText("\n".join(lines))
        self.sync_button.setEnabled(bool(st.hub_url) and not c.running)

    # -- actions ----------------------------------------------------------------------------------
    def save_settings(self) -> None:
        address = self.address.text().strip()
        login = self.login.text().strip()
        password = self.password.text()
        if not address or not login:
            show_error(self, self.tr("Give the hub address and the desk login."))
            return
        try:
            url = hub_schema.with_credentials(address, login, password or None)
            if not password:
                url = credentials.complete_url(url)
        except Exception as exc:
            show_error(self, exc)
            return
        ws = self.state.workspace

        def done(result: object) -> None:
            self.password.clear()
            self.controller._done(result)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.controller._failed(exc)
            show_error(self, exc)

        self.state.jobs.run(
            lambda _c: round_and_record(ws, lambda: join.join_hub(ws, url)),
            title=self.tr("Connecting to the hub"),
            on_done=done,
            on_error=failed,
            parent_widget=self,
        )

    def export_bundle(self) -> None:
        path = ask_bundle_output(self)
        if path is None:
            return
        ws = self.state.workspace
        self.state.jobs.run(
            lambda _c: bundle.export_bundle(ws, path),
            title=self.tr("Exporting a bundle"),
            on_done=lambda r: self.bundle_label.setText(
                "✔ "
                + self.tr("%1 operations written to %2")
                .replace("%1", str(r.count))
                .replace("%2", r.path)
            ),
            parent_widget=self,
        )

    def import_bundle(self) -> None:
        path = ask_bundle_input(self)
        if path is None:
            return
        ws = self.state.workspace

        def failed(exc: BaseException) -> None:
            self.bundle_label.setText("✖ " + translate_error(exc))
            show_error(self, exc)

        self.state.jobs.run(
            lambda _c: bundle.import_bundle(ws, path),
            title=self.tr("Importing a bundle"),
            on_done=lambda r: self.bundle_label.setText(
                "✔ "
                + self.tr("%1 operations read: %2 new, %3 already here")
                .replace("%1", str(r.read))
                .replace("%2", str(r.applied))
                .replace("%3", str(r.already))
            ),
            on_error=failed,
            parent_widget=self,
        )

    def _selected(self) -> tuple[str, str] | None:
        rows = self.review_table.selectionModel().selectedRows()
        return self.review_model.key(rows[0].row()) if rows else None

    def keep_selected(self) -> None:
        key = self._selected()
        if key is None:
            return
        try:
            review.confirm(self.state.workspace, key[0])
        except Exception as exc:
            show_error(self, exc)

    def annul_selected(self) -> None:
        key = self._selected()
        if key is None:
            return
        try:
            review.annul(self.state.workspace, key[0], key[1])
        except Exception as exc:
            show_error(self, exc)
