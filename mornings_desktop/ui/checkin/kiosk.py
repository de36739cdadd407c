"""Kiosk mode for self check-in: full screen, scanner and camera only, no navigation.

Leaving it needs the PIN kept in this laptop's settings (`checkin/kiosk_pin`); the first time,
the desk asks for one. Closing the window any other way is refused.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from mornings_desktop.settings import Setting
from mornings_desktop.ui.checkin.forms import PinDialog
from mornings_desktop.ui.checkin.screen import CheckinScreen
from mornings_desktop.ui.state import AppState

KIOSK_PIN = Setting("checkin/kiosk_pin_sha256", "", str)


def _hash(pin: str) -> str:
    return hashlib.sha256(("mornings-kiosk:" + pin).encode()).hexdigest()


def ask_pin(parent: QWidget, prompt: str) -> str | None:
    """Ask for a PIN; None if cancelled. Tests replace this function."""
    dialog = PinDialog(parent, prompt)
    return dialog.pin.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class KioskWindow(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.state = state
        self.setWindowTitle(self.tr("Self check-in"))
        self.screen_widget = CheckinScreen(state, self, kiosk=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.screen_widget)
        self._may_close = False

    def start(self) -> None:
        self.showFullScreen()
        self.screen_widget.camera_button.setChecked(True)  # the camera if there is one
        self.screen_widget.input.setFocus()

    def try_leave(self) -> bool:
        pin = ask_pin(self, self.tr("PIN to leave kiosk mode:"))
        if pin is not None and _hash(pin) == str(self.state.settings.get(KIOSK_PIN)):
            self._may_close = True
            self.screen_widget.camera_button.setChecked(False)
            self.close()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Escape
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.try_leave()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:
            event.ignore()


def start_kiosk(screen: CheckinScreen) -> KioskWindow | None:
    """Open kiosk mode (asking for a PIN first if none is set). Ctrl+Esc then the PIN leaves it."""
    state = screen.state
    # The kiosk's own context, named: lupdate files `screen.tr(…)` under "screen", a context
    # no class asks for (Qt asks with the class name), and the words stayed English.
    if not state.settings.get(KIOSK_PIN):
        pin = ask_pin(
            screen,
            QCoreApplication.translate(
                "KioskWindow", "Choose a PIN (at least 4 digits) to leave kiosk mode:"
            ),
        )
        if not pin or len(pin) < 4:
            screen.status.setText(
                QCoreApplication.translate(
                    "KioskWindow", "Kiosk mode needs a PIN of at least 4 characters."
                )
            )
            return None
        state.settings.set(KIOSK_PIN, _hash(pin))
    window = KioskWindow(state)
    screen._kiosk_window = window  # keep it alive
    window.start()
    return window
