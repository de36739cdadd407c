"""Keys typed into the window's Morning picker that are meant for the area below it.

After a Morning is chosen the focus stays on the picker; a scanner's next code went into it (a
closed combo box reads typed letters as a search among its items, and may even choose another
Morning) and its Enter admitted nobody. `PickerKeys` hands any text or Enter typed on the closed
picker to the current area, which takes the focus back: the code is read there, key by key, with
its own timestamps (the burst rule of `ui/checkin/scan_input.py` times them). The arrows, Space,
F4 and Alt+↓ stay the picker's: choosing a Morning by keyboard works as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PickerKeys(QObject):
    """Installed on `picker`; `area` gives the widget that should read what is typed."""

    def __init__(self, picker: QComboBox, area: Callable[[], QWidget | None]) -> None:
        super().__init__(picker)
        self.picker = picker
        self.area = area
        picker.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.picker or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if self.picker.view().isVisible() or not _for_the_area(event):
            return False
        area = self.area()
        if area is None:
            return False
        area.setFocus(Qt.FocusReason.OtherFocusReason)
        target = QApplication.focusWidget()
        if target is None or target is self.picker:
            return False
        again = QKeyEvent(
            event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat()
        )
        again.setTimestamp(event.timestamp())
        QApplication.sendEvent(target, again)
        return True


def _for_the_area(event: QKeyEvent) -> bool:
    """Text (no Ctrl or Alt: shortcuts stay the window's) or Enter."""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    if event.key() in _ENTER:
        return True
    text = event.text()
    return bool(text) and text.isprintable() and text != " "
