"""The Log view: who did what, filtered by person, desk, operator, type and time
(services/oplog.py). On a door desk it opens only with the organiser passphrase."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.services import oplog
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import show_error
from mornings_desktop.ui.passphrase_gate import passphrase_ok

COLUMNS = ("at", "type", "desk", "operator", "payload")


class LogDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Log"))
        self.resize(900, 560)
        self.person, self.desk, self.operator = QLineEdit(), QLineEdit(), QLineEdit()
        self.type, self.since = QLineEdit(), QLineEdit()
        self.person.setPlaceholderText(self.tr("id, e-mail or phone"))
        self.type.setPlaceholderText(self.tr("e.g. person.erased, or checkin"))
        self.since.setPlaceholderText(self.tr("YYYY-MM-DD"))
        form = QFormLayout()
        form.addRow(self.tr("&Person"), self.person)
        form.addRow(self.tr("&Desk"), self.desk)
        form.addRow(self.tr("&Operator"), self.operator)
        form.addRow(self.tr("&Type"), self.type)
        form.addRow(self.tr("&Since"), self.since)
        show = QPushButton(self.tr("&Show"))
        show.setDefault(True)
        show.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addWidget(show)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When (UTC)"),
                self.tr("Type"),
                self.tr("Desk"),
                self.tr("Operator"),
                self.tr("Details"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            entries = oplog.read_log(
                self.ws,
                person=self.person.text().strip() or None,
                desk=self.desk.text().strip() or None,
                operator=self.operator.text().strip() or None,
                op_type=self.type.text().strip() or None,
                since=self.since.text().strip() or None,
                limit=2000,
            )
        except UserError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            values = (
                e.at,
                e.type,
                e.desk,
                e.operator or "",
                json.dumps(e.payload, ensure_ascii=False),
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))


def open_log(parent: QWidget | None, ws: Workspace) -> None:
    if passphrase_ok(parent, ws):
        LogDialog(ws, parent).exec()
