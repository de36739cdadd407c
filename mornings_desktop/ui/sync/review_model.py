"""The Review list: one row per scan of a registration admitted more than once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mornings_desktop.services.review import DuplicateAdmission, Scan
from mornings_desktop.ui.labels import label

Index = QModelIndex | QPersistentModelIndex


class DuplicatesModel(QAbstractTableModel):
    NAME, CODE, DESK, TIME, METHOD, STATE = range(6)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # (registration_id, checkin_id)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[DuplicateAdmission, Scan]] = []

    def set_items(self, items: list[DuplicateAdmission]) -> None:
        self.beginResetModel()
        self._rows = [(item, scan) for item in items for scan in item.scans]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Code"),
            self.tr("Desk"),
            self.tr("Time"),
            self.tr("How"),
            self.tr("Review"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, scan = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return (item.registration_id, scan.checkin_id)
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.NAME:
                return item.name or self.tr("(erased)")
            if column == self.CODE:
                return item.code
            if column == self.DESK:
                return scan.desk_name
            if column == self.TIME:
                return scan.local_time
            if column == self.METHOD:
                return label("method", scan.method)
            if column == self.STATE:
                return "✔ " + self.tr("kept") if scan.confirmed else "? " + self.tr("to review")
        if role == Qt.ItemDataRole.ToolTipRole:
            return scan.at
        return None

    def key(self, row: int) -> tuple[str, str] | None:
        if 0 <= row < len(self._rows):
            item, scan = self._rows[row]
            return item.registration_id, scan.checkin_id
        return None
