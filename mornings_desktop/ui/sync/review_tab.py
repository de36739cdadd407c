"""The Sync screen's Review tab: registrations admitted more than once (for instance at two desks
while they were apart); keep both scans, or annul the one that was a mistake. Only what needs that
decision is listed (`services/review.py`: a scan one desk recorded again within a minute is not).
The decision is written in a job; the list shows it once it is on disk (`decided`, then the screen
reads again)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.ui.role_gate import RoleGate
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.sync.review_model import DuplicatesModel
from mornings_desktop.ui.table_view import row_table
from mornings_desktop.ui.writes import run_write


class ReviewTab(QWidget):
    decided = Signal()  # a decision is on disk: read the list again

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = DuplicatesModel(self)
        self.table = row_table(self.model, DuplicatesModel.NAME)
        self.hint = QLabel(
            self.tr(
                "Tickets admitted twice (for instance at two desks while they were apart): keep "
                "both scans, or annul the one that was a mistake. A scan that one desk recorded "
                "again within a minute is the same arrival: it is not listed here, and stays in "
                "the person's history."
            )
        )
        self.hint.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep both"))
        self.annul_button = QPushButton(self.tr("&Annul this scan"))
        self.keep_button.clicked.connect(lambda: self._decide(annul=False))
        self.annul_button.clicked.connect(lambda: self._decide(annul=True))
        # Keeping both is the organiser's decision (`checkin.duplicate_confirmed`); annulling a
        # scan, with its reason, a door desk may do too (DESIGN §6 role table).
        RoleGate.of(state.workspace).hold("checkin.duplicate", self.keep_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.annul_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _decide(self, *, annul: bool) -> None:
        """A Review decision on the selected scan, in a job; the list shows it once on disk."""
        rows = self.table.selectionModel().selectedRows()
        key = self.model.key(rows[0].row()) if rows else None
        if key is None:
            return
        from mornings_desktop.services import review

        ws, (reg, scan) = self.state.workspace, key
        work = (lambda: review.annul(ws, reg, scan)) if annul else (lambda: review.confirm(ws, reg))
        run_write(self.state.jobs, work, on_done=lambda _r: self.decided.emit(), parent=self)
