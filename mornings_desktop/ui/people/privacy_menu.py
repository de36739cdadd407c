"""The People screen's Privacy menu: erase (or request erasure of) the selected person, the
erasure requests of door desks, a person's data (access), and the Log."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.ui.dialogs import show_error, show_info
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.writes import run_write


def privacy_menu(
    parent: QWidget, state: AppState, selected: Callable[[], Sequence[RegistrationRow]]
) -> QMenu:
    menu = QMenu(parent)

    def person_id() -> str | None:
        rows = selected()
        if len(rows) != 1 or not rows[0].person_id:
            show_info(
                parent, QCoreApplication.translate("privacy_menu", "Select one registration first.")
            )
            return None
        return rows[0].person_id

    # The dialogs and the record's PDF (reportlab) are imported when asked for, not while the
    # People page is built (a fifth of a second of its first show at 50k under load).
    def erase() -> None:
        from mornings_desktop.ui.people.erasure_dialog import erase_or_request

        pid = person_id()
        if pid:  # the lists follow from the commit's change notice
            erase_or_request(parent, state.jobs, state.workspace, pid)

    def export() -> None:
        from mornings_desktop.services import person_access
        from mornings_desktop.ui.passphrase_gate import passphrase_ok

        pid = person_id()
        if not pid or not passphrase_ok(parent, state.workspace):
            return
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("privacy_menu", "Everything held about this person"),
            "",
            "PDF (*.pdf);;JSON (*.json)",
        )
        if not name:
            return
        ws = state.workspace
        # The file is written (and synced to disk) in a job; said once it is there.
        run_write(
            state.jobs,
            lambda: person_access.export_record(ws, pid, Path(name)),
            on_done=lambda path: show_info(
                parent,
                QCoreApplication.translate("privacy_menu", "Written to {path}.").format(path=path),
            ),
            on_error=lambda exc: show_error(parent, exc),
            parent=parent,
        )

    menu.addAction(QCoreApplication.translate("privacy_menu", "&Erase the selected person…"), erase)
    menu.addAction(QCoreApplication.translate("privacy_menu", "&What we hold about them…"), export)
    menu.addAction(
        QCoreApplication.translate("privacy_menu", "Erasure &requests…"),
        lambda: requests_dialog(state, parent),
    )
    menu.addAction(
        QCoreApplication.translate("privacy_menu", "&Log…"),
        lambda: log_dialog(state, parent),
    )
    return menu


def requests_dialog(state: AppState, parent: QWidget) -> None:
    from mornings_desktop.ui.people.erasure_dialog import RequestsDialog

    RequestsDialog(state.workspace, parent, jobs=state.jobs).exec()


def log_dialog(state: AppState, parent: QWidget) -> None:
    from mornings_desktop.ui.log_dialog import open_log  # the operation log (oplog): when asked

    open_log(parent, state.workspace)
