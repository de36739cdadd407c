"""Typing any text (accents, Arabic, the AZERTY-mangled characters) as key events.

QTest's keyClicks only knows ASCII; a scanner or a person types more than that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str, *, enter: bool = False) -> None:
    """Send one key press and release per character to `widget`, then Enter if asked."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, int(key), Qt.KeyboardModifier.NoModifier, char)
            )
    if enter:
        press_key(widget, Qt.Key.Key_Return)


def press_key(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, int(key), modifiers, ""))
