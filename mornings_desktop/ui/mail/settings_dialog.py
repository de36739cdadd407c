"""The mail settings of this desk, as a form: the SMTP server, its security, the login (the
password goes to the keyring, never the database), the sender, and a test message.

The same settings as `mornings mail setup`: checked by `mail_settings.build`, kept by
`mail_settings.save`, the password by `mail_settings.store_password`. Reading them, saving them
and sending the test message run in jobs (the keyring and the server may be slow); each outcome
is one sentence under the form.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.mail import worker
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import show_info, translate_error
from mornings_desktop.ui.jobs import JobControl, JobRunner


@dataclass(frozen=True)
class _Current:
    settings: mail_settings.MailSettings | None
    has_password: bool


def _read(ws: Workspace) -> _Current:
    found = mail_settings.load(ws)
    return _Current(found, bool(found and mail_settings.password(found)))


def _keep(ws: Workspace, settings: mail_settings.MailSettings, password: str) -> bool | None:
    """Save the settings, and the password in the keyring (typed, or moved from the entry of the
    previous login, host and port). Returns whether it was stored (None: none to store)."""
    return mail_settings.keep(ws, settings, password)


class MailSettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, ws: Workspace, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.jobs = ws, jobs
        self.setWindowTitle(self.tr("Mail settings"))
        self.current = _Current(None, False)
        self.host = QLineEdit()
        self.host.setPlaceholderText("mail.example.ma")
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(self.tr("TLS from the start (usually port 465)"), "tls")
        self.security.addItem(self.tr("None (not encrypted)"), "none")
        self.security.currentIndexChanged.connect(self._default_port)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(mail_settings.DEFAULT_PORTS["starttls"])
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_name = QLineEdit()
        self.from_address = QLineEdit()
        self.reply_to = QLineEdit()
        self.cafile = QLineEdit()
        self.cafile.setPlaceholderText(self.tr("only for a private certificate authority"))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.clicked.connect(self._choose_cafile)
        cafile_row = QHBoxLayout()
        cafile_row.addWidget(self.cafile, 1)
        cafile_row.addWidget(browse)
        self.rate = QSpinBox()
        self.rate.setRange(0, 10000)
        self.rate.setValue(60)
        self.rate.setSpecialValueText(self.tr("no limit"))
        self.test_to = QLineEdit()
        self.test_button = QPushButton(self.tr("Send a &test message"))
        self.test_button.clicked.connect(self.send_test)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget, QWidget | QHBoxLayout], ...] = (
            (self.tr("Mail &server:"), self.host, self.host),
            (self.tr("Se&curity:"), self.security, self.security),
            (self.tr("&Port:"), self.port, self.port),
            (self.tr("&Login:"), self.user, self.user),
            (self.tr("Pass&word:"), self.password, self.password),
            (self.tr("Sender &name:"), self.from_name, self.from_name),
            (self.tr("Sender &address:"), self.from_address, self.from_address),
            (self.tr("&Reply to:"), self.reply_to, self.reply_to),
            (self.tr("Certificate authorit&y:"), self.cafile, cafile_row),
            (self.tr("Messages per &minute:"), self.rate, self.rate),
            (self.tr("Test message t&o:"), self.test_to, test_row),
        )
        for text, buddy, field in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            buddy.setAccessibleName(text.replace("&", "").rstrip(": "))
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        jobs.run(
            lambda _control: _read(ws), title=self.windowTitle(), on_done=self.show_current,
            parent_widget=self, show_dialog=False,
        )  # fmt: skip

    def show_current(self, current: _Current) -> None:
        self.current = current
        s = current.settings
        if current.has_password:
            self.password.setPlaceholderText(self.tr("kept in the keyring; type to change it"))
        if s is None:
            return
        self.host.setText(s.host)
        self.security.setCurrentIndex(max(0, self.security.findData(s.security)))
        self.port.setValue(s.port)
        self.user.setText(s.user)
        self.from_name.setText(s.from_name)
        self.from_address.setText(s.from_address)
        self.reply_to.setText(s.reply_to)
        self.cafile.setText(s.cafile)
        self.rate.setValue(s.rate_per_minute)
        self.test_to.setText(s.from_address)

    def _default_port(self) -> None:
        defaults = mail_settings.DEFAULT_PORTS
        if self.port.value() in defaults.values():
            self.port.setValue(defaults[str(self.security.currentData())])

    def _choose_cafile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.cafile.setText(path)

    def form_settings(self) -> mail_settings.MailSettings:
        """The form as checked settings; raises ValidationError naming the first bad field."""
        return mail_settings.build(
            self.host.text(), self.port.value(), str(self.security.currentData()),
            self.user.text(), self.from_name.text(), self.from_address.text(),
            reply_to=self.reply_to.text().strip(), cafile=self.cafile.text().strip(),
            rate_per_minute=self.rate.value(),
        )  # fmt: skip

    def say(self, text: str) -> None:
        self.status.setText(text)

    def save(self) -> None:
        try:
            settings = self.form_settings()
        except UserError as exc:
            self.say(translate_error(exc))
            return
        password, ws = self.password.text(), self.ws
        self.buttons.setEnabled(False)

        def done(stored: bool | None) -> None:
            self.buttons.setEnabled(True)
            if settings.user and stored is False:
                show_info(
                    self,
                    self.tr(
                        "The settings are saved, but this computer has no keyring to keep the "
                        "password: the window will ask for it when sending."
                    ),
                )
            self.saved.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.say(translate_error(exc))

        self.jobs.run(
            lambda _control: _keep(ws, settings, password), title=self.tr("Saving"),
            on_done=done, on_error=failed, parent_widget=self, show_dialog=False,
        )  # fmt: skip

    def send_test(self) -> None:
        """Send the test message with the form as it is (saved or not), in a job."""
        try:
            settings = self.form_settings()
            to = mail_settings.check_address(self.test_to.text())
        except UserError as exc:
            self.say(translate_error(exc))
            return
        typed = self.password.text()
        if settings.user and not typed and not self.current.has_password:
            self.say(
                self.tr("Type the password of {user} to send a test message.").format(
                    user=settings.user
                )
            )
            self.password.setFocus()
            return
        self.test_button.setEnabled(False)
        self.say(self.tr("Sending a test message to {to}…").format(to=to))

        def work(_control: JobControl) -> str:
            password = typed or mail_settings.password(settings)
            return worker.send_test_message(settings, password, to)

        def done(answer: str) -> None:
            self.test_button.setEnabled(True)
            self.say(
                self.tr("The test message was sent to {to}; the server answered {answer}.").format(
                    to=to, answer=answer
                )
            )

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.say(translate_error(exc))

        self.jobs.run(
            work, title=self.tr("Test message"), on_done=done, on_error=failed,
            parent_widget=self, show_dialog=False,
        )  # fmt: skip


def open_mail_settings(parent: QWidget, ws: Workspace, jobs: JobRunner) -> MailSettingsDialog:
    dialog = MailSettingsDialog(ws, jobs, parent)
    dialog.show()
    return dialog
