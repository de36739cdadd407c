"""The Desks panel's questions: the hub's admin login (kept in memory only), a new desk's name and
role, and the revocation of a desk (from when; confirmed by typing the desk's name).

The dialogs are window-modal and opened with `open()`, not `exec()`: the panel goes on when one is
accepted (`accepted`), and the window keeps painting (a sync round may be reporting meanwhile).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.ui.labels import isolate


def _buttons(dialog: QDialog, ok: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, button


class AdminDialog(QDialog):
    """The hub's address and its administrator's login and password (the one `hub init` used)."""

    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hub administrator"))
        intro = QLabel(
            self.tr(
                "Listing and managing desks needs the hub's administrator login (the one the hub "
                "was set up with). The password is kept in memory until the window closes, never "
                "on disk."
            )
        )
        intro.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("postgresql://hub.example.ma/mornings?sslmode=verify-full")
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Hub &address:"), self.address)
        form.addRow(self.tr("Administrator &login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        box, self.ok_button = _buttons(self, self.tr("&Connect"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(box)
        (self.login if address else self.address).setFocus()
        self.resize(520, self.sizeHint().height())


class AddDeskDialog(QDialog):
    """A new desk: its name and its role (the join file's place is asked next)."""

    def __init__(self, parent: QWidget | None = None, *, hub: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a desk"))
        intro = QLabel(
            self.tr(
                "The join file is written where you choose; give it to the new desk on a USB "
                "stick (it works once and holds secrets), then delete it."
            )
            if hub
            else self.tr(
                "Without a hub, the join file holds the desk's key: one file for one laptop. Give "
                "it on a USB stick, then delete it; the desks then exchange bundles."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Accueil 2"))
        self.role = QComboBox()
        self.role.addItem(self.tr("door desk (check-in)"), "door")
        self.role.addItem(self.tr("organiser desk (everything)"), "organiser")
        form = QFormLayout()
        form.addRow(self.tr("Desk &name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        box, self.ok_button = _buttons(self, self.tr("&Choose the join file…"))
        self.ok_button.setEnabled(False)
        self.name.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(box)
        self.resize(480, self.sizeHint().height())

    def chosen(self) -> tuple[str, str]:
        return self.name.text().strip(), str(self.role.currentData())


class RevokeDialog(QDialog):
    """Revoke `desk` now or from a time that has passed; the person types its name to confirm."""

    def __init__(self, desk: str, parent: QWidget | None = None, *, hub: bool) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Revoke a desk"))
        shown = isolate(desk)
        if hub:
            text = self.tr(
                "%1 will no longer log in to the hub. What the hub received from it after the "
                "time below is set aside and every desk refuses it; what came before is kept. "
                "An operation set aside that you know is genuine can be taken back one at a time "
                "('mornings sync accept')."
            )
        else:
            text = self.tr(
                "Without a hub, the revocation is signed here and travels in the next bundle you "
                "export: every desk that imports it refuses what %1 made after the time below; "
                "what came before is kept. Import the latest bundles first: what this desk has "
                "not received of it is not kept. An operation refused that you know is genuine "
                "can be taken back one at a time ('mornings sync accept')."
            )
        explain = QLabel(text.replace("%1", shown))
        explain.setWordWrap(True)
        self.now = QRadioButton(self.tr("From &now"))
        self.from_time = QRadioButton(self.tr("From a &time that has passed:"))
        self.now.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.now)
        group.addButton(self.from_time)
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(-3600))
        self.when.setCalendarPopup(True)
        # Digits left to right in Arabic too: a right-to-left edit lays its sections out in
        # reverse (2026-12-01 01:07 read "07:01 01-12-2026"). The direction first: the format
        # is laid out when it is set.
        self.when.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setMaximumDateTime(QDateTime.currentDateTime())
        self.when.setEnabled(False)
        self.from_time.toggled.connect(self.when.setEnabled)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("The desk's name, to confirm"))
        form = QFormLayout()
        form.addRow(self.now)
        form.addRow(self.from_time, self.when)
        form.addRow(
            self.tr("Type %1 to &confirm:").replace("%1", shown),
            self.confirm,
        )
        box, self.ok_button = _buttons(self, self.tr("&Revoke"))
        self.ok_button.setEnabled(False)
        self.confirm.textChanged.connect(
            lambda t: self.ok_button.setEnabled(t.strip() == desk.strip())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(box)
        self.confirm.setFocus()
        self.resize(560, self.sizeHint().height())

    def until(self) -> datetime | None:
        """None for now; else the chosen time, in this computer's zone."""
        if self.now.isChecked():
            return None
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch()).astimezone()
