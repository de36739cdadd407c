"""Item model of the agenda's sessions; edits go to a callback (the screen), never to the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mornings_desktop.services.agenda_rows import SessionRow
from mornings_desktop.ui.agenda.texts import kind_labels, role_labels

Index = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[SessionRow, int, str], bool]


class SessionsModel(QAbstractTableModel):
    START, DURATION, END, KIND, TITLE, ROOM, SPEAKERS, WARNINGS = range(8)
    EDITABLE = (START, DURATION, KIND, TITLE, ROOM)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []
        self._flags: dict[str, str] = {}  # session id -> warning symbol
        self.on_edit: EditHandler | None = None

    def set_rows(self, rows: list[SessionRow], flags: dict[str, str] | None = None) -> None:
        if rows == self._rows and (flags or {}) == self._flags:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._flags = dict(flags or {})
        self.endResetModel()

    def row_of(self, session_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == session_id:
                return i
        return -1

    def session(self, row: int) -> SessionRow:
        return self._rows[row]

    def sessions(self) -> list[SessionRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Start"),
            self.tr("Minutes"),
            self.tr("End"),
            self.tr("Kind"),
            self.tr("Title"),
            self.tr("Room"),
            self.tr("Speakers"),
            self.tr("Checks"),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == self.IdRole:
            return s.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.START:
                return s.start
            if col == self.DURATION:
                return str(s.duration_min) if role == Qt.ItemDataRole.EditRole else s.duration_min
            if col == self.END:
                return s.end
            if col == self.KIND:
                return kind_labels().get(s.kind, s.kind)
            if col == self.TITLE:
                return s.title
            if col == self.ROOM:
                return s.room
            if col == self.SPEAKERS:
                roles = role_labels()
                return ", ".join(
                    p.name + ("" if p.role == "speaker" else f" ({roles.get(p.role, p.role)})")
                    for p in s.speakers
                )
            if col == self.WARNINGS:
                return self._flags.get(s.id, "")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WARNINGS and s.id in self._flags:
            return self.tr("See the warnings panel")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            self.START,
            self.DURATION,
            self.END,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        if index.column() not in self.EDITABLE:
            return False
        return self.on_edit(self._rows[index.row()], index.column(), str(value))
