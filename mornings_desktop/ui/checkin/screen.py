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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.ledger.fold import load_handlers
from mornings_desktop.services import flag_list
from mornings_desktop.services.checkin import ScanDesk, ScanResult
from mornings_desktop.services.scan_splitter import Reading, ScanJudge, ScanReader
from mornings_desktop.settings import SOUND
from mornings_desktop.ui.checkin.badge_queue import DeskBadges
from mornings_desktop.ui.checkin.desk_search import DeskSearch
from mornings_desktop.ui.checkin.desk_writer import run_off_ui
from mornings_desktop.ui.checkin.live_view import LiveView
from mornings_desktop.ui.checkin.result_panel import ResultPanel, category_labels, words
from mornings_desktop.ui.checkin.scan_input import ScanInput
from mornings_desktop.ui.checkin.sounds import ResultSounds
from mornings_desktop.ui.labels import language
from mornings_desktop.ui.state import AppState

if TYPE_CHECKING:
    from mornings_desktop.services.search import PeopleIndex

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
        self.last: ScanResult | None = None
        self.undid_last = False  # the last Ctrl+Z undid an arrival and nothing was admitted since
        self.walk_in_notice = ""  # set by corrections.ask_walk_in: corrections to a regular
        self.sounds = ResultSounds(bool(state.settings.get(SOUND)), self)
        state.settings_changed.connect(self._settings_changed)

        self.input = ScanInput()
        if kiosk:  # a visitor: no name search, no walk-in there (desk_search.py)
            self.input.setPlaceholderText(self.tr("Show your ticket's QR code"))
            self.input.setAccessibleName(self.tr("Your ticket"))
        else:
            self.input.setPlaceholderText(self.tr("Scan a ticket, or type a name to search"))
            self.input.setAccessibleName(self.tr("Scan or search"))
        self.input.setStyleSheet("font-size: 20pt; padding: 6px;")
        self.input.setClearButtonEnabled(True)
        self.input.read.connect(self._reading)
        self._warmed = False  # the ledger's handlers imported (`showEvent`)
        self._saving = False  # a scan is being written (desk_writer); others wait their turn
        self._queued: list[tuple[str, str]] = []
        self._said = False  # the status line holds a passing sentence (`say`)
        self.fade = QTimer(self)
        self.fade.setSingleShot(True)
        self.fade.setInterval(FADE_MS)
        self.fade.timeout.connect(self._faded)

        self.panel = ResultPanel(self, scale=1.4 if kiosk else 1.0, kiosk=kiosk)
        self.search = DeskSearch(self)  # the people index and the list found as you type
        self.hits = self.search.hits
        self.table = self.search.table
        self.input.textEdited.connect(self.search.text_edited)
        self.input.moved.connect(self.search.move)
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
        state.data_changed.connect(self.search.data_changed)
        self._morning_changed(state.current_morning_id)

    def _command(self, name: str) -> None:
        {
            "undo": self.undo_last,
            "history": self.undo_from_history,
            "walk_in": self.register_walk_in,
            "flags": self.edit_flags,
        }[name]()

    # -- Morning and data ---------------------------------------------------------------------
    def _morning_changed(self, morning_id: str) -> None:
        self.desk = None
        self.panel.category_labels = category_labels(
            self.state.workspace, self.state.settings.language
        )
        # The organiser's flag labels (retired ones too: registrations still hold them), in the
        # language the panel's words are in.
        self.panel.flag_labels = flag_list.names(self.state.workspace, language())
        if morning_id:
            try:
                # the ledger's handlers are imported in a job when the desk is first shown
                self.desk = ScanDesk(self.state.workspace, morning_id, load_handlers_now=False)
            except UserError as exc:
                self.status.setText(exc.message)
        self.input.reader = (
            ScanReader(ScanJudge(self.desk.key, self.desk.is_ticket_number))
            if self.desk is not None
            else None
        )
        self.search.set_morning(morning_id)
        self.live.set_morning(morning_id)
        self.panel.show_ready()
        self.update_status()

    def say(self, text: str) -> None:
        """A sentence in the status line until the next result (then the desk's own line)."""
        self.status.setText(text)
        self._said = True

    def unsay(self) -> None:
        """The desk's own line again, if a passing sentence holds the status line."""
        if self._said:
            self.update_status()

    def _settings_changed(self) -> None:
        wanted = bool(self.state.settings.get(SOUND))
        if wanted != self.sounds.enabled:
            self.sounds.deleteLater()
            self.sounds = ResultSounds(wanted, self)
        self.update_status()

    def update_status(self) -> None:
        self._said = False
        parts = [self.tr("Desk: {desk}").format(desk=self.state.workspace.desk_name)]
        if self.desk is not None:
            said = words()  # in Arabic the French title and the date keep their own order
            day = said.long_date(self.desk.date) if self.desk.date else ""
            parts.append(" — ".join(said.isolate(p) for p in (self.desk.title, day) if p))
        else:
            parts.append(self.tr("Choose the current Morning first."))
        if not self.state.settings.get(SOUND):
            parts.append(self.tr("Sound turned off in Settings."))
        elif not self.sounds.enabled:
            parts.append(self.tr("Sound off: this computer has no audio device."))
        if self.camera is not None and self.camera.message:
            parts.append(self.camera.message)
        self.status.setText("  ·  ".join(parts))

    # -- search (desk_search.py) --------------------------------------------------------------
    @property
    def index(self) -> PeopleIndex | None:
        return self.search.index

    def ensure_index(self) -> PeopleIndex | None:
        return self.search.ensure_index()

    def run_search(self) -> None:
        self.search.run()

    def give_room_to_hits(self, hits: bool) -> None:
        self._left.setStretchFactor(self.panel, 1 if hits else 3)
        self.panel.set_compact(hits)

    # -- input --------------------------------------------------------------------------------
    def _reading(self, reading: Reading) -> None:
        """A reading ended (Enter, Tab, or silence after a scanner's burst): scan each code in
        order, or, for a name, search."""
        if reading.search:
            self.search.submit()
            return
        for text in reading.scans:
            self.handle_scan(text, "scanner")

    def handle_scan(self, text: str, method: str = "scanner") -> ScanResult | None:
        """The one path of every scan (scanner, camera, a scan caught by a dialog). The write runs
        on the desk's writer thread (`desk_writer`); the result shows once it is committed. A scan
        arriving meanwhile (a camera frame) waits its turn: scans are saved in the order read.

        The field is left as it is: the reader took the scan out of it (`scan_input`), and what
        was typed by hand before a scanner's burst, or before a camera's code, stays."""
        if self._saving:
            self._queued.append((text, method))
            return None
        self.search.clear()
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
        hit = self.search.selected()
        if hit is None or self.desk is None or self._saving or self.kiosk:  # tickets only
            return None
        self.input.clear()
        self.search.clear()
        result = self._saved(self.desk.admit, hit.registration_id, "search")
        self.show_result(result)
        return result

    def show_result(self, result: ScanResult) -> None:
        self.last = result
        if result.ok:
            self.undid_last = False  # Ctrl+Z undoes this arrival without asking
        self.panel.show_result(result)
        self.unsay()
        self.search.chosen = False
        if result.result in FADING and not result.needs_attention:
            self.fade.start()
        else:
            self.fade.stop()  # a result that needs attention stays until the next action
        self.sounds.play(result.result)
        self.result_shown.emit(result)
        if result.ok and result.registration_id:
            self.badges.admitted(result)  # printed off the UI thread, in admission order

    def show_undone(self, name: str, when: str) -> None:
        """An undone arrival (↶): it fades to the ready screen as an admission does."""
        self.undid_last = True  # a next Ctrl+Z would go further back: it asks first
        self.panel.show_undone(name, when)
        self.fade.start()

    def _faded(self) -> None:
        if self.panel.result in FADING:
            self.panel.show_ready()

    # -- undo, walk-in (corrections.py, imported when first used: not to show the desk) -------
    def undo_last(self) -> None:
        from mornings_desktop.ui.checkin import corrections

        corrections.undo_last(self)

    def undo_from_history(self) -> None:
        from mornings_desktop.ui.checkin import corrections

        corrections.undo_from_history(self)

    def register_walk_in(self) -> None:
        from mornings_desktop.ui.checkin import corrections

        corrections.register_walk_in(self)

    def edit_flags(self) -> None:
        from mornings_desktop.ui.checkin import corrections

        corrections.edit_flags(self)

    # -- camera, kiosk ------------------------------------------------------------------------
    def set_camera(self, on: bool) -> None:
        from mornings_desktop.ui.checkin.camera import toggle_camera  # zxing only when asked

        toggle_camera(self, on)
        self.update_status()
        self.input.setFocus()

    def enter_kiosk(self) -> None:
        from mornings_desktop.ui.checkin.kiosk import start_kiosk

        start_kiosk(self)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.input.setFocus()
        self.search.start_index()
        if not self._warmed:  # not on the first admission, nor before the page paints
            self._warmed = True
            self.state.jobs.run(
                lambda _control: load_handlers(),
                on_error=lambda _exc: None,  # the first admission imports them, and says why
                show_dialog=False,
                cancellable=False,
            )
