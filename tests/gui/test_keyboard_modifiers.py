"""The keyboard modifiers a QTest key click leaves held, and why GUI tests release them first
(`tests/gui/keys.release_modifiers`, run before every GUI test by `conftest.no_modifier_held`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView

from tests.gui.keys import release_modifiers

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_ctrl_shift_click_leaves_shift_held_until_released(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Still true with this Qt: the workaround is needed while this test passes."""
    field = QLineEdit()
    qtbot.addWidget(field)
    model = QStandardItemModel(3, 2)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.show()

    qtbot.keyClick(field, Qt.Key.Key_O, CTRL_SHIFT)  # as the operator test's Ctrl+Shift+O
    assert QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
    table.selectRow(0)
    assert table.selectionModel().selectedRows() == []  # "Shift held": nothing selected

    release_modifiers()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    table.selectRow(0)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
