"""The Agenda screen: the current Morning's sessions as a table (keyboard editing) and a timeline
(mouse moves and resizes), live warnings, undo/redo, publishing with the change list, and the
speakers directory in a second tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import NotFound
from mornings_desktop.services import agenda, mornings
from mornings_desktop.services.agenda_rows import SessionRow
from mornings_desktop.services.agenda_warnings import Warning
from mornings_desktop.services.changes import Changes, Kind
from mornings_desktop.ui.agenda import commands, publishing, review_lists, role_hold, session_edits
from mornings_desktop.ui.agenda.model import SessionsModel
from mornings_desktop.ui.agenda.review_lists import BlockingRole, SessionIdsRole
from mornings_desktop.ui.agenda.speakers_panel import SpeakersPanel
from mornings_desktop.ui.agenda.timeline import TimelineView
from mornings_desktop.ui.labels import language
from mornings_desktop.ui.role_gate import RoleGate
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.writes import WriteQueue
from mornings_desktop.wording.tr import Words, apart


class AgendaScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.undo_stack = QUndoStack(self)
        self.writes = WriteQueue(
            state.jobs, self
        )  # edits, undo and redo, in order, off the UI thread
        self._unpushed = 0  # changes running whose undo step is not on the stack yet
        # Edits commit from inside the model's setData: refresh once control is back in the loop,
        # and never under an open cell editor (a model reset would orphan it).
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._deferred_refresh)
        self._warnings: list[Warning] = []
        self.last_version: int | None = None  # the last published version (`fill_changes`)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.programme_tab = QWidget()
        self.speakers_panel = SpeakersPanel(state)
        self.speakers_panel.speakers_changed.connect(self._schedule_refresh)
        self.tabs.addTab(self.programme_tab, self.tr("&Programme"))
        self.tabs.addTab(self.speakers_panel, self.tr("&Speakers"))

        # -- the programme tab ------------------------------------------------------------------
        self.model = SessionsModel(self)
        self.model.on_edit = self._edit_cell
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            SessionsModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.table.setAccessibleName(self.tr("Sessions"))
        self.timeline = TimelineView()
        self.timeline.on_move = self.move_from_timeline
        self.timeline.on_select = self.select_session
        self.timeline.setMinimumHeight(120)

        self.add_button = QPushButton(self.tr("&Add session"))
        self.add_button.setToolTip(self.tr("Ctrl+N or Insert"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.speakers_button = QPushButton(self.tr("S&peakers of the session…"))
        self.details_button = QPushButton(self.tr("De&tails…"))
        self.details_button.setToolTip(self.tr("Description and language (F4)"))
        self.details_button.clicked.connect(self.edit_details)
        self.ripple = QCheckBox(self.tr("&Ripple: shift the following sessions"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.publish_button = QPushButton(self.tr("P&ublish…"))
        from mornings_desktop.ui.mail.speakers_action import tell_button

        self.tell_button = tell_button(self)  # e-mails speakers what changed for them
        self.add_button.clicked.connect(self.add_session)
        self.delete_button.clicked.connect(self.delete_selected)
        self.speakers_button.clicked.connect(self.edit_speakers)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.publish_button.clicked.connect(self.publish)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self.undo_button.setToolTip(self.tr("Undo {what}").format(what=t))
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: self.redo_button.setToolTip(self.tr("Redo {what}").format(what=t))
        )
        self.undo_stack.indexChanged.connect(lambda _i: self._schedule_refresh())
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        edit_keys: list[QShortcut] = []
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.add_session),
            (QKeySequence(Qt.Key.Key_Insert), self.add_session),
            (QKeySequence("Ctrl+Z"), self.undo),
            (QKeySequence("Ctrl+Shift+Z"), self.redo),
            (QKeySequence("Ctrl+Y"), self.redo),
        ):
            shortcut = QShortcut(keys, self.programme_tab)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            edit_keys.append(shortcut)
        details = QShortcut(QKeySequence(Qt.Key.Key_F4), self.table)
        details.setContext(Qt.ShortcutContext.WidgetShortcut)
        details.activated.connect(self.edit_details)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        edit_keys += [details, delete]

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("agendaMessage")

        self.warnings_list = QListWidget()
        self.warnings_list.setAccessibleName(self.tr("Warnings"))
        self.warnings_list.setWordWrap(True)
        self.warnings_list.itemClicked.connect(self._warning_chosen)
        self.warnings_list.itemActivated.connect(self._warning_chosen)
        self.warnings_title = QLabel()
        self.acknowledge_button = QPushButton(self.tr("Ac&knowledge"))
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.warnings_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.changes_title = QLabel()
        self.changes_list = QListWidget()
        self.changes_list.setAccessibleName(self.tr("Changes since the last published version"))
        self.changes_list.setWordWrap(True)

        # Two rows: in one, the French buttons made the window 1,396 pixels wide, past a
        # 1366-pixel laptop screen (tests/gui/test_window_fits.py).
        toolbar = QVBoxLayout()
        editing, versions = QHBoxLayout(), QHBoxLayout()
        for w in (self.add_button, self.delete_button, self.speakers_button, self.details_button):
            editing.addWidget(w)
        editing.addStretch(1)
        for w in (self.undo_button, self.redo_button):
            editing.addWidget(w)
        versions.addWidget(self.ripple)
        versions.addStretch(1)
        for w in (self.publish_button, self.tell_button):
            versions.addWidget(w)
        toolbar.addLayout(editing)
        toolbar.addLayout(versions)
        side = QWidget()
        side.setMinimumWidth(190)  # its alerts and changes wrap: at 90 pixels they read cut
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.warnings_title)
        side_layout.addWidget(self.warnings_list, 3)
        side_layout.addWidget(self.acknowledge_button)
        side_layout.addWidget(self.changes_title)
        side_layout.addWidget(self.changes_list, 2)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.timeline)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        programme = QVBoxLayout(self.programme_tab)
        programme.addLayout(toolbar)
        programme.addWidget(self.message)
        programme.addWidget(body, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self.gate = RoleGate.of(state.workspace)  # a door desk reads the agenda
        role_hold.hold(self, self.gate, edit_keys)
        self.setFocusProxy(self.table)  # arriving on the screen puts the keyboard in the table
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        state.data_changed.connect(self._on_data_changed)
        state.current_morning_changed.connect(self._morning_changed)
        self.refresh()

    # -- reading --------------------------------------------------------------------------------
    @property
    def morning_id(self) -> str:
        return self.state.current_morning_id

    def _morning_changed(self, _morning_id: str) -> None:
        self.undo_stack.clear()
        self.refresh()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.any_of(Kind.AGENDA, Kind.REGISTRATIONS, Kind.MORNINGS, Kind.PEOPLE):
            self._schedule_refresh()

    @property
    def _refresh_pending(self) -> bool:
        return self._refresh_timer.isActive()

    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def _deferred_refresh(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            self._refresh_timer.start(150)
            return
        self.refresh()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        ws = self.state.workspace
        current = self.current_session_id()
        column = self.table.currentIndex().column() if self.table.currentIndex().isValid() else 0
        try:
            morning = mornings.get(ws, self.morning_id) if self.morning_id else None
        except NotFound:
            morning = None
        self.programme_tab.setEnabled(morning is not None)
        if morning is None:
            self.heading.setText(self.tr("Agenda — choose a Morning first (Ctrl+1)"))
            self.last_version = None
            self.model.set_rows([])
            self.timeline.set_sessions([], "08:30", "11:00", {})
            self.warnings_list.clear()
            self.changes_list.clear()
            self.speakers_panel.refresh()
            return
        self.heading.setText(
            self.tr("Agenda — {title}, {date} ({start}–{end})").format(
                title=apart(morning.title),
                date=Words(language()).long_date(morning.date),
                start=morning.start_time,
                end=morning.end_time,
            )
        )
        rows = agenda.list_sessions(ws, morning.id)
        self._warnings = agenda.current_warnings(ws, morning.id)
        flags: dict[str, str] = {}
        for w in self._warnings:
            symbol = "✖" if w.blocking else ("✓" if w.acknowledged else "⚠")
            for sid in w.session_ids:
                if flags.get(sid) != "✖" and not (symbol == "✓" and sid in flags):
                    flags[sid] = symbol
        self.model.set_rows(rows, flags)
        self.timeline.set_sessions(rows, morning.start_time, morning.end_time, flags)
        self._fill_warnings()
        self._fill_changes()
        self.speakers_panel.refresh()
        if current:
            self.select_session(current, column)
        self._update_buttons()

    def _fill_warnings(self) -> None:
        review_lists.fill_warnings(self)

    def _fill_changes(self) -> None:
        review_lists.fill_changes(self)

    def current_session_id(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid():
            return ""
        return str(self.model.data(index, SessionsModel.IdRole) or "")

    def current_session(self) -> SessionRow | None:
        row = self.model.row_of(self.current_session_id())
        return self.model.session(row) if row >= 0 else None

    def select_session(self, session_id: str, column: int | None = None) -> None:
        row = self.model.row_of(session_id)
        if row < 0:
            return
        col = self.table.currentIndex().column() if column is None else column
        index = self.model.index(row, max(col, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.timeline.select(session_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.timeline.select(str(self.model.data(current, SessionsModel.IdRole)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.current_session_id())
        self.delete_button.setEnabled(has)
        self.speakers_button.setEnabled(has)
        self.details_button.setEnabled(has)
        item = self.warnings_list.currentItem()
        self.acknowledge_button.setEnabled(item is not None and not item.data(BlockingRole))
        self.publish_button.setEnabled(bool(self.model.rowCount()))

    def _warning_chosen(self, item: QListWidgetItem) -> None:
        ids = item.data(SessionIdsRole) or []
        if ids:
            self.select_session(ids[0])
            self.table.setFocus()

    # -- changing ---------------------------------------------------------------------------------
    def say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(("✖ " if problem else "✓ ") + text if text else "")
        self.message.setStyleSheet("color: #b00020;" if problem else "")

    def run_change(
        self,
        text: str,
        change: Callable[[], object],
        on_done: Callable[[object], None] | None = None,
    ) -> bool:
        """Make a change in the write queue, then one undo step (see `commands.run_change`)."""
        return commands.run_change(self, text, change, on_done)

    def _failed(self, exc: BaseException) -> None:
        commands.show_failure(self, exc)

    def undo(self) -> None:
        if not self._unpushed:  # a change still running gets its undo step first
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self._unpushed:
            self.undo_stack.redo()

    def add_session(self) -> None:
        session_edits.add_session(self)

    def delete_selected(self) -> None:
        session_edits.delete_selected(self)

    def _edit_cell(self, s: SessionRow, column: int, text: str) -> bool:
        return session_edits.edit_cell(self, s, column, text)

    def move_from_timeline(self, session_id: str, start: str, minutes: int) -> None:
        session_edits.move_from_timeline(self, session_id, start, minutes)

    def edit_speakers(self) -> None:
        session_edits.edit_speakers(self)

    def edit_details(self) -> None:
        session_edits.edit_details(self)

    def acknowledge_selected(self) -> None:
        review_lists.acknowledge_current(self)

    def publish(self) -> None:
        publishing.publish(self)  # asks first
