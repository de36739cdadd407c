"""Search results at the desk: one row per registration found."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ui.labels import label
from mornings_desktop.ui.table_model import Column, ColumnTableModel

_CTX = "HitsModel"


class HitsModel(ColumnTableModel[Any]):
    NAME, ORGANISATION, CATEGORY, PRESENCE = range(4)
    HIT_ROLE = ColumnTableModel.IdRole  # the hit itself

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(QT_TRANSLATE_NOOP(_CTX, "Name"), lambda hit: hit.name),
            Column(QT_TRANSLATE_NOOP(_CTX, "Organisation"), lambda hit: hit.organisation),
            Column(QT_TRANSLATE_NOOP(_CTX, "Category"), self._category),
            Column(
                QT_TRANSLATE_NOOP(_CTX, "Arrived"),
                lambda hit: ("✔ " + (hit.arrival or "")[11:16]) if hit.checked_in else "—",
            ),
        )

    def _category(self, hit: Any) -> str:
        return (
            label("category", str(hit.category))
            if hit.status != "cancelled"
            else self.tr("cancelled")
        )

    def set_hits(self, hits: list[Any]) -> None:
        self.replace_rows(hits)

    @property
    def hits(self) -> list[Any]:
        """The hits shown, in order."""
        return list(self._rows)

    def item_id(self, item: Any) -> Any:
        return item

    def extra_data(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.columns[column].value(item)
        return None
