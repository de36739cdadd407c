"""The desk's small dialogs: walk-in registration, undo with a reason, the kiosk PIN.

Each dialog keeps serving the queue (so does the flags dialog, `flags_dialog.py`): a scan that
arrives while it is open (a code typed by the scanner into one of its fields, ending with Enter
or Tab) is taken out of the field and handed to the desk, which checks it in as usual and shows
the result behind the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop import codes
from mornings_desktop.services.checkin import CheckInRow
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.labels import label
from mornings_desktop.ui.people.walk_in_form import WalkInForm


def split_scan(text: str) -> tuple[str, str] | None:
    """(what was typed before, the scanned code) if `text` ends with a ticket code, else None.

    A scanner's code is its last 14 characters, however a keyboard layout read them: on AZERTY a
    US scanner's "6" is "-", which a code typed by hand in groups (`S2SV-9EBR-…`, 15 or 17
    characters) uses as a separator; the 14 characters are taken when one of their readings is a
    code's shape, so the name typed before keeps its last letter."""
    tail = text[-codes.CODE_LEN :]
    if len(text) >= codes.CODE_LEN and codes.scanned_as_typed(tail):
        return text[: -codes.CODE_LEN], tail
    for length in (codes.CODE_LEN, codes.CODE_LEN + 1, codes.CODE_LEN + 3):
        tail = text[-length:]
        if len(text) >= length and codes.looks_like_code(tail):
            return text[:-length], tail
    return None


_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_TYPING = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class ScanCatcher(QObject):
    """Event filter for a dialog's widgets: Enter or Tab after a code-shaped tail = a scan.

    In a line edit the code is the end of its text (what was typed before stays). A widget that
    takes no text (a check box, a button) has no use for letters and digits: those typed on it
    are kept aside and read the same way, so a scanner is heard wherever the focus is, and its
    Enter does not press the dialog's default button nor its Tab move the focus."""

    def __init__(self, on_scan: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_scan = on_scan
        self._typed = ""  # characters typed on widgets that take no text, since the last end

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~_TYPING:
            return False  # a shortcut (Alt+S, Ctrl+…), never part of a code
        ends = (
            event.key() in _ENDS and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ) or event.text() in ("\r", "\n", "\t")
        if isinstance(watched, QLineEdit):
            parts = split_scan(watched.text()) if ends else None
            if parts is None:
                return False
            watched.setText(parts[0])
            self.on_scan(parts[1])
            return True
        if ends:
            parts = split_scan(self._typed)
            self._typed = ""
            if parts is None:
                return False
            self.on_scan(parts[1])
            return True
        char = event.text()
        if len(char) == 1 and char.isprintable() and not char.isspace():
            self._typed = (self._typed + char)[-4 * codes.CODE_LEN :]
            return True
        self._typed = ""  # Space (ticks a box), arrows…: a person, not a scanner
        return False


class ScanAwareDialog(QDialog):
    def __init__(self, parent: QWidget | None, on_scan: Callable[[str], None] | None) -> None:
        super().__init__(parent)
        self._catcher = ScanCatcher(on_scan or (lambda _code: None), self)

    def watch(self, *edits: QWidget) -> None:
        for edit in edits:
            edit.installEventFilter(self._catcher)

    def watch_all(self) -> None:
        """Every widget of the dialog that can have the keyboard focus."""
        self.watch(
            *(w for w in self.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus)
        )


class WalkInDialog(ScanAwareDialog):
    """The People area's walk-in form in a dialog; `registration_id` is set once it is on disk."""

    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        morning_id: str,
        name: str = "",
        on_scan: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent, on_scan)
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.registration_id: str | None = None
        self.form = WalkInForm(workspace, morning_id, self)
        self.form.submit.setText(self.tr("Register and &admit"))
        self.form.name.setText(name)
        self.form.registered.connect(self._registered)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(cancel)
        self.watch(self.form.name, self.form.organisation, self.form.email, self.form.phone)

    def _registered(self, registration_id: str) -> None:
        self.registration_id = registration_id
        self.accept()


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
                time=row.at[11:19], desk=row.desk, method=label("method", row.method)
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
        self.list.setAccessibleName(self.tr("Check-ins of this person"))
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)  # Alt+R, and the field's name for screen readers
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(reason_label)
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
