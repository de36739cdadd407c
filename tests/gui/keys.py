"""Typing any text (accents, Arabic, the AZERTY-mangled characters) as key events.

QTest's keyClicks only knows ASCII; a scanner or a person types more than that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
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


def release_modifiers() -> None:
    """Let go of the keyboard modifiers QTest's last key click left held for the application.

    `QTest.keyClick(w, key, Shift)` ends with the Shift key's release event still carrying Shift,
    and `QGuiApplication.keyboardModifiers()` keeps it until the next unmodified QTest key event:
    for the rest of the process (a test worker) Qt behaves as if Shift were held. Then, in a table
    with extended selection, `selectRow(0)` extends "the current selection" from no anchor and
    selects nothing (the tickets test wrote 1 ticket for 2 rows when it followed the Ctrl+Shift+O
    test on the same worker). One unmodified, spontaneous key release sets them back to none.
    """
    if QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    target = QWidget()
    QTest.keyRelease(target, Qt.Key.Key_Shift)
    target.deleteLater()
