"""The Sync screen: hub settings, status and "Sync now", bundle files, and the Review list.

Sync runs in the background through the JobRunner (never on the UI thread): every 30 s while the
hub answers; after a failure it waits 30 s, 1, 2, 4… up to 10 minutes, and says why. The status and
the Review list are read in a job too (`status_read`): the page paints at once with "Reading…".
The sync modules (psycopg, the hub's code) are imported by the jobs and the buttons that need them,
not to show the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.ui.dialogs import show_error, show_info, translate_error
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.sync import HUB_URL_KEY, status_read
from mornings_desktop.ui.sync.controller import SyncController, round_and_record
from mornings_desktop.ui.sync.file_dialogs import (
    ask_bundle_input,
    ask_bundle_output,
    ask_join_file,
)
from mornings_desktop.ui.sync.review_tab import ReviewTab
from mornings_desktop.ui.sync.status_text import status_text

if TYPE_CHECKING:
    from mornings_desktop.services.changes import Changes
    from mornings_desktop.ui.sync.desks_panel import DesksPanel


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
        # The organisation's desks: an organiser desk's only (DESIGN §6), built when the status
        # read says which this desk is (a door desk never sees it).
        self.desks: DesksPanel | None = None
        self.desks_tab = -1
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs)
        self.controller.changed.connect(self.refresh_status)
        state.quitting.connect(self.controller.shut_down)
        state.data_changed.connect(self._on_data_changed)
        # Built with the window (automatic sync starts now), but the Review list and the status
        # (counts over the whole operations table) are read when the page is first shown, in a
        # job: one read at a time, and one more if asked meanwhile (`_read`).
        self._shown_once = False
        self._last: status_read.DeskStatus | None = None
        self.reader = status_read.StatusReader(state, self)
        self.reader.read.connect(self._read_done)
        self.reader.failed.connect(
            lambda exc: self.status_label.setText("✖ " + translate_error(exc))
        )
        self._hidden_change = self._hidden_review = False  # asked while hidden: at the next show
        self.controller.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # the form too: built with the window on a hub's desk
            self._show_hub(self.state.workspace.meta(HUB_URL_KEY) or "")
        if not self._shown_once or self._hidden_change:
            self._shown_once = True
            self._hidden_change = False
            self.refresh()

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
        self.join_button = QPushButton(self.tr("&Join with a file…"))
        self.join_button.setToolTip(
            self.tr(
                "The join file the organiser made for this desk ('mornings hub add-desk', or "
                "'mornings desk add' without a hub)."
            )
        )
        self.join_button.clicked.connect(self.join_with_file)
        form.addRow("", self.join_button)
        hint = QLabel(self.tr("The password is kept in this computer's keyring, not in a file."))
        hint.setWordWrap(True)
        form.addRow("", hint)

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
        self.review = ReviewTab(self.state)
        self.review.decided.connect(self.refresh)
        # the names the tests and the Review's readers use
        self.review_model, self.review_table = self.review.model, self.review.table
        self.keep_button, self.annul_button = self.review.keep_button, self.review.annul_button
        return self.review

    # -- showing ----------------------------------------------------------------------------------
    def _on_data_changed(self, changes: Changes) -> None:
        # A busy check-in desk commits a scan every few seconds: only admissions and reviews
        # change the Review list; the status is cheap (indexed counts).
        if changes.checkins:
            self.refresh()
        else:
            self.refresh_status()

    def refresh(self) -> None:
        """Read the Review list and the status again (in a job)."""
        if self._shown_once:
            self._show_status()
        self._read(review=True)

    def refresh_status(self) -> None:
        """Show the sync's state now (running, reachable…) and read the desk's figures again."""
        if self._shown_once:
            self._show_status()
        self._read(review=False)

    def _read(self, *, review: bool) -> None:
        if not self._shown_once:
            return
        if not self.isVisible():  # a busy door's scans while another page is shown
            self._hidden_change = True
            self._hidden_review = self._hidden_review or review
            return
        self.reader.ask(review=review or self._hidden_review)
        self._hidden_review = False

    def _read_done(self, result: status_read.DeskStatus) -> None:
        self._last = result
        self._show_desks(organiser=not result.door)
        if result.review is not None:
            self.review_model.set_items(result.review)
            count = len(result.review)
            self.tabs.setTabText(
                1, self.tr("Review (%1)").replace("%1", str(count)) if count else self.tr("Review")
            )
        self._show_status()

    def _show_desks(self, *, organiser: bool) -> None:
        """The Desks tab on an organiser desk (built the first time); hidden on a door desk."""
        if self.desks is None and organiser:
            from mornings_desktop.ui.sync.desks_panel import DesksPanel

            self.desks = DesksPanel(self.state)
            self.desks_tab = self.tabs.addTab(self.desks, self.tr("Desks"))
        if self.desks is not None:
            self.tabs.setTabVisible(self.desks_tab, organiser)

    def _show_status(self) -> None:
        c = self.controller
        desk = self._last
        if desk is None:
            self.status_label.setText(self.tr("Reading the sync status…"))
            self.sync_button.setEnabled(False)
            return
        self.status_label.setText(status_text(c, desk, self.state.workspace.desk_name))
        self.sync_button.setEnabled(bool(desk.status.hub_url) and not c.running)

    # -- actions ----------------------------------------------------------------------------------
    def _show_hub(self, url: str) -> None:
        """The hub's address and this desk's login in the form (no password), if one is set."""
        if not url:  # no hub, or a join file without one ('mornings desk add')
            return
        from mornings_desktop.sync import hub_schema

        self.login.setText(hub_schema.url_user(url))
        self.address.setText(hub_schema.with_credentials(url, "", None).replace("//@", "//"))

    def join_with_file(self) -> None:
        path = ask_join_file(self)
        if path is None:
            return
        from mornings_desktop.sync import join

        ws = self.state.workspace

        def done(result: object) -> None:
            assert isinstance(result, join.Joined)
            self._show_hub(ws.meta(HUB_URL_KEY) or "")
            if result.round is not None:
                self.controller._done(result.round)
            else:
                self.controller.start()
            self.refresh()

        self.state.jobs.run(
            lambda c: join.join_with_file(ws, path, run_round=self.controller.runner(c)),
            title=self.tr("Joining the organisation"),
            on_done=done,
            on_error=self._join_stopped,
            parent_widget=self,
        )

    def _join_stopped(self, exc: BaseException) -> None:
        """A join that ended in an error or Cancel: the desk may have joined before its first
        sync stopped (the hub is in its database), so the form, the status and the background
        sync show what the database holds, not what the screen knew before."""
        from mornings_desktop.ui.jobs import Cancelled

        url = self.state.workspace.meta(HUB_URL_KEY) or ""
        self._show_hub(url)
        if url:
            self.controller.start()  # the next round takes the rest
        self.refresh()
        if not isinstance(exc, Cancelled):
            show_error(self, exc)
        elif url:
            show_info(
                self,
                self.tr(
                    "The first sync was stopped. This desk has joined the hub: the next sync "
                    "brings the rest."
                ),
            )

    def save_settings(self) -> None:
        address = self.address.text().strip()
        login = self.login.text().strip()
        password = self.password.text()
        if not address or not login:
            show_error(self, self.tr("Give the hub address and the desk login."))
            return
        from mornings_desktop.sync import credentials, hub_schema, join

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
            from mornings_desktop.ui.jobs import Cancelled

            if isinstance(exc, Cancelled):  # stopped, not failed: nothing to retry for it
                self.controller._job = None
                self._join_stopped(exc)
                return
            self.controller._failed(exc)
            show_error(self, exc)

        self.state.jobs.run(
            lambda c: round_and_record(
                ws, lambda: join.join_hub(ws, url, run_round=self.controller.runner(c))
            ),
            title=self.tr("Connecting to the hub"),
            on_done=done,
            on_error=failed,
            parent_widget=self,
        )

    def export_bundle(self) -> None:
        path = ask_bundle_output(self)
        if path is None:
            return
        from mornings_desktop.sync import bundle

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
        from mornings_desktop.sync import bundle

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
