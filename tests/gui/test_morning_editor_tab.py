"""Tab in the new-Morning form goes from field to field: it does not walk through the date's day,
month and year, nor type into the next field what was meant for the date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mornings_desktop.ui.mornings.editor import MorningEditor


def test_tab_leaves_the_date_and_times_at_once(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    editor = MorningEditor(ws, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.date.setFocus()
    qtbot.waitUntil(editor.date.hasFocus, timeout=2000)
    QTest.keyClick(editor.date, Qt.Key.Key_Tab)
    assert editor.start.hasFocus()
    QTest.keyClick(editor.start, Qt.Key.Key_Tab)
    assert editor.end.hasFocus()
    QTest.keyClick(editor.end, Qt.Key.Key_Tab)
    assert editor.venue.hasFocus()
    QTest.keyClicks(editor.venue, "Hyatt")
    assert editor.venue.text() == "Hyatt"
