"""The window's read-only lists: a table of whole rows, one column stretched, no row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def row_table(
    model: QAbstractItemModel, stretch: int, *, many: bool = False, parent: QWidget | None = None
) -> QTableView:
    """A table of `model` whose rows are chosen whole (one, or `many` with Shift/Ctrl), never
    edited in place, without row numbers, its column `stretch` taking the width left."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if many
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def select_row(table: QTableView, row: int, column: int = 0) -> None:
    """Make `row` the current row, selected whole. Not `QTableView.selectRow`: right to left
    (Arabic) it takes the column under the viewport's right edge, and on a table laid out it
    found none: nothing was selected nor current (the desk's Enter admitted nobody)."""
    model = table.model()
    selection = table.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    selection.setCurrentIndex(
        model.index(row, column),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
