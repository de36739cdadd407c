"""The organisation key's passphrase asked in a dialog (a computer without a keyring keeps that
key in a passphrase-protected file: `ledger/org_key_store.py`). Asked on the window's thread only:
elsewhere the source answers None and the action needing the key says so in one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.ledger import passphrase_source


class PassphraseDialog(QDialog):
    def __init__(
        self,
        new: bool,
        file_name: str,
        parent: QWidget | None = None,
        *,
        title: str = "",
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(title or self.tr("Organisation key"))
        if intro:  # another key file's passphrase (the recovery key: `ui/recovery_export.py`)
            text = intro
        elif new:
            text = self.tr(
                "This computer has no password store: the organisation key is kept in a file "
                "protected by a passphrase. Choose it, and keep it somewhere safe."
            )
        else:
            text = self.tr("Passphrase of the organisation key (%1):").replace(
                "%1", f"\u2066{file_name}\u2069"
            )
        label = QLabel(text)
        label.setWordWrap(True)
        self.phrase = QLineEdit()
        self.phrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.phrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.phrase)
        if new:
            form.addRow(self.tr("&Again:"), self.again)
        else:
            self.again.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _check(self) -> None:
        if not self.phrase.text():
            self.error.setText(self.tr("Type the passphrase."))
        elif self.new and self.again.text() != self.phrase.text():
            self.error.setText(self.tr("The two passphrases differ."))
        else:
            self.accept()
            return
        self.error.show()


def ask(purpose: passphrase_source.Purpose, path: Path) -> str | None:
    """The passphrase source of the window."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    dialog = PassphraseDialog(purpose == "new", path.name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.phrase.text()


def install() -> None:
    """The environment first (scripts, tests), then the dialog."""

    def source(purpose: passphrase_source.Purpose, path: Path) -> str | None:
        return passphrase_source.env_passphrase(purpose, path) or ask(purpose, path)

    passphrase_source.set_passphrase_source(source)
