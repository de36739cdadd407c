"""A discreet banner on the organiser's computer until the recovery key has been exported
(DESIGN §6 "Keys": the window reminds until done), with the button that exports it
(`recovery_export.py`). Door desks never show it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.jobs import JobRunner
from mornings_desktop.ui.recovery_export import offered


def due(ws: Workspace, holds_org_key: bool) -> bool:
    """Reads only: this organiser desk holds the organisation key and never exported the
    recovery key (checked each status refresh: an export from the command line hides it)."""
    return offered(ws, holds_org_key)


class RecoveryBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryBanner")
        self.setStyleSheet(
            "#recoveryBanner { background: #fff4d6; border-bottom: 1px solid #e8d49a; } "
            "#recoveryBanner QLabel { color: #5c4400; }"
        )
        # No command line here: a desk person exports it with the button (the banner showed
        # `mornings org recovery-key -o FILE` in every language).
        self.label = QLabel(
            self.tr(
                "The organisation's recovery key has not been exported yet. Export it once with "
                "the button beside this message, and keep it away from this computer, with its "
                "passphrase apart."
            )
        )
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export the recovery key…"))
        self.export_button.setAccessibleName(self.tr("Export the recovery key"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.export_button)
        self.setAccessibleName(self.tr("Recovery key reminder"))
        self._holds: bool | None = None
        self._asking = False
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def refresh(self, ws: Workspace, jobs: JobRunner | None = None) -> None:
        if self._holds is None:  # asked of the keyring once, not at every refresh
            if jobs is None:
                self._holds = signing.holds_org_key(ws.org_id)
            else:  # finding the keyring takes a quarter of a second: not while the window opens
                if not self._asking:
                    self._asking = True
                    org_id = ws.org_id
                    jobs.run(
                        lambda _control: signing.holds_org_key(org_id),
                        on_done=lambda holds: self._known(ws, bool(holds)),
                        on_error=lambda _exc: self._known(ws, False),
                        show_dialog=False,
                        cancellable=False,
                    )
                return
        self.setVisible(due(ws, self._holds))

    def _known(self, ws: Workspace, holds: bool) -> None:
        if not isValid(self):  # the window closed meanwhile
            return
        self._holds, self._asking = holds, False
        self.refresh(ws)
