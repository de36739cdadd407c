"""The two dialogs of a session the table cannot edit in place: its speakers (with roles) and its
details. Each sits behind a small `ask_…` function that tests replace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.services import agenda, speakers
from mornings_desktop.services.agenda_rows import SessionRow
from mornings_desktop.ui.agenda.texts import kind_labels, role_labels


class SessionSpeakersDialog(QDialog):
    """Tick the speakers of a session and choose each one's role."""

    def __init__(
        self, directory: list[speakers.SpeakerInfo], current: SessionRow, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Speakers of “{title}”").format(title=current.title))
        booked = {p.speaker_id: p.role for p in current.speakers}
        self.table = QTableWidget(len(directory), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._ids = [s.id for s in directory]
        roles = role_labels()
        for row, s in enumerate(directory):
            item = QTableWidgetItem(f"{s.name} — {s.organisation}" if s.organisation else s.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.id in booked else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            for key in agenda.ROLES:
                combo.addItem(roles[key], key)
            combo.setCurrentIndex(agenda.ROLES.index(booked.get(s.id, "speaker")))
            self.table.setCellWidget(row, 1, combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def chosen(self) -> list[tuple[str, str]]:
        out = []
        for row, speaker_id in enumerate(self._ids):
            item = self.table.item(row, 0)
            combo = self.table.cellWidget(row, 1)
            checked = item is not None and item.checkState() == Qt.CheckState.Checked
            if checked and isinstance(combo, QComboBox):
                out.append((speaker_id, str(combo.currentData())))
        return out


class SessionDetailsDialog(QDialog):
    """The fields the table does not show: description and language (and the title, kind, room)."""

    def __init__(self, current: SessionRow, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session details"))
        self.kind = QComboBox()
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(agenda.KINDS.index(current.kind))
        self.title = QLineEdit(current.title)
        self.room = QLineEdit(current.room)
        self.language = QLineEdit(current.language)
        self.language.setPlaceholderText("fr, en, ar")
        self.description = QPlainTextEdit(current.description)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Room"), self.room)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Description"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {
            "kind": str(self.kind.currentData()),
            "title": self.title.text(),
            "room": self.room.text(),
            "language": self.language.text(),
            "description": self.description.toPlainText(),
        }


def ask_session_details(parent: QWidget, current: SessionRow) -> dict[str, str] | None:
    """The edited fields of a session, or None if cancelled. Tests replace this function."""
    dialog = SessionDetailsDialog(current, parent)
    return dialog.values() if dialog.exec() else None


def ask_session_speakers(
    parent: QWidget, directory: list[speakers.SpeakerInfo], current: SessionRow
) -> list[tuple[str, str]] | None:
    """The speakers (id, role) chosen for a session, or None if cancelled. Tests replace this."""
    dialog = SessionSpeakersDialog(directory, current, parent)
    return dialog.chosen() if dialog.exec() else None
