"""The window's read-only lists: a table of whole rows, one column stretched, no row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
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
