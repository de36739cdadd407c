"""Dialogs behind small functions, so tests replace the function, not the modal loop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from mornings_desktop.errors import UserError


def translate_error(exc: BaseException) -> str:
    """The person-facing text of an error, translated when it is a UserError."""
    if isinstance(exc, UserError):
        template = QCoreApplication.translate(exc.context, exc.template)
        try:
            return template.format(**exc.params) if exc.params else template
        except (KeyError, IndexError, ValueError):
            return str(exc)
    return str(exc) or exc.__class__.__name__


def show_error(parent: QWidget | None, exc: BaseException | str, title: str = "") -> None:
    text = exc if isinstance(exc, str) else translate_error(exc)
    QMessageBox.warning(parent, title or QCoreApplication.translate("dialogs", "Problem"), text)


def show_info(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.information(
        parent, title or QCoreApplication.translate("dialogs", "Information"), text
    )


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None
