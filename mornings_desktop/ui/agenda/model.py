"""Item model of the agenda's sessions; edits go to a callback (the screen), never to the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.services.agenda_rows import SessionRow
from mornings_desktop.ui.agenda.texts import kind_labels, role_labels
from mornings_desktop.ui.table_model import Column, ColumnTableModel, Index

EditHandler = Callable[[SessionRow, int, str], bool]


_CTX = "SessionsModel"
CENTRE = Qt.AlignmentFlag.AlignCenter


class SessionsModel(ColumnTableModel[SessionRow]):
    START, DURATION, END, KIND, TITLE, ROOM, SPEAKERS, WARNINGS = range(8)
    EDITABLE = (START, DURATION, KIND, TITLE, ROOM)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._flags: dict[str, str] = {}  # session id -> warning symbol
        self.on_edit: EditHandler | None = None
        self.editable = True  # False where this desk's role may not change the agenda
        self.columns = (
            Column(QT_TRANSLATE_NOOP(_CTX, "Start"), lambda s: s.start, CENTRE),
            Column(QT_TRANSLATE_NOOP(_CTX, "Minutes"), lambda s: s.duration_min, CENTRE),
            Column(QT_TRANSLATE_NOOP(_CTX, "End"), lambda s: s.end, CENTRE),
            Column(QT_TRANSLATE_NOOP(_CTX, "Kind"), lambda s: kind_labels().get(s.kind, s.kind)),
            Column(QT_TRANSLATE_NOOP(_CTX, "Title"), lambda s: s.title),
            Column(QT_TRANSLATE_NOOP(_CTX, "Room"), lambda s: s.room),
            Column(QT_TRANSLATE_NOOP(_CTX, "Speakers"), _speakers_text),
            Column(
                QT_TRANSLATE_NOOP(_CTX, "Checks"),
                lambda s: self._flags.get(s.id, ""),
                tooltip=lambda s: (
                    self.tr("See the warnings panel") if s.id in self._flags else None
                ),
            ),
        )

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

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and index.isValid() and index.column() in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def extra_data(self, item: SessionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            if column == self.DURATION:
                return str(item.duration_min)
            return self.columns[column].value(item)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        if not self.editable or index.column() not in self.EDITABLE:
            return False
        return self.on_edit(self._rows[index.row()], index.column(), str(value))


def _speakers_text(s: SessionRow) -> str:
    roles = role_labels()
    return ", ".join(
        p.name + ("" if p.role == "speaker" else f" ({roles.get(p.role, p.role)})")
        for p in s.speakers
    )
