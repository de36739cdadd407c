"""`table_view.select_row`: a row made current and selected whole, left to right and right to
left (Arabic), shown or not: `QTableView.selectRow` selected nothing right to left once shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mornings_desktop.services import mornings
from mornings_desktop.ui.mornings.screen import MorningsScreen
from mornings_desktop.ui.table_view import row_table, select_row

DIRECTIONS = [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]


@pytest.mark.parametrize("direction", DIRECTIONS, ids=["ltr", "rtl"])
@pytest.mark.parametrize("shown", [False, True], ids=["hidden", "shown"])
def test_select_row_makes_it_current_and_selected(qtbot, direction, shown) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.setLayoutDirection(direction)
    model = QStandardItemModel(4, 3)
    for row in range(4):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"{row}-{column}"))
    table = row_table(model, 1)
    QVBoxLayout(window).addWidget(table)
    if shown:
        window.show()
        qtbot.waitExposed(window)
    select_row(table, 2)
    assert table.currentIndex().row() == 2
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    select_row(table, 1, 2)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 2)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
    select_row(table, 4)  # no such row: nothing changes
    select_row(table, -1)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]


def test_the_mornings_list_selects_the_current_morning_right_to_left(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    """In Arabic the list opened with nothing selected: Edit, Archive… stayed disabled."""
    first = mornings.create(state.workspace, mornings.MorningInput(title="Une", date="2026-11-05"))
    second = mornings.create(
        state.workspace, mornings.MorningInput(title="Deux", date="2026-12-10")
    )
    state.set_current_morning(second)
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    screen.show()
    qtbot.waitExposed(screen)
    screen.table.clearSelection()
    screen.refresh()
    chosen = screen.selected()
    assert chosen is not None and chosen.id == second
    screen.select(first)
    chosen = screen.selected()
    assert chosen is not None and chosen.id == first
