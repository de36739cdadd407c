"""The outbox as a table: state, recipient, subject, when, and the server's answer or the reason
(stored as a code, worded in the window's language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mornings_desktop.services.mail.outbox import OutboxRow
from mornings_desktop.wording import mail_states


class OutboxTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("State"),
                self.tr("To"),
                self.tr("Subject"),
                self.tr("When"),
                self.tr("Detail"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()

    def state_text(self, state: str) -> str:
        """The same words as the command line's (`wording.mail_states`)."""
        return mail_states.state_word(state, QCoreApplication.translate)

    def show_rows(self, rows: list[OutboxRow]) -> None:
        self.setRowCount(len(rows))
        for i, r in enumerate(rows):
            # the reason is stored as a code: worded here in the window's language
            detail = r.answer if r.state == "sent" else r.describe(QCoreApplication.translate)
            for j, text in enumerate(
                (self.state_text(r.state), r.recipient, r.subject, r.updated_at[:16], detail)
            ):
                self.setItem(i, j, QTableWidgetItem(text))
        self.resizeColumnsToContents()
        for column, widest in ((1, 260), (2, 280), (3, 140)):
            self.setColumnWidth(column, min(self.columnWidth(column), widest))
