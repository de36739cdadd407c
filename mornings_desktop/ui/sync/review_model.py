"""The Review list: one row per scan of a registration admitted more than once."""

from __future__ import annotations

from typing import Any

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.services.review import DuplicateAdmission, Scan
from mornings_desktop.ui.labels import label
from mornings_desktop.ui.table_model import Column, ColumnTableModel

_CTX = "DuplicatesModel"
Row = tuple[DuplicateAdmission, Scan]


class DuplicatesModel(ColumnTableModel[Row]):
    NAME, CODE, DESK, TIME, METHOD, STATE = range(6)
    ROW_ROLE = ColumnTableModel.IdRole  # (registration_id, checkin_id)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        at = _scan_at
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP(_CTX, "Name"),
                lambda r: r[0].name or self.tr("(erased)"),
                tooltip=at,
            ),
            Column(QT_TRANSLATE_NOOP(_CTX, "Code"), lambda r: r[0].code, tooltip=at),
            Column(QT_TRANSLATE_NOOP(_CTX, "Desk"), lambda r: r[1].desk_name, tooltip=at),
            Column(QT_TRANSLATE_NOOP(_CTX, "Time"), lambda r: r[1].local_time, tooltip=at),
            Column(
                QT_TRANSLATE_NOOP(_CTX, "How"), lambda r: label("method", r[1].method), tooltip=at
            ),
            Column(QT_TRANSLATE_NOOP(_CTX, "Review"), self._state, tooltip=at),
        )

    def _state(self, row: Row) -> str:
        return "✔ " + self.tr("kept") if row[1].confirmed else "? " + self.tr("to review")

    def set_items(self, items: list[DuplicateAdmission]) -> None:
        self.replace_rows([(item, scan) for item in items for scan in item.scans])

    def item_id(self, item: Row) -> tuple[str, str]:
        return (item[0].registration_id, item[1].checkin_id)

    def key(self, row: int) -> tuple[str, str] | None:
        if 0 <= row < len(self._rows):
            item, scan = self._rows[row]
            return item.registration_id, scan.checkin_id
        return None


def _scan_at(row: Row) -> str:
    return row[1].at
