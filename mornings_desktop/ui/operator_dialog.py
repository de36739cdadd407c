"""Who is at the desk: asked at the start of a shift, switched with Ctrl+Shift+O.

The name is recorded with every change this desk makes (law 09-08, "who did what") and remembered
on this laptop with the last few names, so the next volunteer picks theirs with the arrow keys."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.services.operator import check_operator, remember
from mornings_desktop.settings import OPERATOR, RECENT_OPERATORS, Settings
from mornings_desktop.ui.dialogs import translate_error


def recent_names(settings: Settings) -> list[str]:
    names = [n for n in str(settings.get(RECENT_OPERATORS)).splitlines() if n.strip()]
    last = str(settings.get(OPERATOR))
    return remember(names, last) if last else names


def keep(settings: Settings, name: str) -> None:
    """Remember `name` as this laptop's operator, first of the recent names."""
    settings.set(OPERATOR, name)
    settings.set(RECENT_OPERATORS, "\n".join(remember(recent_names(settings), name)))


class OperatorDialog(QDialog):
    """One editable list: type a name or pick a recent one, Enter confirms."""

    def __init__(self, names: list[str], current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is at the desk?"))
        self.chosen = ""
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        prompt = QLabel(
            self.tr(
                "Your name. It is recorded with every admission, edit and export made at this "
                "desk until someone else takes over (Ctrl+Shift+O)."
            )
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.names = QComboBox()
        self.names.setEditable(True)
        self.names.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.names.setAccessibleName(self.tr("Person at the desk"))
        self.names.addItems(names)
        self.names.setEditText(current or (names[0] if names else ""))
        self.names.setMinimumWidth(360)
        self.names.setStyleSheet("font-size: 14pt;")
        prompt.setBuddy(self.names)
        layout.addWidget(self.names)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        line = self.names.lineEdit()
        if line is not None:
            line.selectAll()
        self.names.setFocus()

    def accept(self) -> None:
        try:
            self.chosen = check_operator(self.names.currentText())
        except UserError as exc:
            self.problem.setText("⚠ " + translate_error(exc))  # a sign, not colour alone
            self.problem.show()
            return
        super().accept()


def ask(settings: Settings, current: str = "", parent: QWidget | None = None) -> str | None:
    """The name typed or picked (remembered on this laptop), or None when the person cancels."""
    dialog = OperatorDialog(recent_names(settings), current, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        keep(settings, dialog.chosen)
        return dialog.chosen
    finally:
        dialog.deleteLater()
