"""The whole-file check after the window shows, and the banner that says when it found damage.

`Workspace.open(check_later=True)` leaves SQLite's `quick_check` (it reads every page: about a
second on ten years of Mornings under load) to `start_file_check`, a background job with its own
connection, started once the first page is on screen. Every write waits for that check
(`store.database.FileCheck`); when it finds damage, the window says so in one sentence at the top
(the start-up dialog's sentence: damaged, restore a backup with 'mornings restore'), every write is
refused with that sentence, and no backup is taken of the damaged file (the good ones are kept).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mornings_desktop.errors import DatabaseError
from mornings_desktop.ui.dialogs import translate_error


class DamageBanner(QLabel):
    """Hidden until the whole-file check finds the database damaged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damageBanner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "#damageBanner { background: #fde2e1; color: #7a1712; border-bottom: 1px solid "
            "#e8a09a; padding: 6px 10px; font-weight: bold; }"
        )
        self.setAccessibleName(self.tr("Damaged database"))
        self.hide()

    def show_damage(self, error: DatabaseError) -> None:
        self.setText(translate_error(error))
        self.show()
