"""The organiser passphrase asked on a door desk before personal data leaves it: the Log, what
is held about a person, the Exports area's workbooks (the command line asks alike,
`cli/commands/people.passphrase_gate`; DESIGN §6)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from mornings_desktop.errors import UserError
from mornings_desktop.services.desk_role import desk_role, require_passphrase
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import show_error


def passphrase_ok(parent: QWidget | None, ws: Workspace) -> bool:
    """On a door desk, ask for the organiser passphrase; an organiser desk passes."""
    if desk_role(ws) != "door":
        return True
    phrase, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("log", "Organiser passphrase"),
        QCoreApplication.translate("log", "This is a door desk. Organiser passphrase:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False
    try:
        require_passphrase(ws, phrase)
    except UserError as exc:
        show_error(parent, exc)
        return False
    return True
