"""The "Send tickets" dialog of the People area: who gets a ticket, a preview of one message
(QTextBrowser, the QR shown from its cid: part), the outbox with its states, and sending in the
background through the job runner (progress and Cancel), with the same services as the CLI."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument
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
from mornings_desktop.ui.dialogs import ask_yes_no, show_error, show_info
from mornings_desktop.ui.jobs import JobControl, JobRunner
from mornings_desktop.ui.mail.outbox_table import OutboxTable


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
        self.send_button.clicked.connect(self.send)
        self.retry_button = QPushButton(self.tr("&Retry failed"))
        self.retry_button.clicked.connect(lambda: self.retry(False))
        self.unknown_button = QPushButton(self.tr("Send &unknown again"))
        self.unknown_button.clicked.connect(lambda: self.retry(True))
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
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Preview of one message:")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(QLabel(self.tr("Outbox:")))
        layout.addWidget(self.outbox, 2)
        layout.addLayout(buttons)
        self.plan: campaigns.Plan | None = None
        self.refresh()

    def settings(self) -> mail_settings.MailSettings | None:
        return mail_settings.load(self.ws)

    def refresh(self) -> None:
        outbox.recover(self.ws)
        rows = [r for r in outbox.rows(self.ws) if r.morning_id == self.morning_id]
        self.outbox.show_rows(rows)
        self.unknown_button.setEnabled(any(r.state == "unknown" for r in rows))
        self.retry_button.setEnabled(any(r.state == "failed" for r in rows))
        self.plan = campaigns.plan(self.ws, self.morning_id, only=self.only.currentData())
        n, missing = len(self.plan.chosen), len(self.plan.without_email)
        text = self.tr("{n} people will get their ticket; {m} have no e-mail address.").format(
            n=n, m=missing
        )
        settings = self.settings()
        if settings is None:
            text += " " + self.tr("Mail is not set up: run 'mornings mail setup' first.")
        self.count.setText(text)
        self.send_button.setEnabled(bool(n) and settings is not None)
        self.show_preview(settings)

    def show_preview(self, settings: mail_settings.MailSettings | None) -> None:
        if self.plan is None or not self.plan.chosen or settings is None:
            self.preview.setHtml("")
            return
        facts = campaigns.morning_facts(self.ws, self.morning_id)
        done = render.render(settings, facts, campaigns.recipient(self.plan.chosen[0]))
        msg = message_from_bytes(done.data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        document = self.preview.document()
        for part in msg.walk():
            if part.get_content_type() == "image/png" and part["Content-ID"]:
                image = QImage.fromData(QByteArray(part.get_payload(decode=True)))  # type: ignore[arg-type]
                cid = "cid:" + str(part["Content-ID"]).strip("<>")
                document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(cid), image)
        self.preview.setHtml(f"<p><b>{done.subject}</b> → {done.recipient}</p>" + done.html)

    def _password(self, settings: mail_settings.MailSettings) -> str | None:
        found = mail_settings.password(settings)
        if found or not settings.user:
            return found
        return ask_password(self, settings.user)

    def _run(self, batch: str | None, ids: list[str] | None, title: str) -> None:
        settings = self.settings()
        if settings is None:
            return
        password = self._password(settings)
        if password is None:
            return
        ws = self.ws

        def work(control: JobControl) -> worker.SendReport:
            def report(done: int, total: int, text: str) -> None:
                if not control.cancelled:
                    control.progress(done, total, text)

            return worker.send_outbox(
                ws, settings, password, batch=batch, ids=ids, progress=report,
                cancelled=lambda: control.cancelled,
            )  # fmt: skip

        def done(result: worker.SendReport) -> None:
            self.refresh()
            show_info(
                self,
                self.tr("Sent: {sent}; failed: {failed}; unknown: {unknown}.").format(
                    sent=result.sent, failed=result.failed, unknown=result.unknown
                ),
            )

        self.jobs.run(work, title=title, on_done=done, parent_widget=self)

    def send(self) -> None:
        settings = self.settings()
        if settings is None or self.plan is None:
            return
        try:
            claims.claim(self.ws, self.morning_id)
        except ValidationError as exc:
            from mornings_desktop.ui.dialogs import translate_error

            if not ask_take_over(self, translate_error(exc)):
                return
            claims.claim(self.ws, self.morning_id, take_over=True)
        try:
            batch = campaigns.queue_messages(self.ws, settings, self.plan)
        except ValidationError as exc:
            show_error(self, exc)
            return
        self._run(batch, None, self.tr("Sending tickets"))

    def retry(self, resend_unknown: bool) -> None:
        outbox.retry(self.ws, resend_unknown=resend_unknown, morning_id=self.morning_id)
        ids = [
            r.id for r in outbox.rows(self.ws, states=["queued"]) if r.morning_id == self.morning_id
        ]
        self._run(None, ids, self.tr("Sending again"))


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
) -> None:
    """The People area's "Send tickets…" entry (`morning_id`: a callable giving the current one)."""
    from mornings_desktop.ui.mail.whatsapp_action import send_on_whatsapp

    def current() -> str:
        return str(morning_id() if callable(morning_id) else morning_id)

    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("mail", "&Send tickets by e-mail…"),
        lambda: open_send_dialog(screen, ws, jobs, current()),
    )
    menu.addAction(
        QCoreApplication.translate("mail", "Send the selected ticket on &WhatsApp"),
        lambda: send_on_whatsapp(screen, ws, current(), getattr(screen, "selected", list)),
    )
