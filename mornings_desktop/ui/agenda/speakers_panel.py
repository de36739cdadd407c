"""The Speakers sub-tab: the directory with search, add, edit, photo and merge."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.services import speakers
from mornings_desktop.services.speakers import SpeakerInfo, SpeakerInput
from mornings_desktop.ui.dialogs import ask_yes_no, show_error
from mornings_desktop.ui.folders import in_documents
from mornings_desktop.ui.role_gate import RoleGate
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.table_model import Column, ColumnTableModel
from mornings_desktop.ui.table_view import row_table
from mornings_desktop.ui.writes import run_write, save_then_accept

Index = QModelIndex | QPersistentModelIndex


_CTX = "SpeakersModel"


class SpeakersModel(ColumnTableModel[SpeakerInfo]):
    NAME, TITLE, ORGANISATION, EMAIL, LANGUAGES, PHOTO = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(QT_TRANSLATE_NOOP(_CTX, "Name"), lambda s: s.name),
            Column(QT_TRANSLATE_NOOP(_CTX, "Title"), lambda s: s.title),
            Column(QT_TRANSLATE_NOOP(_CTX, "Organisation"), lambda s: s.organisation),
            Column(QT_TRANSLATE_NOOP(_CTX, "E-mail"), lambda s: s.email),
            Column(QT_TRANSLATE_NOOP(_CTX, "Languages"), lambda s: s.languages),
            Column(
                QT_TRANSLATE_NOOP(_CTX, "Photo"), lambda s: self.tr("yes") if s.has_photo else ""
            ),
        )

    def set_rows(self, rows: list[SpeakerInfo]) -> None:
        self.replace_rows(rows)

    def speaker(self, row: int) -> SpeakerInfo:
        return self._rows[row]

    def row_of(self, speaker_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == speaker_id), -1)

    def item_id(self, item: SpeakerInfo) -> Any:
        return None  # the speakers table never had an id role


class SpeakerEditor(QDialog):
    """Name, title, organisation, bio, e-mail, phone, languages; saving validates in the service."""

    def __init__(self, ws: Any, speaker: SpeakerInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.speaker = speaker
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Speaker"))
        self.name = QLineEdit(speaker.name if speaker else "")
        self.title = QLineEdit(speaker.title if speaker else "")
        self.organisation = QLineEdit(speaker.organisation if speaker else "")
        self.email = QLineEdit(speaker.email if speaker else "")
        self.phone = QLineEdit(speaker.phone if speaker else "")
        self.languages = QLineEdit(speaker.languages if speaker else "fr")
        self.bio = QPlainTextEdit(speaker.bio if speaker else "")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Languages (fr,en,ar)"), self.languages)
        form.addRow(self.tr("&Bio"), self.bio)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def data(self) -> SpeakerInput:
        return SpeakerInput(
            name=self.name.text(),
            title=self.title.text(),
            organisation=self.organisation.text(),
            bio=self.bio.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
            languages=self.languages.text(),
        )

    def save(self) -> None:
        """Saved in a job; the dialog closes only once the speaker is on disk."""
        ws, speaker, data = self.ws, self.speaker, self.data()

        def work() -> str:
            if speaker is None:
                return speakers.create(ws, data, namesake=True)
            speakers.update(ws, speaker.id, data)
            return speaker.id

        def saved(speaker_id: str) -> None:
            self.saved_id = speaker_id

        save_then_accept(
            self, work, on_saved=saved, on_problem=lambda t: self.error.setText("✖ " + t)
        )


def open_speaker_editor(parent: QWidget, ws: Any, speaker: SpeakerInfo | None) -> str | None:
    """Show the speaker editor; returns the saved id or None. Tests replace this function."""
    editor = SpeakerEditor(ws, speaker, parent)
    return editor.saved_id if editor.exec() else None


def ask_photo_file(parent: QWidget) -> str | None:
    """Ask for a photo file; None when cancelled. Tests replace this function."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SpeakersPanel", "Choose a photo"),
        in_documents(),
        QCoreApplication.translate("SpeakersPanel", "Images (*.png *.jpg *.jpeg)"),
    )
    return path or None


class SpeakersPanel(QWidget):
    speakers_changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = SpeakersModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, organisation, title or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.table = row_table(self.model, SpeakersModel.NAME, many=True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.new_button = QPushButton(self.tr("&New speaker…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.photo_button = QPushButton(self.tr("&Photo…"))
        self.merge_button = QPushButton(self.tr("&Merge the two selected"))
        self.new_button.clicked.connect(self.create_new)
        self.edit_button.clicked.connect(self.edit)
        self.photo_button.clicked.connect(self.choose_photo)
        self.merge_button.clicked.connect(self.merge_selected)
        self.gate = RoleGate.of(state.workspace)  # speakers are an organiser desk's to change
        self.gate.hold(
            "speaker.edit", self.new_button, self.edit_button, self.photo_button, self.merge_button
        )
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.photo_button, self.merge_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        ws = self.state.workspace
        text = self.search.text().strip()
        self.model.set_rows(speakers.search(ws, text) if text else speakers.list_speakers(ws))
        self._update_buttons()

    def selected(self) -> list[SpeakerInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.speaker(r) for r in rows]

    def _update_buttons(self) -> None:
        n = len(self.selected())
        self.edit_button.setEnabled(n == 1)
        self.photo_button.setEnabled(n == 1)
        self.merge_button.setEnabled(n == 2)

    def create_new(self) -> None:
        if self.gate.allows("speaker.edit") and open_speaker_editor(
            self, self.state.workspace, None
        ):
            self.refresh()
            self.speakers_changed.emit()

    def edit(self) -> None:
        chosen = self.selected()
        if not self.gate.allows("speaker.edit"):
            return
        if len(chosen) == 1 and open_speaker_editor(self, self.state.workspace, chosen[0]):
            self.refresh()
            self.speakers_changed.emit()

    def choose_photo(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        path = ask_photo_file(self)
        if path is None:
            return
        ws = self.state.workspace
        self._write(lambda: speakers.set_photo(ws, chosen[0].id, path))

    def merge_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 2:
            return
        keep, other = chosen
        question = self.tr("Keep “{keep}” and merge “{other}” into it? Their sessions move too.")
        if not ask_yes_no(
            self, self.tr("Merge speakers"), question.format(keep=keep.name, other=other.name)
        ):
            return
        ws = self.state.workspace
        self._write(lambda: speakers.merge(ws, keep.id, other.id))

    def _write(self, work: Callable[[], object]) -> None:
        """In a job; the list (and the programme's speakers) follow once it is on disk."""

        def done(_result: object) -> None:
            self.refresh()
            self.speakers_changed.emit()

        run_write(
            self.state.jobs,
            work,
            on_done=done,
            on_error=lambda exc: show_error(self, exc),
            parent=self,
        )
