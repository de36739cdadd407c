"""The desk's one input: keeps the focus, takes the desk's keys, Up/Down move in the results."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit


class ScanInput(QLineEdit):
    """The one input. Keeps the focus; Up/Down move in the search results."""

    moved = Signal(int)
    command = Signal(str)  # "undo", "history", "walk_in": the desk's keys (the input has the focus)
    COMMANDS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_Z: "undo",
        Qt.Key.Key_H: "history",
        Qt.Key.Key_N: "walk_in",
    }
    commands_enabled = True

    def _command(self, event: QKeyEvent) -> str | None:
        if not self.commands_enabled:
            return None
        if (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            != Qt.KeyboardModifier.ControlModifier
        ):
            return None
        return self.COMMANDS.get(Qt.Key(event.key()))

    def event(self, event: QEvent) -> bool:
        # QLineEdit claims Ctrl+Z for its own text undo; at the desk it undoes the last check-in.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._command(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = self._command(event)
        if command is not None:
            self.command.emit(command)
            return
        if event.key() == Qt.Key.Key_Down:
            self.moved.emit(1)
            return
        if event.key() == Qt.Key.Key_Up:
            self.moved.emit(-1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # A scanner may end a code with Tab: it must not carry the focus away from the desk.
        return False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Take the focus back, unless a dialog opened or the person clicked elsewhere on purpose
        # (the navigation, the Morning picker).
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            QTimer.singleShot(0, self._reclaim)

    def _reclaim(self) -> None:
        if self.isVisible() and QApplication.activeModalWidget() is None:
            window = self.window()
            if window.isActiveWindow() or QApplication.activeWindow() is None:
                self.setFocus(Qt.FocusReason.OtherFocusReason)
