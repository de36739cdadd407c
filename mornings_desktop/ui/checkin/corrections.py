"""Corrections at the desk: undo this desk's last check-in, undo one from a person's history (with
a reason), and register a walk-in. Their writes run on the desk's writer thread (`desk_writer`).
The dialogs sit behind `ask_walk_in` and `ask_revert` (tests
replace them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from mornings_desktop import codes
from mornings_desktop.errors import UserError
from mornings_desktop.services import checkin
from mornings_desktop.services.checkin import CheckInRow
from mornings_desktop.ui.checkin.desk_writer import run_off_ui
from mornings_desktop.ui.checkin.forms import RevertDialog, WalkInDialog
from mornings_desktop.ui.checkin.hits_model import HitsModel
from mornings_desktop.ui.dialogs import show_error
from mornings_desktop.ui.labels import isolate

if TYPE_CHECKING:
    from mornings_desktop.ui.checkin.screen import CheckinScreen


def ask_walk_in(screen: CheckinScreen, morning_id: str, name: str) -> str | None:
    """The walk-in form; the new registration's id once saved, None if cancelled. What became of
    corrections to a chosen regular is left in `screen.walk_in_notice` (the dialog closes)."""
    dialog = WalkInDialog(
        screen, screen.state.workspace, morning_id, name, on_scan=screen.scan_from_dialog
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    screen.walk_in_notice = dialog.form.notice
    return dialog.registration_id


def ask_revert(
    screen: CheckinScreen, name: str, rows: list[checkin.CheckInRow]
) -> tuple[str, str] | None:
    """Choose a check-in of a person to undo and give a reason; None if cancelled."""
    dialog = RevertDialog(screen, name, rows, on_scan=screen.scan_from_dialog)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def undo_last(screen: CheckinScreen) -> None:
    """Ctrl+Z: undo the desk's latest arrival. Once it undid one, going further back (an older
    arrival, a walk-in made minutes ago) names that person and asks first."""
    desk = screen.desk
    if desk is None:
        return
    reason = QCoreApplication.translate("CheckinScreen", "undo at the desk")
    try:
        if not screen.undid_last:
            row = run_off_ui(desk.undo_last, reason)
        else:
            older = desk.last_admission()  # a read
            if older is not None and not _asked(screen, older):
                return
            row = None if older is None else run_off_ui(checkin.revert, desk.ws, older.id, reason)
    except UserError as exc:
        show_error(screen, exc)
        return
    if row is None:
        screen.say(QCoreApplication.translate("CheckinScreen", "Nothing to undo at this desk."))
        return
    screen.show_undone(_name_of(screen, row.registration_id), row.at)


def _asked(screen: CheckinScreen, older: CheckInRow) -> bool:
    """Whether the desk person wants the arrival before the one just undone undone too."""
    answer = QMessageBox.question(
        screen,
        QCoreApplication.translate("CheckinScreen", "Undo an earlier arrival"),
        QCoreApplication.translate(
            "CheckinScreen",
            "The last arrival was undone already. Undo the arrival of {name} at {time} too?",
        ).format(name=isolate(_name_of(screen, older.registration_id)), time=older.at[11:16]),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _name_of(screen: CheckinScreen, registration_id: str) -> str:
    last = screen.last
    if last is not None and last.registration_id == registration_id:
        return last.name
    desk = screen.desk
    if desk is None:
        return ""
    from mornings_desktop.services.registrations import list_registrations

    return next(
        (
            r.name
            for r in list_registrations(screen.state.workspace, desk.morning_id)
            if r.id == registration_id
        ),
        "",
    )


def chosen_registration(screen: CheckinScreen) -> tuple[str, str] | None:
    index = screen.table.currentIndex()
    if screen.table.isVisible() and index.isValid():
        hit = screen.hits.data(index, HitsModel.HIT_ROLE)
        return hit.registration_id, hit.name
    if screen.last is not None and screen.last.registration_id:
        return screen.last.registration_id, screen.last.name
    return None


def undo_from_history(screen: CheckinScreen) -> None:
    chosen = chosen_registration(screen)
    if chosen is None:
        screen.say(
            QCoreApplication.translate(
                "CheckinScreen", "Find the person first (type their name), then open their history."
            )
        )
        return
    registration_id, name = chosen
    rows = checkin.history(screen.state.workspace, registration_id)
    if not any(not r.reverted for r in rows):
        screen.say(
            QCoreApplication.translate("CheckinScreen", "{name} has no check-in to undo.").format(
                name=name
            )
        )
        return
    answer = ask_revert(screen, name, rows)
    if answer is None:
        return
    checkin_id, reason = answer
    try:
        row = run_off_ui(
            checkin.revert,
            screen.state.workspace,
            checkin_id,
            reason or QCoreApplication.translate("CheckinScreen", "undone from history"),
        )
    except UserError as exc:
        show_error(screen, exc)
        return
    screen.input.clear()
    screen.table.setVisible(False)
    screen.show_undone(name, row.at)


def register_walk_in(screen: CheckinScreen) -> None:
    if screen.desk is None:
        return
    text = screen.input.text()
    screen.walk_in_notice = ""
    registration_id = ask_walk_in(
        screen, screen.desk.morning_id, "" if codes.looks_like_code(text) else text.strip()
    )
    if registration_id is None:
        return
    screen.input.clear()
    screen.table.setVisible(False)
    screen.show_result(run_off_ui(screen.desk.admit, registration_id, "walk-in"))
    if screen.walk_in_notice:  # corrections to a regular: where they were saved, in one sentence
        badge = screen.panel.note.text()
        screen.panel.show_note("\n".join(t for t in ("ℹ " + screen.walk_in_notice, badge) if t))


def ask_flags(screen: CheckinScreen, registration_id: str) -> bool:
    """The flags-and-note dialog (tests drive it); True once saved."""
    from mornings_desktop.services import registrations
    from mornings_desktop.ui.checkin.flags_dialog import DoorFlagsDialog

    row = registrations.get_registration(screen.state.workspace, registration_id)
    dialog = DoorFlagsDialog(screen.state.workspace, row, screen, on_scan=screen.scan_from_dialog)
    return dialog.exec() == QDialog.DialogCode.Accepted


def edit_flags(screen: CheckinScreen) -> None:
    """Ctrl+E: the flags and note of the person on screen, or of the one chosen in the list."""
    chosen = chosen_registration(screen)
    if chosen is None:
        screen.say(
            QCoreApplication.translate(
                "CheckinScreen",
                "Find the person first (type their name), then Ctrl+E for their flags.",
            )
        )
        return
    registration_id, name = chosen
    if ask_flags(screen, registration_id):
        _show_saved_flags(screen, registration_id)
        screen.say(
            QCoreApplication.translate("CheckinScreen", "Flags and note of {name} saved.").format(
                name=name
            )
        )
    screen.input.setFocus()


def _show_saved_flags(screen: CheckinScreen, registration_id: str) -> None:
    """The person on screen shows the flags and note just saved (the band kept the old ones)."""
    from dataclasses import replace

    from mornings_desktop.services import registrations
    from mornings_desktop.services.scan_result import attention_of

    last = screen.last
    if (
        last is None
        or last.registration_id != registration_id
        or screen.panel.result != last.result
    ):
        return
    row = registrations.get_registration(screen.state.workspace, registration_id)
    note = (row.note or "").strip()
    updated = replace(
        last, note=note, flags=row.flags, attention=attention_of(last.category, note, row.flags)
    )
    screen.last = updated
    screen.panel.show_result(updated)
