"""Erasure from the window (law 09-08 / GDPR), over services/erasure.py.

On an organiser desk: erase a person everywhere (tables, log, WAL, rotating backups), with the
report of what was rewritten or deleted and the reminder that copies made with `backup -o` are
someone's to delete; confirm or reverse the requests door desks made. On a door desk: record a
request, which hides the person at once. Every one of these writes runs in a job, off the UI
thread; the lists refresh once it is on disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.services import erasure, person_access
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import ask_yes_no, show_error, show_info
from mornings_desktop.ui.jobs import JobRunner
from mornings_desktop.ui.role_gate import RoleGate
from mornings_desktop.ui.writes import own_runner, run_write, runner_of


def _erase(
    parent: QWidget | None,
    jobs: JobRunner,
    ws: Workspace,
    person_id: str,
    on_report: Callable[[str], None] | None = None,
    on_done: Callable[[], None] | None = None,
) -> None:
    """Erase in a job (it rewrites the log, the WAL and the backups); the report once done."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def done(report: erasure.ErasureReport) -> None:
        QApplication.restoreOverrideCursor()
        text = QCoreApplication.translate(
            "erasure",
            "Erased. Rotating backups rewritten with the erasure: {rewritten}; deleted (they "
            "could not be rewritten): {deleted}. Copies made elsewhere with 'Back up to…' are not "
            "touched: whoever made them must delete them.",
        ).format(rewritten=len(report.backups_rewritten), deleted=len(report.backups_deleted))
        if on_report is not None:
            on_report(text)
        else:
            show_info(parent, text, QCoreApplication.translate("erasure", "Erase a person"))
        if on_done is not None:
            on_done()

    def failed(exc: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        show_error(parent, exc)

    run_write(
        jobs,
        lambda: erasure.erase_person(ws, person_id),
        on_done=done,
        on_error=failed,
        parent=parent,
        title=QCoreApplication.translate("erasure", "Erasing…"),
    )


def erase_or_request(
    parent: QWidget | None,
    jobs: JobRunner,
    ws: Workspace,
    person_id: str,
    *,
    confirmed: bool = False,
    on_report: Callable[[str], None] | None = None,
    on_done: Callable[[], None] | None = None,
) -> bool:
    """The People screen's action: erase (organiser) or request erasure (door), in a job.
    True if it started; `on_done` once it is on disk.

    `confirmed`: the caller already asked; `on_report`: where the erasure's report goes (else a
    message box)."""
    try:
        name = person_access.person_record(ws, person_id).name
    except UserError as exc:
        show_error(parent, exc)
        return False
    if not RoleGate.of(ws).allows("person.erase"):  # a door desk asks an organiser desk
        if not confirmed and not ask_yes_no(
            parent,
            QCoreApplication.translate("erasure", "Request erasure"),
            QCoreApplication.translate(
                "erasure",
                "Hide {name} now and ask an organiser to erase them? An organiser desk confirms "
                "or reverses the request.",
            ).format(name=name),
        ):
            return False
        run_write(
            jobs,
            lambda: erasure.request_erasure(ws, person_id),
            on_done=lambda _r: on_done() if on_done is not None else None,
            parent=parent,
        )
        return True
    if not confirmed and not ask_yes_no(
        parent,
        QCoreApplication.translate("erasure", "Erase a person"),
        QCoreApplication.translate(
            "erasure",
            "Erase {name} everywhere, for good? Their name and contact details leave this "
            "database, its log and its rotating backups, and every desk after sync. Attendance "
            "counts stay, anonymous. This cannot be undone.",
        ).format(name=name),
    ):
        return False
    _erase(parent, jobs, ws, person_id, on_report, on_done)
    return True


class RequestsDialog(QDialog):
    """The erasure requests made at door desks, for an organiser to confirm or reverse."""

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, jobs: JobRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.jobs = jobs or runner_of(parent) or own_runner(self)
        self.setWindowTitle(self.tr("Erasure requests"))
        self.list = QListWidget()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("&Erase"))
        self.keep_button = QPushButton(self.tr("&Keep (reverse the request)"))
        self.erase_button.clicked.connect(self.erase)
        self.keep_button.clicked.connect(self.keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for person_id in erasure.pending_requests(self.ws):
            record = person_access.person_record(self.ws, person_id)
            item = QListWidgetItem(f"{record.name} — {record.person.get('email') or person_id}")
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.list.addItem(item)
        organiser = RoleGate.of(self.ws).allows("person.erase")
        self.erase_button.setEnabled(organiser and self.list.count() > 0)
        self.keep_button.setEnabled(organiser and self.list.count() > 0)
        self.hint.setText(
            self.tr("%n request(s) waiting.", "", self.list.count())
            if organiser
            else self.tr("An organiser desk confirms or reverses these requests.")
        )

    def _chosen(self) -> str | None:
        item = self.list.currentItem() or self.list.item(0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def erase(self) -> None:
        person_id = self._chosen()
        if person_id and ask_yes_no(self, self.tr("Erase a person"), self.tr("Erase for good?")):
            _erase(self, self.jobs, self.ws, person_id, on_done=self.refresh)

    def keep(self) -> None:
        person_id = self._chosen()
        if person_id is None:
            return
        ws = self.ws
        run_write(
            self.jobs,
            lambda: erasure.reverse_request(ws, person_id),
            on_done=lambda _r: self.refresh(),
            parent=self,
        )
