"""Item model of the Mornings list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.services.mornings import MorningInfo
from mornings_desktop.ui.labels import long_date, time_range
from mornings_desktop.ui.table_model import TRAILING, Column, ColumnTableModel

_CTX = "MorningsModel"


class MorningsModel(ColumnTableModel[MorningInfo]):
    DATE, TITLE, VENUE, REGISTERED, CHECKED_IN, STATUS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.current_id = ""
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP(_CTX, "Date"),
                # In words (10 décembre 2026); the rows keep the service's order, by the date.
                lambda m: f"{long_date(m.date)}  {time_range(m.start_time, m.end_time)}",
            ),
            Column(
                QT_TRANSLATE_NOOP(_CTX, "Title"),
                lambda m: ("★ " if m.id == self.current_id else "") + m.title,
                tooltip=lambda m: m.theme,
            ),
            Column(QT_TRANSLATE_NOOP(_CTX, "Venue"), lambda m: m.venue),
            Column(QT_TRANSLATE_NOOP(_CTX, "Registered"), lambda m: m.registered, TRAILING),
            Column(QT_TRANSLATE_NOOP(_CTX, "Checked in"), lambda m: m.checked_in, TRAILING),
            Column(QT_TRANSLATE_NOOP(_CTX, "Status"), self._status),
        )

    def _status(self, m: MorningInfo) -> str:
        return {
            "open": self.tr("Open"),
            "draft": self.tr("Draft"),
            "archived": self.tr("Archived"),
        }.get(m.status, m.status)

    def set_rows(self, rows: list[MorningInfo]) -> None:
        self.replace_rows(rows)

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

    def extra_data(self, item: MorningInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and item.id == self.current_id:
            font = QFont()
            font.setBold(True)
            return font
        return None
