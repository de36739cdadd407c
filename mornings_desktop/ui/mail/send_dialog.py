"""The "Send tickets" dialog of the People area: who gets a ticket, a preview of one message
(QTextBrowser, the QR shown from its cid: part), the outbox with its states, and sending in the
background through the job runner (progress and Cancel), with the same services as the CLI.

Nothing here writes on the UI thread: reading the outbox (which turns messages left `sending` by a
stopped process into `unknown`), claiming the Morning, queueing and sending all run in jobs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import ValidationError
from mornings_desktop.services.mail import campaigns, claims, outbox, render, worker
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import ask_yes_no, show_error, show_info, translate_error
from mornings_desktop.ui.jobs import Cancelled, JobControl, JobRunner
from mornings_desktop.ui.mail.outbox_table import OutboxTable
from mornings_desktop.ui.mail.preview import show_message


def ask_password(parent: QWidget | None, user: str) -> str | None:
    value, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("mail", "Mail password"),
        QCoreApplication.translate("mail", "Password of {user}:").format(user=user),
        QLineEdit.EchoMode.Password,
    )
    return value if ok else None


def ask_take_over(parent: QWidget | None, text: str) -> bool:
    return ask_yes_no(parent, QCoreApplication.translate("mail", "Send tickets"), text)


@dataclass(frozen=True)
class _Loaded:
    """What the dialog shows, read in a job: the outbox, who gets a ticket, one message."""

    rows: list[outbox.OutboxRow]
    plan: campaigns.Plan
    settings: mail_settings.MailSettings | None
    preview: render.Rendered | None


@dataclass(frozen=True)
class _Refused:
    """Another desk sends this Morning's tickets (nothing was queued)."""

    error: ValidationError


def _load(ws: Workspace, morning_id: str, only: str | None) -> _Loaded:
    outbox.recover(ws)  # a write: this runs in a job
    rows = [r for r in outbox.rows(ws) if r.morning_id == morning_id]
    plan = campaigns.plan(ws, morning_id, only=only)
    settings = mail_settings.load(ws)
    preview = None
    if plan.chosen and settings is not None:
        facts = campaigns.morning_facts(ws, morning_id)
        preview = render.render(settings, facts, campaigns.recipient(plan.chosen[0]))
    return _Loaded(rows, plan, settings, preview)


class SendTicketsDialog(QDialog):
    def __init__(
        self, ws: Workspace, jobs: JobRunner, morning_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.jobs, self.morning_id = ws, jobs, morning_id
        self.setWindowTitle(self.tr("Send tickets"))
        self.resize(900, 700)
        self.only = QComboBox()
        self.only.addItem(self.tr("Everyone"), None)
        self.only.addItem(self.tr("Not sent yet"), "not-sent")
        self.only.addItem(self.tr("Changed since sent"), "changed")
        self.only.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.preview = QTextBrowser()
        self.outbox = OutboxTable()
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.clicked.connect(lambda: self.send())
        self.retry_button = QPushButton(self.tr("&Retry failed"))
        self.retry_button.clicked.connect(lambda: self.retry(False))
        self.unknown_button = QPushButton(self.tr("Send &unknown again"))
        self.unknown_button.clicked.connect(lambda: self.retry(True))
        self.settings_button = QPushButton(self.tr("Mail se&ttings…"))
        self.settings_button.clicked.connect(self.open_settings)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Send to:")))
        top.addWidget(self.only)
        top.addWidget(self.count, 1)
        buttons = QHBoxLayout()
        for b in (self.send_button, self.retry_button, self.unknown_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Preview of one message:")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(QLabel(self.tr("Outbox:")))
        layout.addWidget(self.outbox, 2)
        layout.addLayout(buttons)
        self.plan: campaigns.Plan | None = None
        self.loaded: _Loaded | None = None
        self._generation = 0
        for b in (self.send_button, self.retry_button, self.unknown_button):
            b.setEnabled(False)
        self.refresh()

    def settings(self) -> mail_settings.MailSettings | None:
        return self.loaded.settings if self.loaded is not None else None

    def refresh(self) -> None:
        """Read the outbox, the people and one message in a job; show them when read."""
        self._generation += 1
        generation, ws, morning_id = self._generation, self.ws, self.morning_id
        only = self.only.currentData()
        self.count.setText(self.tr("Reading…"))
        self.send_button.setEnabled(False)  # until the people of this choice are read

        def shown(loaded: _Loaded) -> None:
            if generation == self._generation:  # a later refresh supersedes this one
                self.show_loaded(loaded)

        self.jobs.run(
            lambda _control: _load(ws, morning_id, only),
            title=self.tr("Send tickets"),
            on_done=shown,
            parent_widget=self,
            show_dialog=False,
        )

    def show_loaded(self, loaded: _Loaded) -> None:
        self.loaded, self.plan = loaded, loaded.plan
        self.outbox.show_rows(loaded.rows)
        self.unknown_button.setEnabled(any(r.state == "unknown" for r in loaded.rows))
        self.retry_button.setEnabled(any(r.state == "failed" for r in loaded.rows))
        n, missing = len(loaded.plan.chosen), len(loaded.plan.without_email)
        text = self.tr("%n people will get their ticket.", "", n)
        if missing:
            text += " " + self.tr("%n people have no e-mail address.", "", missing)
        if loaded.settings is None:
            text += " " + self.tr("Mail is not set up: open the mail settings first.")
        self.count.setText(text)
        self.send_button.setEnabled(bool(n) and loaded.settings is not None)
        show_message(self.preview, loaded.preview)

    def open_settings(self) -> None:
        from mornings_desktop.ui.mail.settings_dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self.ws, self.jobs, self)
        dialog.saved.connect(self.refresh)
        dialog.show()

    def _password(self, settings: mail_settings.MailSettings) -> str | None:
        found = mail_settings.password(settings)
        if found or not settings.user:
            return found
        return ask_password(self, settings.user)

    def _done(self, result: worker.SendReport) -> None:
        self.refresh()
        show_info(
            self,
            self.tr("Sent: {sent}; failed: {failed}; unknown: {unknown}.").format(
                sent=result.sent, failed=result.failed, unknown=result.unknown
            ),
        )

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        if not isinstance(exc, Cancelled):
            show_error(self, exc)

    def send(self, *, take_over: bool = False) -> None:
        """Claim the Morning, queue its messages and send them: all in one job."""
        settings, plan = self.settings(), self.plan
        if settings is None or plan is None or not plan.chosen:
            return
        password = self._password(settings)
        if password is None:
            return
        ws, morning_id = self.ws, self.morning_id

        def work(control: JobControl) -> worker.SendReport | _Refused:
            try:
                claims.claim(ws, morning_id, take_over=take_over)
            except ValidationError as exc:
                return _Refused(exc)
            batch = campaigns.queue_messages(ws, settings, plan)
            return _send(control, ws, settings, password, batch=batch)

        def done(result: worker.SendReport | _Refused) -> None:
            if isinstance(result, _Refused):
                if ask_take_over(self, translate_error(result.error)):
                    self.send(take_over=True)
                else:
                    self.refresh()  # nothing was queued: Send is offered again
                return
            self._done(result)

        self.send_button.setEnabled(False)
        self.jobs.run(
            work, title=self.tr("Sending tickets"), on_done=done, on_error=self._failed,
            parent_widget=self,
        )  # fmt: skip

    def retry(self, resend_unknown: bool) -> None:
        settings = self.settings()
        if settings is None:
            return
        password = self._password(settings)
        if password is None:
            return
        ws, morning_id = self.ws, self.morning_id

        def work(control: JobControl) -> worker.SendReport:
            outbox.retry(ws, resend_unknown=resend_unknown, morning_id=morning_id)
            ids = [r.id for r in outbox.rows(ws, states=["queued"]) if r.morning_id == morning_id]
            return _send(control, ws, settings, password, ids=ids)

        self.jobs.run(
            work, title=self.tr("Sending again"), on_done=self._done, on_error=self._failed,
            parent_widget=self,
        )  # fmt: skip


def _send(
    control: JobControl,
    ws: Workspace,
    settings: mail_settings.MailSettings,
    password: str,
    *,
    batch: str | None = None,
    ids: list[str] | None = None,
) -> worker.SendReport:
    def report(done: int, total: int, text: str) -> None:
        if not control.cancelled:
            control.progress(done, total, text)

    return worker.send_outbox(
        ws, settings, password, batch=batch, ids=ids, progress=report,
        cancelled=lambda: control.cancelled,
    )  # fmt: skip


def open_send_dialog(
    screen: QWidget, ws: Workspace, jobs: JobRunner, morning_id: str
) -> SendTicketsDialog | None:
    if not morning_id:
        return None
    dialog = SendTicketsDialog(ws, jobs, morning_id, screen)
    dialog.show()
    return dialog


def add_send_action(
    menu: QMenu, screen: QWidget, ws: Workspace, jobs: JobRunner, morning_id: object
) -> QAction:
    """The People area's "Send tickets…" entry (`morning_id`: a callable giving the current one);
    returns it (a door desk holds it: sending claims the Morning's mail, an organiser's record)."""
    from mornings_desktop.ui.mail.settings_dialog import open_mail_settings
    from mornings_desktop.ui.mail.template_editor import open_template_editor
    from mornings_desktop.ui.mail.whatsapp_action import send_on_whatsapp

    def current() -> str:
        return str(morning_id() if callable(morning_id) else morning_id)

    menu.addSeparator()
    send = menu.addAction(
        QCoreApplication.translate("mail", "&Send tickets by e-mail…"),
        lambda: open_send_dialog(screen, ws, jobs, current()),
    )
    menu.addAction(
        QCoreApplication.translate("mail", "Send the selected ticket on &WhatsApp"),
        lambda: send_on_whatsapp(screen, ws, current(), getattr(screen, "selected", list)),
    )
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("mail", "Mail &templates…"),
        lambda: open_template_editor(screen, ws, jobs, current()),
    )
    menu.addAction(
        QCoreApplication.translate("mail", "Mail se&ttings…"),
        lambda: open_mail_settings(screen, ws, jobs),
    )
    return send
