"""The desk's small dialogs: walk-in registration, undo with a reason, the kiosk PIN.

Each dialog keeps serving the queue: a scan that arrives while it is open (a code typed by the
scanner into one of its fields, ending with Enter) is taken out of the field and handed to the
desk, which checks it in as usual and shows the result behind the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop import codes
from mornings_desktop.services.checkin import CheckInRow
from mornings_desktop.services.registrations import DEFAULT_CATEGORIES


def split_scan(text: str) -> tuple[str, str] | None:
    """(what was typed before, the scanned code) if `text` ends with a ticket code, else None."""
    for length in (codes.CODE_LEN, codes.CODE_LEN + 1, codes.CODE_LEN + 3):
        tail = text[-length:]
        if len(text) >= length and codes.looks_like_code(tail):
            return text[:-length], tail
    return None


class ScanCatcher(QObject):
    """Event filter for a dialog's line edits: Enter after a code-shaped tail = a scan."""

    def __init__(self, on_scan: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_scan = on_scan

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            parts = split_scan(watched.text())
            if parts is not None:
                watched.setText(parts[0])
                self.on_scan(parts[1])
                return True
        return False


class ScanAwareDialog(QDialog):
    def __init__(self, parent: QWidget | None, on_scan: Callable[[str], None] | None) -> None:
        super().__init__(parent)
        self._catcher = ScanCatcher(on_scan or (lambda _code: None), self)

    def watch(self, *edits: QLineEdit) -> None:
        for edit in edits:
            edit.installEventFilter(self._catcher)


@dataclass(frozen=True)
class WalkIn:
    name: str
    organisation: str
    category: str
    email: str
    phone: str


class WalkInDialog(ScanAwareDialog):
    def __init__(
        self, parent: QWidget | None, name: str = "", on_scan: Callable[[str], None] | None = None
    ) -> None:
        super().__init__(parent, on_scan)
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.name = QLineEdit(name)
        self.organisation = QLineEdit()
        self.category = QComboBox()
        for key in DEFAULT_CATEGORIES:
            self.category.addItem(key, key)
        self.category.setCurrentIndex(DEFAULT_CATEGORIES.index("guest"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&E-mail (optional)"), self.email)
        form.addRow(self.tr("&Phone (optional)"), self.phone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register and &admit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.watch(self.name, self.organisation, self.email, self.phone)

    def value(self) -> WalkIn:
        return WalkIn(
            self.name.text().strip(),
            self.organisation.text().strip(),
            str(self.category.currentData()),
            self.email.text().strip(),
            self.phone.text().strip(),
        )


class RevertDialog(ScanAwareDialog):
    """A person's check-ins; choose one that still counts and give a reason to undo it."""

    def __init__(
        self,
        parent: QWidget | None,
        name: str,
        rows: list[CheckInRow],
        on_scan: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent, on_scan)
        self.setWindowTitle(self.tr("Check-ins of {name}").format(name=name))
        self.list = QListWidget()
        for row in rows:
            text = self.tr("{time} — desk {desk} — {method}").format(
                time=row.at[11:19], desk=row.desk, method=row.method
            )
            if row.reverted:
                text += " — " + self.tr("undone ({reason})").format(reason=row.revert_reason)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.reverted:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        for i in range(self.list.count()):
            if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentRow(i)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (e.g. wrong person admitted)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Undo this check-in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(QLabel(self.tr("&Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.watch(self.reason)

    def value(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        if item is None or not (item.flags() & Qt.ItemFlag.ItemIsEnabled):
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), self.reason.text().strip()


class PinDialog(QDialog):
    def __init__(self, parent: QWidget | None, prompt: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiosk PIN"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.pin)
        layout.addWidget(buttons)
