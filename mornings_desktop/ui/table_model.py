"""One base for the table models: a model declares its columns, the base answers Qt.

A `Column` holds its header (marked with `QT_TRANSLATE_NOOP("<ModelClass>", "…")`, translated in
the model's own context, so each model keeps its translations), the value shown, an alignment,
an optional tool tip and an optional sort key. `ColumnTableModel` implements `rowCount`,
`columnCount`, `headerData` and `data` from them; a model adds other roles in `extra_data` and
shows a subset or another order of its rows by overriding `visible_count` / `item`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

LEADING = Qt.AlignmentFlag.AlignLeading
TRAILING = Qt.AlignmentFlag.AlignTrailing
DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: header text (untranslated), value shown, alignment, tool tip, sort key."""

    header: str
    value: Callable[[R], Any]
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[R], Any] | None = None
    sort_key: Callable[[R], Any] | None = None


class ColumnTableModel(QAbstractTableModel, Generic[R]):
    """A flat table of rows of type R, one `Column` per column; `IdRole` gives a row's id."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self.columns: Sequence[Column[R]] = ()

    @property
    def tr_context(self) -> str:
        """The translation context of the headers: the model's class name, like `self.tr`."""
        return type(self).__name__

    # -- rows --------------------------------------------------------------------------------------
    def replace_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def visible_count(self) -> int:
        return len(self._rows)

    def item(self, row: int) -> R:
        return self._rows[row]

    def item_id(self, item: R) -> Any:
        return getattr(item, "id", None)

    def extra_data(self, item: R, column: int, role: int) -> Any:
        """Roles beyond display, alignment, tool tip and id; None by default."""
        return None

    # -- Qt ----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.visible_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return QCoreApplication.translate(self.tr_context, self.columns[section].header)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.visible_count():
            return None
        column = index.column()
        if not 0 <= column < len(self.columns):
            return None
        item = self.item(index.row())
        spec = self.columns[column]
        if role == DISPLAY:
            return spec.value(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if spec.align is None:
                return None
            return int(spec.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and spec.tooltip is not None:
            return spec.tooltip(item) or None
        if role == self.IdRole:
            return self.item_id(item)
        return self.extra_data(item, column, role)
