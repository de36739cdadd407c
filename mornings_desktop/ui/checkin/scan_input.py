"""The desk's one input: keeps the focus, takes the desk's keys, Up/Down move in the results, and
tells where a scanner's reading ends (`services.scan_splitter`: Enter, Tab, or a burst of keys
followed by silence when it is a complete code)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from mornings_desktop.services.scan_splitter import SILENCE_MS, Reading, ScanReader

_ENDS = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}


def _monotonic_ms() -> float:
    return time.monotonic() * 1000


class ScanInput(QLineEdit):
    """The one input. Keeps the focus; Up/Down move in the search results."""

    moved = Signal(int)
    read = Signal(object)  # Reading: a code (or several), or Enter on a name
    # "undo", "history", "walk_in", "flags": the desk's keys (the input has the focus)
    command = Signal(str)
    COMMANDS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_Z: "undo",
        Qt.Key.Key_H: "history",
        Qt.Key.Key_N: "walk_in",
        Qt.Key.Key_E: "flags",
    }
    commands_enabled = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader: ScanReader | None = None  # set by the desk once it knows the ticket key
        # When a key was typed, in ms. None: the key event's own time (the window system's, so
        # a busy desk does not stretch a scanner's 8 ms), else now; tests inject a clock.
        self.clock: Callable[[], float] | None = None
        self._silence = QTimer(self)
        self._silence.setSingleShot(True)
        self._silence.setInterval(SILENCE_MS)
        self._silence.timeout.connect(self._silence_seen)

    def _at(self, event: QKeyEvent) -> float:
        if self.clock is not None:
            return self.clock()
        return float(event.timestamp()) if event.timestamp() else _monotonic_ms()

    def _emit(self, readings: list[Reading]) -> None:
        assert self.reader is not None
        if self.text() != self.reader.text:
            self.setText(self.reader.text)
        for reading in readings:
            self.read.emit(reading)

    def _silence_seen(self) -> None:
        if self.reader is not None:
            self._emit(self.reader.silence())

    def clear(self) -> None:
        super().clear()
        if self.reader is not None:
            self.reader.edited("")

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
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            # A scanner's Tab ends a reading; it never moves the focus (nor asks Qt to).
            self.keyPressEvent(event)
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
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                # Ctrl+Esc and the like belong to the window (the kiosk's way out): pass it on.
                event.ignore()
                return
            self.clear()
            return
        reader = self.reader
        if reader is None:
            super().keyPressEvent(event)
            return
        if reader.text != self.text():
            reader.edited(self.text())
        # Return, Enter, Tab; or a Linefeed (X keysym 0xff0a: some scanners, `xdotool type`),
        # known by its text only.
        end = _ENDS.get(Qt.Key(event.key())) or ("\n" if event.text() == "\n" else None)
        if end is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._silence.stop()
            self._emit(reader.key(end, self._at(event)))
            return
        at_end = self.cursorPosition() == len(self.text()) and not self.hasSelectedText()
        before = self.text()
        super().keyPressEvent(event)
        char = event.text()
        if at_end and len(char) == 1 and self.text() == before + char:
            reader.key(char, self._at(event))
            if reader.waiting:
                self._silence.start()
        elif self.text() != before:
            reader.edited(self.text())

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
