"""Add or edit a registration: the person's fields, the category and a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.services import categories, registrations
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.labels import language
from mornings_desktop.ui.people.walk_in_form import colour_icon


class RegistrationDialog(QDialog):
    """`saved_id` holds the registration id after a successful save."""

    def __init__(
        self,
        workspace: Workspace,
        morning_id: str,
        row: RegistrationRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.morning_id = morning_id
        self.row = row
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit registration") if row else self.tr("New registration"))
        self.first_name = QLineEdit(row.first_name if row else "")
        self.last_name = QLineEdit(row.last_name if row else "")
        self.organisation = QLineEdit(row.organisation if row else "")
        self.job_title = QLineEdit(row.job_title if row else "")
        self.email = QLineEdit(row.email if row else "")
        self.phone = QLineEdit(row.phone if row else "")
        self.category = QComboBox()
        for c in categories.list_categories(workspace):
            self.category.addItem(colour_icon(c.colour), c.label(language()), c.key)
        self.category.setCurrentIndex(
            max(self.category.findData(row.category if row else "guest"), 0)
        )
        self.note = QLineEdit(row.note if row else "")
        self.error = QLabel()
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Last name"), self.last_name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Job title"), self.job_title)
        form.addRow(self.tr("E-&mail"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("Ca&tegory"), self.category)
        form.addRow(self.tr("&Note"), self.note)
        if row is not None:
            form.addRow(self.tr("Code"), QLabel(row.code))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def person_fields(self) -> dict[str, object]:
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "organisation": self.organisation.text(),
            "job_title": self.job_title.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
        }

    def save(self) -> None:
        category = str(self.category.currentData() or "guest")
        try:
            if self.row is None:
                self.saved_id = registrations.register_person(
                    self.workspace,
                    self.morning_id,
                    self.person_fields(),
                    category=category,
                    note=self.note.text() or None,
                )
            else:
                registrations.edit_registration(
                    self.workspace,
                    self.row.id,
                    category=category,
                    note=self.note.text(),
                    person=self.person_fields(),
                )
                self.saved_id = self.row.id
        except UserError as exc:
            self.error.setText("⚠ " + translate_error(exc))
            return
        self.accept()
