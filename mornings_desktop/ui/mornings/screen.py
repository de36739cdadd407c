"""The Mornings screen: the list, and the actions on the selected Morning."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.services import mornings
from mornings_desktop.services.changes import Changes, Kind
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.jobs import Job
from mornings_desktop.ui.mornings.editor import MorningEditor
from mornings_desktop.ui.mornings.forecast_panel import ForecastPanel
from mornings_desktop.ui.mornings.model import MorningsModel
from mornings_desktop.ui.role_gate import RoleGate
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.table_view import row_table, select_row
from mornings_desktop.ui.writes import run_write


def _privacy_counts(ws: Workspace) -> tuple[int, int]:
    """In the reminder's job: `services.retention` (erasure, people, phone numbers: a quarter of
    a second of imports under load) is imported there, not while the window opens."""
    from mornings_desktop.services.retention import privacy_reminder

    return privacy_reminder(ws)


def open_editor(screen: MorningsScreen, morning: mornings.MorningInfo | None) -> str | None:
    """Show the editor; returns the saved Morning's id or None. Tests replace this function."""
    editor = MorningEditor(screen.state.workspace, morning, screen, jobs=screen.state.jobs)
    return editor.saved_id if editor.exec() else None


class MorningsScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = MorningsModel(self)
        self.table = row_table(self.model, MorningsModel.TITLE)
        # The date in words and the hours ("10 décembre 2026  08:30–11:30"), whole.
        self.table.horizontalHeader().setSectionResizeMode(
            MorningsModel.DATE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setAccessibleName(self.tr("Mornings"))
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.activated.connect(lambda _i: self.make_current())

        heading = QLabel(self.tr("Mornings"))
        heading.setObjectName("heading")
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.new_button = QPushButton(self.tr("&New Morning…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.current_button = QPushButton(self.tr("Make &current"))
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.show_archived = QCheckBox(self.tr("Show a&rchived"))
        self.show_archived.setChecked(True)
        self.new_button.clicked.connect(self.create_new)
        self.edit_button.clicked.connect(self.edit)
        self.current_button.clicked.connect(self.make_current)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.show_archived.toggled.connect(lambda _c: self.refresh())
        new_key = QShortcut(QKeySequence.StandardKey.New, self, self.create_new)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.edit)
        # A door desk sees the Mornings and makes one current; an organiser desk makes and edits them.
        self.gate = RoleGate.of(state.workspace)
        self.gate.hold("morning.create", self.new_button, new_key)
        self.gate.hold("morning.edit", self.edit_button, edit_key)
        self.gate.hold("morning.archive", self.archive_button)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.current_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        self.empty_hint = QLabel(
            self.tr(
                "No Morning yet. Press Ctrl+N to create one, or use File ▸ Create a demo Morning."
            )
            if self.gate.allows("morning.create")
            else self.tr("No Morning yet: Mornings come from an organiser desk (Sync).")
        )
        self.empty_hint.setWordWrap(True)
        self.privacy_line = QLabel()  # retention and erasure requests due (organiser desks)
        self.privacy_line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.privacy_line)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(ForecastPanel(state, self))
        self._privacy_job: Job | None = None
        self._privacy_again = False

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        state.data_changed.connect(self._on_data_changed)
        state.current_morning_changed.connect(self.model.set_current)
        self.refresh()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.any_of(Kind.MORNINGS, Kind.REGISTRATIONS, Kind.CHECKINS):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        rows = mornings.list_mornings(
            self.state.workspace, include_archived=self.show_archived.isChecked()
        )
        self.model.current_id = self.state.current_morning_id
        self.model.set_rows(rows)
        self.empty_hint.setVisible(not rows)
        self._remind_privacy()
        if selected is not None:
            self.select(selected.id)
        elif rows:
            row = self.model.row_of(self.state.current_morning_id)
            select_row(self.table, max(row, 0))
        self._update_buttons()

    def _remind_privacy(self) -> None:
        """Counted in a job: on a large directory it reads every person (seconds at 50k)."""
        if self._privacy_job is not None and self._privacy_job.running:
            self._privacy_again = True
            return
        self._privacy_again = False
        ws = self.state.workspace
        self._privacy_job = self.state.jobs.run(
            lambda _control: _privacy_counts(ws),
            title=self.tr("Privacy reminder"),
            on_done=self._show_privacy,
            on_error=lambda _exc: None,  # a reminder that could not be counted is not shown
            parent_widget=self,
            show_dialog=False,
        )

    def _show_privacy(self, counts: tuple[int, int]) -> None:
        if self._privacy_again:
            self._remind_privacy()
            return
        due, requests = counts
        parts = []
        if due:
            parts.append(
                self.tr(
                    "%n people are past the retention period: erase them with "
                    "'mornings people purge'.",
                    "",
                    due,
                )
            )
        if requests:
            parts.append(
                self.tr(
                    "%n erasure request(s) wait (People ▸ Privacy ▸ Erasure requests).",
                    "",
                    requests,
                )
            )
        self.privacy_line.setText(" ".join(parts))
        self.privacy_line.setVisible(bool(parts))

    def select(self, morning_id: str) -> None:
        row = self.model.row_of(morning_id)
        if row >= 0:
            select_row(self.table, row)

    def selected(self) -> mornings.MorningInfo | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not indexes:
            return None
        return self.model.morning(indexes[0].row())

    def _update_buttons(self) -> None:
        m = self.selected()
        for button in (self.edit_button, self.current_button, self.archive_button):
            button.setEnabled(m is not None)
        if m is not None:
            self.archive_button.setText(
                self.tr("Re&open") if m.status == "archived" else self.tr("&Archive")
            )

    def create_new(self) -> None:
        if not self.gate.allows("morning.create"):
            return
        saved = open_editor(self, None)
        if saved:
            self.refresh()
            self.select(saved)
            self.state.set_current_morning(saved)  # a new Morning is the one being prepared

    def edit(self, _index: QModelIndex | None = None) -> None:
        m = self.selected()
        if m is None or not self.gate.allows("morning.edit", m.id):
            return
        if open_editor(self, m):
            self.refresh()

    def make_current(self) -> None:
        m = self.selected()
        if m is not None:
            self.state.set_current_morning(m.id)

    def toggle_archive(self) -> None:
        m = self.selected()
        if m is None or not self.gate.allows("morning.archive", m.id):
            return
        ws, status = self.state.workspace, "open" if m.status == "archived" else "archived"
        # The list follows from the commit's change notice.
        run_write(self.state.jobs, lambda: mornings.set_status(ws, m.id, status), parent=self)
