"""Export the recovery key from the window: what `mornings org recovery-key -o FILE` does, with the
same refusals and warnings (DESIGN §6 "Keys"; `sync/recovery.py`).

Offered on an organiser desk that holds the organisation key and never exported it: by the banner
(`recovery_banner.py`) and in Settings. The file name is asked first (an existing file is refused:
a recovery key file is never overwritten), then the organisation key is opened here, on the
window's thread (its passphrase may be asked in a dialog), then the recovery file's passphrase,
twice. The file is written (owner-only, 0600) in a job, off the window's thread; the person is
told where, and to keep it away from this computer with its passphrase apart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from mornings_desktop.errors import UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services import desk_role
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import recovery
from mornings_desktop.ui.dialogs import show_error, show_info
from mornings_desktop.ui.folders import in_documents
from mornings_desktop.ui.org_passphrase import PassphraseDialog
from mornings_desktop.ui.state import AppState

FILE_NAME = "recovery.mornings-key"


def offered(ws: Workspace, holds_org_key: bool) -> bool:
    """Reads only: an organiser desk holding the organisation key that never exported it
    (checked at each status refresh: an export from the command line hides the offer too)."""
    return holds_org_key and recovery.exported_at(ws) is None and desk_role.desk_role(ws) != "door"


def ask_output(parent: QWidget) -> Path | None:
    """Where to write the recovery key; None if the person cancelled. Tests replace this."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("recovery", "Export the recovery key"),
        in_documents(FILE_NAME),
        QCoreApplication.translate("recovery", "Mornings recovery keys (*.mornings-key)"),
    )
    return Path(name) if name else None


def ask_passphrase(parent: QWidget, path: Path) -> str | None:
    dialog = PassphraseDialog(
        True,
        path.name,
        parent,
        title=QCoreApplication.translate("recovery", "Recovery key"),
        intro=QCoreApplication.translate(
            "recovery",
            "Choose the passphrase of the recovery key file %1. Keep the file and its passphrase "
            "apart, away from this computer (a safe, a second USB stick): with both, anyone can "
            "replace the organisation key.",
        ).replace("%1", f"\u2066{path.name}\u2069"),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.phrase.text()


def export(parent: QWidget, state: AppState, on_exported: Callable[[], None]) -> None:
    """The whole action: file name, organisation key, passphrase, then the file in a job."""
    ws = state.workspace
    path = ask_output(parent)
    if path is None:
        return
    try:
        recovery.check_exportable(ws, path, again=False)
        recovery.organiser_key(ws)  # here: its passphrase may be asked in a dialog
    except UserError as exc:
        show_error(parent, exc)
        return
    phrase = ask_passphrase(parent, path)
    if phrase is None:
        return

    def done(exported: recovery.Exported) -> None:
        on_exported()
        show_info(
            parent,
            QCoreApplication.translate(
                "recovery",
                "Recovery key %1 written to %2: keep it offline, away from this computer, with "
                "its passphrase apart.",
            )
            .replace("%1", exported.recovery_key_id)
            .replace("%2", f"\u2066{exported.path}\u2069"),
        )

    state.jobs.run(
        lambda _control: recovery.export_recovery_key(ws, path, phrase),
        title=QCoreApplication.translate("recovery", "Writing the recovery key…"),
        on_done=done,
        parent_widget=parent,
        cancellable=False,
    )


def holds_org_key(ws: Workspace) -> bool:
    return signing.holds_org_key(ws.org_id)
