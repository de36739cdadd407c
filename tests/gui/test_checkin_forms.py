"""The desk's dialogs: walk-in form values, choosing a check-in to undo, scans caught in fields."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mornings_desktop import codes
from mornings_desktop.services import checkin, registrations
from mornings_desktop.ui.checkin.forms import RevertDialog, WalkInDialog, split_scan
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


def test_split_scan_keeps_the_name_before_a_code_typed_on_azerty() -> None:
    """A US scanner on AZERTY types "6" as "-": the name before the code keeps its last letter
    (the 15-character tail "i-(R&…" was taken, "-" being read as a group separator)."""
    mangled = codes.mangle_azerty("65R1GTZDCZ8DH5")
    assert mangled == "-(R&GTWDCW_DH("
    assert split_scan("Yasmine Tounsi" + mangled) == ("Yasmine Tounsi", mangled)
    assert split_scan("Xavier Quenum" + mangled) == ("Xavier Quenum", mangled)
    assert split_scan("Sara S2SV-9EBR-KNC6-FB") == ("Sara ", "S2SV-9EBR-KNC6-FB")  # by hand
    assert split_scan(mangled) == ("", mangled)


def test_a_code_scanned_into_the_walk_in_name_on_azerty_leaves_the_name(  # type: ignore[no-untyped-def]
    qtbot, ws, demo_morning
) -> None:
    scanned: list[str] = []
    dialog = WalkInDialog(None, ws, demo_morning, "Yasmine Tounsi", on_scan=scanned.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.name.setFocus()
    dialog.form.name.end(False)
    type_text(dialog.form.name, "-(R&GTWDCW_DH(", enter=True)
    assert scanned == ["-(R&GTWDCW_DH("]
    assert dialog.form.name.text() == "Yasmine Tounsi"


def test_a_long_name_is_not_taken_for_a_scan() -> None:
    assert split_scan("Abderrahmanemo") is None
    assert split_scan("Fatima-Zahra Abderrahmanemo") is None
