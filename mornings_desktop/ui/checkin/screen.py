"""The check-in desk: one input that always has the focus, a big result, search, undo, walk-ins.

A scanner types like a keyboard and ends with Enter, Tab or nothing; people type names. The same
input takes both (`services.scan_splitter` says where a reading ends and what it is, by content):
a code is checked in, anything else is a search whose results update as you type; Enter admits the
one person found, or moves into the list (arrow keys choose, Enter admits). As soon as someone
types, the result area turns neutral; a result fades after 6 s, one that needs attention stays.
The result turns green only after the check-in was committed to disk (`ScanDesk` returns then);
the write itself runs on the desk's writer thread (`desk_writer.py`), in scan order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop import codes
from mornings_desktop.errors import UserError
from mornings_desktop.services.changes import Changes, Kind
from mornings_desktop.services.checkin import ScanDesk, ScanResult
from mornings_desktop.services.scan_splitter import Reading, ScanJudge, ScanReader
from mornings_desktop.services.search import PeopleIndex
from mornings_desktop.settings import SOUND
from mornings_desktop.ui.checkin import corrections
from mornings_desktop.ui.checkin.badge_queue import DeskBadges
from mornings_desktop.ui.checkin.desk_writer import run_off_ui
from mornings_desktop.ui.checkin.hits_model import HitsModel
from mornings_desktop.ui.checkin.live_view import LiveView
from mornings_desktop.ui.checkin.result_panel import ResultPanel, category_labels
from mornings_desktop.ui.checkin.scan_input import ScanInput
from mornings_desktop.ui.checkin.sounds import ResultSounds
from mornings_desktop.ui.state import AppState

SEARCH_DELAY_MS = 120  # after the reader's 80 ms silence: a scanned code is never searched
FADE_MS = 6000  # an admission fades to neutral; results that need attention stay
FADING = ("admitted", "undone")


class CheckinScreen(QWidget):
    result_shown = Signal(object)  # ScanResult
    _kiosk_window: QWidget | None = None  # kept alive while open (checkin/kiosk.py)

    def __init__(
        self, state: AppState, parent: QWidget | None = None, *, kiosk: bool = False
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.kiosk = kiosk
        self.desk: ScanDesk | None = None
        self.index: PeopleIndex | None = None
        self._index_for = ""
        self.last: ScanResult | None = None
        self.walk_in_notice = ""  # set by corrections.ask_walk_in: corrections to a regular
        self.sounds = ResultSounds(bool(state.settings.get(SOUND)), self)

        self.input = ScanInput()
        self.input.setPlaceholderText(self.tr("Scan a ticket, or type a name to search"))
        self.input.setAccessibleName(self.tr("Scan or search"))
        self.input.setStyleSheet("font-size: 20pt; padding: 6px;")
        self.input.setClearButtonEnabled(True)
        self.input.read.connect(self._reading)
        self.input.textEdited.connect(self._text_edited)
        self.input.moved.connect(self._move)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._chosen = False  # the person moved in the results with the arrow keys
        self._saving = False  # a scan is being written (desk_writer); others wait their turn
        self._queued: list[tuple[str, str]] = []
        self._stale: set[str] | None = set()  # registrations to re-read into the index (None: all)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_index)
        self.fade = QTimer(self)
        self.fade.setSingleShot(True)
        self.fade.setInterval(FADE_MS)
        self.fade.timeout.connect(self._faded)

        self.panel = ResultPanel(self, scale=1.4 if kiosk else 1.0)
        self.hits = HitsModel(self)
        self.table = QTableView()
        self.table.setModel(self.hits)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            HitsModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(lambda _i: self.admit_selected())
        self.table.setAccessibleName(self.tr("People found"))
        self.table.setVisible(False)

        self.undo_button = QPushButton(self.tr("Undo last (Ctrl+Z)"))
        self.history_button = QPushButton(self.tr("History / undo… (Ctrl+H)"))
        self.walk_in_button = QPushButton(self.tr("Walk-in… (Ctrl+N)"))
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setCheckable(True)
        self.kiosk_button = QPushButton(self.tr("Kiosk mode…"))
        for button in (
            self.undo_button,
            self.history_button,
            self.walk_in_button,
            self.camera_button,
            self.kiosk_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo_last)
        self.history_button.clicked.connect(self.undo_from_history)
        self.walk_in_button.clicked.connect(self.register_walk_in)
        self.camera_button.toggled.connect(self.set_camera)
        self.kiosk_button.clicked.connect(self.enter_kiosk)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.input.commands_enabled = not kiosk
        self.input.command.connect(self._command)

        self.camera: Any = None
        self.camera_holder = QVBoxLayout()
        self.live = LiveView(state, self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self._left = left_layout
        left_layout.addWidget(self.input)
        left_layout.addWidget(self.panel, 3)
        left_layout.addWidget(self.table, 3)
        buttons = QHBoxLayout()
        for button in (
            self.undo_button,
            self.history_button,
            self.walk_in_button,
            self.camera_button,
            self.kiosk_button,
        ):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        self.badges = DeskBadges(self)
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.badges.switch)
        badge_row.addWidget(self.badges.reprint_button)
        badge_row.addStretch(1)
        left_layout.addLayout(badge_row)
        left_layout.addLayout(self.camera_holder)
        left_layout.addWidget(self.status)
        if kiosk:
            for button in (
                self.undo_button,
                self.history_button,
                self.walk_in_button,
                self.kiosk_button,
            ):
                button.hide()
            self.badges.switch.hide()
            self.badges.reprint_button.hide()
            self.live.hide()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.live)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the live figures readable at 1280 pixels wide
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.input)

        state.current_morning_changed.connect(self._morning_changed)
        state.data_changed.connect(self._data_changed)
        self._morning_changed(state.current_morning_id)

    def _command(self, name: str) -> None:
        {
            "undo": self.undo_last,
            "history": self.undo_from_history,
            "walk_in": self.register_walk_in,
        }[name]()

    # -- Morning and data ---------------------------------------------------------------------
    def _morning_changed(self, morning_id: str) -> None:
        self.desk = None
        self.index = None
        self._stale = set()
        self.panel.category_labels = category_labels(
            self.state.workspace, self.state.settings.language
        )
        self._index_for = morning_id
        if morning_id:
            try:
                self.desk = ScanDesk(self.state.workspace, morning_id)
            except UserError as exc:
                self.status.setText(exc.message)
        self.input.reader = (
            ScanReader(ScanJudge(self.desk.key, self.desk.is_ticket_number))
            if self.desk is not None
            else None
        )
        if morning_id and self.isVisible():
            self.ensure_index()
        self.live.set_morning(morning_id)
        self.panel.show_ready()
        self._update_status()

    def _data_changed(self, changes: Changes) -> None:
        """Re-read, after the result is shown, only the registrations named (an admission: that
        one person): never a rebuild of the whole Morning between a scan and its result."""
        if (
            self.index is not None
            and changes.any_of(Kind.REGISTRATIONS, Kind.PEOPLE, Kind.CHECKINS)
            and changes.touches(self._index_for)
        ):
            ids = changes.registration_ids
            if ids is None:
                self._stale = None
            elif self._stale is not None:
                self._stale |= ids
            self._refresh_timer.start()

    def _refresh_index(self) -> None:
        self._refresh_timer.stop()
        stale, self._stale = self._stale, set()
        if self.index is None or stale == set():
            return
        self.index.refresh(stale)  # None: everything
        if self.table.isVisible():
            self.run_search()

    def _update_status(self) -> None:
        parts = [self.tr("Desk: {desk}").format(desk=self.state.workspace.desk_name)]
        if self.desk is not None:
            parts.append(self.desk.title + " — " + self.desk.date)
        else:
            parts.append(self.tr("Choose the current Morning first."))
        if not self.sounds.enabled:
            parts.append(self.tr("Sound off (no audio device, or turned off in the settings)."))
        if self.camera is not None and self.camera.message:
            parts.append(self.camera.message)
        self.status.setText("  ·  ".join(parts))

    # -- input --------------------------------------------------------------------------------
    def _text_edited(self, text: str) -> None:
        self._chosen = False
        if text.strip() and self.panel.result != "search":
            self.fade.stop()
            self.panel.show_searching()  # never the last person's green above a new search
        if not text.strip() or codes.looks_like_code(text):
            self._search_timer.stop()
            self.hits.set_hits([])
            self.table.setVisible(False)
            return
        self._search_timer.start()

    def ensure_index(self) -> PeopleIndex | None:
        """The search index of the current Morning, built when the desk first needs it (building
        it for 20,000 people takes a moment, which must not delay opening the window)."""
        if self.index is None and self._index_for:
            try:
                self.index = PeopleIndex.build(self.state.workspace, self._index_for)
            except UserError as exc:
                self.status.setText(exc.message)
        return self.index

    def run_search(self) -> None:
        self._search_timer.stop()
        if self._refresh_timer.isActive():
            self._refresh_index()  # what was just saved is found
        text = self.input.text()
        index = None if codes.looks_like_code(text) else self.ensure_index()
        hits = index.search(text, 20) if index is not None else []
        self.hits.set_hits(hits)
        self.table.setVisible(bool(hits))
        self._left.setStretchFactor(self.panel, 1 if hits else 3)  # the list gets the room
        if hits:
            self.table.selectRow(0)
        if text.strip() and index is not None and self.panel.result in ("search", "no_match"):
            if hits:
                self.panel.show_searching(len(hits))
            else:
                self.panel.show_no_match(text.strip())

    def _move(self, step: int) -> None:
        if self._search_timer.isActive():
            self.run_search()
        rows = self.hits.rowCount()
        if not rows:
            return
        self._chosen = True
        current = self.table.currentIndex().row()
        self.table.selectRow(max(0, min(rows - 1, current + step)))

    def _reading(self, reading: Reading) -> None:
        """A reading ended (Enter, Tab, or silence after a scanner's burst): scan each code in
        order, or, for a name, search."""
        if reading.search:
            self.submit_search()
            return
        for text in reading.scans:
            self.handle_scan(text, "scanner")

    def submit_search(self) -> None:
        """Enter on a name: one person found is admitted; several: Enter moves into the list (the
        arrow keys choose, Enter admits); no one: say so, and Ctrl+N registers them."""
        if self._search_timer.isActive() or not self.table.isVisible():
            self.run_search()
        rows = self.hits.rowCount()
        if rows == 1 or (rows > 1 and self._chosen):
            self.admit_selected()
        elif rows > 1:
            self._chosen = True
            self.table.selectRow(0)
            self.status.setText(self.tr("Several people found: choose with ↑ ↓, then Enter."))
        elif self.input.text().strip():
            self.panel.show_no_match(self.input.text().strip())

    def handle_scan(self, text: str, method: str = "scanner") -> ScanResult | None:
        """The one path of every scan (scanner, camera, a scan caught by a dialog). The write runs
        on the desk's writer thread (`desk_writer`); the result shows once it is committed. A scan
        arriving meanwhile (a camera frame) waits its turn: scans are saved in the order read."""
        if self._saving:
            self._queued.append((text, method))
            return None
        self.input.clear()
        self.hits.set_hits([])
        self.table.setVisible(False)
        self._search_timer.stop()
        if self.desk is None:
            self.status.setText(self.tr("No current Morning: choose one before checking in."))
            return None
        result = self._saved(self.desk.scan, text, method)
        self.show_result(result)
        while self._queued and not self._saving:
            self.handle_scan(*self._queued.pop(0))
        return result

    def _saved(self, write: Callable[[str, str], ScanResult], *args: str) -> ScanResult:
        self._saving = True
        try:
            return run_off_ui(write, *args)
        finally:
            self._saving = False

    def scan_from_dialog(self, text: str) -> None:
        self.handle_scan(text, "scanner")

    def admit_selected(self) -> ScanResult | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.desk is None or self._saving:
            return None
        hit = self.hits.data(index, HitsModel.HIT_ROLE)
        self.input.clear()
        self.hits.set_hits([])
        self.table.setVisible(False)
        result = self._saved(self.desk.admit, hit.registration_id, "search")
        self.show_result(result)
        return result

    def show_result(self, result: ScanResult) -> None:
        self.last = result
        self.panel.show_result(result)
        self._chosen = False
        if result.result in FADING and not result.needs_attention:
            self.fade.start()
        else:
            self.fade.stop()  # a result that needs attention stays until the next action
        self.sounds.play(result.result)
        self.result_shown.emit(result)
        if result.ok and result.registration_id:
            self.badges.admitted(result)  # printed off the UI thread, in admission order

    def _faded(self) -> None:
        if self.panel.result in FADING:
            self.panel.show_ready()

    # -- undo, walk-in (corrections.py) ------------------------------------------------------
    def undo_last(self) -> None:
        corrections.undo_last(self)

    def undo_from_history(self) -> None:
        corrections.undo_from_history(self)

    def register_walk_in(self) -> None:
        corrections.register_walk_in(self)

    # -- camera, kiosk ------------------------------------------------------------------------
    def set_camera(self, on: bool) -> None:
        from mornings_desktop.ui.checkin.camera import toggle_camera  # zxing only when asked

        toggle_camera(self, on)
        self._update_status()
        self.input.setFocus()

    def enter_kiosk(self) -> None:
        from mornings_desktop.ui.checkin.kiosk import start_kiosk

        start_kiosk(self)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.input.setFocus()
        QTimer.singleShot(0, self, self.ensure_index)
