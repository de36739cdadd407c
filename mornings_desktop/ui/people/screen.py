"""The People screen: the current Morning's registrations (with the walk-in form) and the directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.services import registrations, tickets
from mornings_desktop.services.changes import Changes, Kind
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.search import PeopleIndex
from mornings_desktop.ui.dialogs import ask_yes_no, show_info
from mornings_desktop.ui.folders import in_documents
from mornings_desktop.ui.labels import language
from mornings_desktop.ui.mail.send_dialog import add_send_action
from mornings_desktop.ui.people.directory import DirectoryView
from mornings_desktop.ui.people.model import RegistrationsModel
from mornings_desktop.ui.people.privacy_menu import privacy_menu
from mornings_desktop.ui.people.registration_dialog import RegistrationDialog
from mornings_desktop.ui.people.walk_in_form import WalkInForm, colour_icon, shown_categories
from mornings_desktop.ui.role_gate import RoleGate
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.table_view import select_row
from mornings_desktop.ui.writes import run_write

_REFRESH_ON = (Kind.REGISTRATIONS, Kind.PEOPLE, Kind.CHECKINS, Kind.CATEGORIES, Kind.MORNINGS)


def open_registration(screen: PeopleScreen, row: RegistrationRow | None) -> str | None:
    """Show the add/edit dialog; returns the saved registration id or None. Tests replace it."""
    dialog = RegistrationDialog(
        screen.state.workspace, screen.morning_id, row, screen, jobs=screen.state.jobs
    )
    return dialog.saved_id if dialog.exec() else None


def ask_tickets_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("people", "Save tickets"),
        in_documents("billets.pdf"),
        QCoreApplication.translate("people", "PDF tickets (*.pdf);;Mail-merge workbook (*.xlsx)"),
    )
    return Path(path) if path else None


class PeopleScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.morning_id = state.current_morning_id
        self.model = RegistrationsModel(self)
        self._index: PeopleIndex | None = None
        self._rows: list[RegistrationRow] = []
        self._stale = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: name, organisation, e-mail, phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search registrations"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(60)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName(self.tr("Category filter"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        for text, key in (
            (self.tr("All statuses"), ""),
            (self.tr("Registered"), "registered"),
            (self.tr("Present"), "present"),
            (self.tr("Not arrived"), "absent"),
            (self.tr("Cancelled"), "cancelled"),
        ):
            self.status_filter.addItem(text, key)
        self.category_filter.currentIndexChanged.connect(self._category_chosen)
        self.status_filter.currentIndexChanged.connect(self._status_chosen)
        self.count = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RegistrationsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 220), (1, 200), (2, 120), (3, 220), (4, 130), (5, 110), (6, 80)):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Registrations"))
        self.table.doubleClicked.connect(lambda _i: self.edit())

        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.cancel_button = QPushButton(self.tr("&Cancel registration"))
        self.reissue_button = QPushButton(self.tr("Re-issue &code"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.tickets_button = QPushButton(self.tr("&Tickets…"))
        self.new_button.clicked.connect(self.create_new)
        self.edit_button.clicked.connect(self.edit)
        self.cancel_button.clicked.connect(self.toggle_cancel)
        self.reissue_button.clicked.connect(self.reissue)
        self.import_button.clicked.connect(self.import_file)
        tickets_menu = QMenu(self.tickets_button)
        tickets_menu.addAction(self.tr("For &everyone…"), lambda: self.write_tickets(False))
        self.selected_tickets_action = tickets_menu.addAction(
            self.tr("For the &selection…"), lambda: self.write_tickets(True)
        )
        self.tickets_button.setMenu(tickets_menu)
        self.send_action = add_send_action(
            tickets_menu, self, state.workspace, state.jobs, lambda: self.morning_id
        )
        self.privacy_button = QPushButton(self.tr("&Privacy"))
        self.privacy_button.setMenu(privacy_menu(self, state, lambda: self.selected()))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        # ↓ in the search field: into the list, its first person chosen (F2 then edits them).
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._into_the_list)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list rather than walk its cells
        QShortcut(QKeySequence.StandardKey.New, self, self.create_new)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.edit)
        # A door desk registers and edits its walk-ins, and notes and flags of anyone (the
        # registration dialog shows the rest read-only); the rest is an organiser desk's.
        self.gate = RoleGate.of(state.workspace)
        self.gate.hold("registration.cancel", self.cancel_button)
        self.gate.hold("registration.reissue", self.reissue_button)
        self.gate.hold("import", self.import_button)
        self.gate.hold("mail.send", self.send_action)

        self.walk_in = WalkInForm(state.workspace, self.morning_id, jobs=state.jobs)
        self.walk_in.registered.connect(self._on_walk_in)
        walk_box = QGroupBox(self.tr("Walk-in"))
        walk_layout = QVBoxLayout(walk_box)
        walk_layout.addWidget(self.walk_in)
        walk_layout.addStretch(1)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.cancel_button, self.reissue_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.tickets_button)
        buttons.addWidget(self.privacy_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(walk_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        self.directory = DirectoryView(state)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("&Registrations"))
        self.tabs.addTab(self.directory, self.tr("&Directory"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.heading.setWordWrap(True)  # a long Morning title must not widen the window
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        state.data_changed.connect(self._on_data_changed)
        state.current_morning_changed.connect(self._on_morning_changed)
        self.refresh()

    # -- data ---------------------------------------------------------------------------------
    def _on_morning_changed(self, morning_id: str) -> None:
        self.morning_id = morning_id
        self.walk_in.set_morning(morning_id)
        self.refresh()

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.any_of(*_REFRESH_ON):
            return
        if not self.isVisible():
            self._stale = True  # a hidden screen re-reads when shown (the desk scans a lot)
            return
        self.refresh()
        self.directory.refresh()

    def _into_the_list(self) -> None:
        self.table.setFocus()
        if not self.selected():
            select_row(self.table, 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
            self.directory.refresh()

    def refresh(self) -> None:
        from mornings_desktop.services import mornings

        ws = self.state.workspace
        cats = shown_categories(ws)
        current_cat = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), "")
        for c in cats:
            self.category_filter.addItem(colour_icon(c.colour), c.label(language()), c.key)
        self.category_filter.setCurrentIndex(max(self.category_filter.findData(current_cat), 0))
        self.category_filter.blockSignals(False)
        if not self.morning_id:
            self.heading.setText(self.tr("People"))
            self._rows = []
            self._index = None
            self.model.set_rows([], cats, None)
            self._update_count()
            self._update_buttons()
            return
        try:
            morning = mornings.get(ws, self.morning_id)
        except UserError:
            self.morning_id = ""
            self.refresh()
            return
        self.heading.setText(self.tr("People — {title}").format(title=morning.title))
        selected = [r.id for r in self.selected()]
        self._rows = registrations.list_registrations(ws, self.morning_id)
        self._index = None  # built on the first search
        self.model.set_rows(self._rows, cats, self._search_index() if self.search.text() else None)
        for registration_id in selected[:1]:
            self.select(registration_id)
        self._update_count()
        self._update_buttons()

    def _search_index(self) -> PeopleIndex:
        if self._index is None:
            self._index = PeopleIndex.from_rows(self.state.workspace, self.morning_id, self._rows)
        return self._index

    def _apply_search(self) -> None:
        text = self.search.text()
        if text.strip():
            self.model.index_ = self._search_index()
        self.model.set_filter(query=text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of {total}").format(
                shown=self.model.rowCount(), total=self.model.total()
            )
        )

    def select(self, registration_id: str) -> None:
        row = self.model.row_of(registration_id)
        if row >= 0:
            select_row(self.table, row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected(self) -> list[RegistrationRow]:
        model = self.table.selectionModel()
        rows = sorted(i.row() for i in model.selectedRows()) if model else []
        return [self.model.registration(r) for r in rows if r < self.model.rowCount()]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        has_morning = bool(self.morning_id)
        for b in (self.new_button, self.import_button, self.tickets_button, self.walk_in.submit):
            b.setEnabled(has_morning)
        self.edit_button.setEnabled(len(chosen) == 1)
        self.reissue_button.setEnabled(len(chosen) == 1)
        self.cancel_button.setEnabled(len(chosen) == 1)
        self.selected_tickets_action.setEnabled(bool(chosen))
        if len(chosen) == 1:
            self.cancel_button.setText(
                self.tr("Rein&state")
                if chosen[0].status == "cancelled"
                else self.tr("&Cancel registration")
            )

    # -- actions ------------------------------------------------------------------------------
    def _category_chosen(self, _index: int) -> None:
        self.model.set_filter(category=str(self.category_filter.currentData() or ""))
        self._update_count()

    def _status_chosen(self, _index: int) -> None:
        self.model.set_filter(status=str(self.status_filter.currentData() or ""))
        self._update_count()

    def create_new(self) -> None:
        if not self.morning_id:
            return
        saved = open_registration(self, None)
        if saved:
            self.refresh()
            self.select(saved)

    def edit(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        if open_registration(self, chosen[0]):
            self.refresh()

    def toggle_cancel(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        ws, row = self.state.workspace, chosen[0]
        if not self.gate.allows("registration.cancel", row.id):
            return
        change = registrations.reinstate if row.status == "cancelled" else registrations.cancel
        # The list follows from the commit's change notice.
        run_write(self.state.jobs, lambda: change(ws, row.id), parent=self)

    def reissue(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        row = chosen[0]
        if not self.gate.allows("registration.reissue", row.id):
            return
        if not ask_yes_no(
            self,
            self.tr("Re-issue the ticket code"),
            self.tr(
                "Give {name} a new ticket code? The old code {code} will be refused at the desk."
            ).format(name=row.name, code=row.code),
        ):
            return
        ws = self.state.workspace
        run_write(self.state.jobs, lambda: registrations.reissue_code(ws, row.id), parent=self)

    def import_file(self, path: Path | None = None) -> None:
        if self.morning_id and self.gate.allows("import"):
            from mornings_desktop.ui.people.import_wizard import run_import  # when asked

            run_import(self, self.state, self.morning_id, path or None)

    def write_tickets(self, selection_only: bool = False) -> None:
        """Tickets (.pdf) or a mail merge (.xlsx) for everyone, or for the selected rows."""
        if not self.morning_id:
            return
        chosen = [r.id for r in self.selected()]
        if selection_only and not chosen:
            return
        target = ask_tickets_file(self)
        if target is None:
            return
        ids = chosen if selection_only else None
        ws, morning_id = self.state.workspace, self.morning_id

        def work(control):  # type: ignore[no-untyped-def]
            return tickets.write_tickets(
                ws, morning_id, target, registration_ids=ids, progress=control.progress
            )

        self.state.jobs.run(
            work,
            title=self.tr("Writing tickets"),
            on_done=lambda n: show_info(
                self, self.tr("%n ticket(s) written to {file}.", "", n).format(file=str(target))
            ),
            parent_widget=self,
        )

    def _on_walk_in(self, registration_id: str) -> None:
        self.refresh()
        self.select(registration_id)
