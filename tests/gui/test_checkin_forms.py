"""The desk's dialogs: walk-in form values, choosing a check-in to undo, scans caught in fields."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mornings_desktop.services import checkin, registrations
from mornings_desktop.ui.checkin.forms import RevertDialog, split_scan
from tests.gui.keys import type_text


def test_split_scan() -> None:
    assert split_scan("Sara52H4Q069HJEPRQ") == ("Sara", "52H4Q069HJEPRQ")
    assert split_scan("Sara Bennani") is None
    assert split_scan("") is None


def test_revert_dialog_offers_only_counting_checkins(qtbot, ws, demo_morning) -> None:  # type: ignore[no-untyped-def]
    row = registrations.list_registrations(ws, demo_morning)[0]
    first = checkin.admit(ws, demo_morning, row.id)
    assert first.checkin_id
    checkin.revert(ws, first.checkin_id, "mistake")
    second = checkin.admit(ws, demo_morning, row.id)
    dialog = RevertDialog(None, row.name, checkin.history(ws, row.id))
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert not (dialog.list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled)  # already undone
    type_text(dialog.reason, "left early")
    assert dialog.value() == (second.checkin_id, "left early")
