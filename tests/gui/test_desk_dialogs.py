"""The Desks tab's questions on their own: the revocation time reads left to right in Arabic, and
Revoke waits for the desk's whole name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_revocation_time_reads_left_to_right_in_arabic(qtbot, right_to_left: None) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync.desk_dialogs import RevokeDialog

    dialog = RevokeDialog("Accueil 1", hub=True)
    qtbot.addWidget(dialog)
    assert dialog.isRightToLeft()
    dialog.when.setDateTime(QDateTime(QDate(2026, 11, 30), QTime(9, 40)))
    assert dialog.when.text() == "2026-11-30 09:40"


def test_revoke_waits_for_the_whole_name_and_gives_the_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync.desk_dialogs import RevokeDialog

    dialog = RevokeDialog("Accueil 1", hub=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.until() is None  # now
    qtbot.mouseClick(dialog.from_time, Qt.MouseButton.LeftButton)
    assert dialog.when.isEnabled()
    dialog.when.setDateTime(QDateTime(QDate(2026, 11, 30), QTime(9, 40)))
    until = dialog.until()
    assert until is not None and until.tzinfo is not None
    assert (until.year, until.month, until.day, until.hour, until.minute) == (2026, 11, 30, 9, 40)
    qtbot.keyClicks(dialog.confirm, "accueil 1")
    assert not dialog.ok_button.isEnabled()  # the name as it is
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "Accueil 1")
    assert dialog.ok_button.isEnabled()
