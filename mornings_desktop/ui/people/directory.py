"""The directory across Mornings: find people, review duplicate suggestions, merge, erase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.services import people
from mornings_desktop.ui.dialogs import ask_yes_no, show_error
from mornings_desktop.ui.people.model import DirectoryModel
from mornings_desktop.ui.role_gate import RoleGate
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.table_view import row_table
from mornings_desktop.ui.writes import run_write


def confirm_erase(parent: QWidget, name: str) -> bool:
    return ask_yes_no(
        parent,
        QCoreApplication.translate("people", "Erase a person"),
        QCoreApplication.translate(
            "people",
            "Erase {name} for good? Their name and contact details are removed from this "
            "desk and, after sync, from every desk. Attendance counts stay, anonymous. "
            "This cannot be undone.",
        ).format(name=name),
    )


def confirm_merge(parent: QWidget, names: list[str], into: str) -> bool:
    return ask_yes_no(
        parent,
        QCoreApplication.translate("people", "Merge people"),
        QCoreApplication.translate(
            "people", "Merge {names} into {into}? You can un-merge later."
        ).format(names=", ".join(names), into=into),
    )


class DirectoryView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = DirectoryModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search the directory (name, organisation, e-mail…)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_query)
        self.show_merged = QCheckBox(self.tr("Show &merged people"))
        self.show_merged.toggled.connect(lambda _c: self.refresh())
        self.table = row_table(self.model, DirectoryModel.ORGANISATION, many=True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for column, width in ((0, 240), (2, 260), (3, 140), (4, 90), (5, 90)):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Directory"))
        self.merge_button = QPushButton(self.tr("Mer&ge selected"))
        self.unmerge_button = QPushButton(self.tr("&Un-merge"))
        self.erase_button = QPushButton(self.tr("&Erase…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.gate = RoleGate.of(state.workspace)  # merging is an organiser desk's
        self.gate.hold("person.merge", self.merge_button)
        self.gate.hold("person.unmerge", self.unmerge_button)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Duplicate suggestions"))
        self.suggestions.itemActivated.connect(self._select_suggestion)
        self.suggestions.itemClicked.connect(self._select_suggestion)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_merged)
        buttons = QHBoxLayout()
        for b in (self.merge_button, self.unmerge_button, self.erase_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(
            self.tr(
                "Possible duplicates (same name, different contact details): check, then merge."
            )
        )
        label.setWordWrap(True)
        lower_layout.addWidget(label)
        lower_layout.addWidget(self.suggestions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setSizes([500, 140])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Reading the whole directory and its duplicate suggestions takes seconds with 20,000
        # people: do it when the tab is first shown, not while the window opens.
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        ws = self.state.workspace
        self.model.set_rows(people.list_people(ws, include_merged=self.show_merged.isChecked()))
        self.suggestions.clear()
        for suggestion in people.duplicate_suggestions(ws):
            item = QListWidgetItem(
                self.tr("{name} — %n people", "", len(suggestion.person_ids)).format(
                    name=suggestion.name
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, list(suggestion.person_ids))
            self.suggestions.addItem(item)
        self._update_buttons()

    def selected(self) -> list[people.PersonRow]:
        model = self.table.selectionModel()
        rows = sorted(i.row() for i in model.selectedRows()) if model else []
        return [self.model.person(r) for r in rows]

    def select_people(self, person_ids: list[str]) -> None:
        self.search.clear()
        self.table.clearSelection()
        flag = self.table.selectionModel().SelectionFlag
        for pid in person_ids:
            row = self.model.row_of(pid)
            if row >= 0:
                self.table.selectionModel().select(
                    self.model.index(row, 0), flag.Select | flag.Rows
                )

    def _select_suggestion(self, item: QListWidgetItem) -> None:
        self.select_people(list(item.data(Qt.ItemDataRole.UserRole)))

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.merge_button.setEnabled(len(chosen) >= 2)
        self.unmerge_button.setEnabled(len(chosen) == 1 and bool(chosen[0].merged_into))
        self.erase_button.setEnabled(len(chosen) == 1 and not chosen[0].erased)

    def merge_selected(self) -> None:
        chosen = [p for p in self.selected() if not p.merged_into]
        if len(chosen) < 2 or not self.gate.allows("person.merge"):
            return
        # The survivor is the one with the longest history.
        chosen.sort(key=lambda p: (-p.registrations, p.id))
        into, others = chosen[0], chosen[1:]
        if not confirm_merge(self, [p.name for p in others], into.name):
            return
        ws = self.state.workspace

        def merge() -> None:
            for person in others:
                people.merge(ws, person.id, into.id)

        self._write(merge)

    def unmerge_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or not self.gate.allows("person.unmerge"):
            return
        ws = self.state.workspace
        self._write(lambda: people.unmerge(ws, chosen[0].id))

    def _write(self, work: Callable[[], object]) -> None:
        """In a job; the directory shows the result once it is on disk (or what is, if refused)."""
        run_write(
            self.state.jobs,
            work,
            on_done=lambda _r: self.refresh(),
            on_error=self._refused,
            parent=self,
        )

    def _refused(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()  # a merge of three may have done the first before the second was refused

    def erase_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or not confirm_erase(self, chosen[0].name):
            return
        # Everywhere (log, WAL, backups), or a request on a door desk: ui/people/erasure_dialog.py
        from mornings_desktop.ui.people.erasure_dialog import erase_or_request  # when asked

        erase_or_request(
            self,
            self.state.jobs,
            self.state.workspace,
            chosen[0].id,
            confirmed=True,
            on_report=self.state.status_message.emit,
            on_done=self.refresh,
        )
