"""Item model of the Mornings list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from mornings_desktop.services.mornings import MorningInfo
from mornings_desktop.ui.labels import isolate, time_range

Index = QModelIndex | QPersistentModelIndex


class MorningsModel(QAbstractTableModel):
    DATE, TITLE, VENUE, REGISTERED, CHECKED_IN, STATUS = range(6)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MorningInfo] = []
        self.current_id = ""

    def set_rows(self, rows: list[MorningInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_current(self, morning_id: str) -> None:
        self.current_id = morning_id
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.STATUS))

    def row_of(self, morning_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == morning_id:
                return i
        return -1

    def morning(self, row: int) -> MorningInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Venue"),
            self.tr("Registered"),
            self.tr("Checked in"),
            self.tr("Status"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DATE:
                return f"{isolate(m.date)}  {time_range(m.start_time, m.end_time)}"
            if col == self.TITLE:
                return ("★ " if m.id == self.current_id else "") + m.title
            if col == self.VENUE:
                return m.venue
            if col == self.REGISTERED:
                return m.registered
            if col == self.CHECKED_IN:
                return m.checked_in
            if col == self.STATUS:
                return {
                    "open": self.tr("Open"),
                    "draft": self.tr("Draft"),
                    "archived": self.tr("Archived"),
                }.get(m.status, m.status)
        if role == Qt.ItemDataRole.FontRole and m.id == self.current_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TITLE:
            return m.theme or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.REGISTERED, self.CHECKED_IN):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == self.IdRole:
            return m.id
        return None
