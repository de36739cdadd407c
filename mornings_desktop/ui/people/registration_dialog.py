"""Add or edit a registration: the person's fields, the category, a note and flags."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.services import categories, flag_list, registrations
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.jobs import JobRunner
from mornings_desktop.ui.labels import language
from mornings_desktop.ui.people.walk_in_form import colour_icon, shown_categories
from mornings_desktop.ui.role_gate import RoleGate, reason
from mornings_desktop.ui.writes import save_then_accept


class RegistrationDialog(QDialog):
    """`saved_id` holds the registration id after a successful save."""

    def __init__(
        self,
        workspace: Workspace,
        morning_id: str,
        row: RegistrationRow | None,
        parent: QWidget | None = None,
        *,
        jobs: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.jobs = jobs  # None: the window's (ui/writes.py)
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
        for c in shown_categories(workspace):
            self.category.addItem(colour_icon(c.colour), c.label(language()), c.key)
        self.category.setCurrentIndex(
            max(self.category.findData(row.category if row else "guest"), 0)
        )
        self.note = QLineEdit(row.note if row else "")
        # Flags beyond the category, from the organiser's list (a retired one only where this
        # registration holds it): at the door the admission says "attention" and names them.
        self.flags: dict[str, QCheckBox] = {}
        flag_row = QGridLayout()
        held = row.flags if row else ()
        for i, flag in enumerate(flag_list.offered(flag_list.list_flags(workspace), held)):
            text = flag.label(language())
            if flag.retired:
                text = self.tr("{flag} (retired)").format(flag=text)
            box = QCheckBox(text)
            box.setChecked(flag.key in held)
            self.flags[flag.key] = box
            flag_row.addWidget(box, i // 3, i % 3)
        self.error = QLabel()
        self.error.setWordWrap(True)
        # On a door desk, someone else's registration: the person and the category are shown,
        # not changed (the role table); the note and flags stay editable.
        gate = RoleGate.of(workspace)
        self.person_editable = row is None or gate.allows("registration.person", row.person_id)
        self.category_editable = row is None or gate.allows("registration.category", row.id)
        for field in self.person_line_edits():
            field.setReadOnly(not self.person_editable)
            if not self.person_editable:
                field.setToolTip(reason())
        self.category.setEnabled(self.category_editable)
        if not self.category_editable:
            self.category.setToolTip(reason())
        self.door_note = QLabel(
            self.tr(
                "At a door desk, only the note and the flags of this registration can be changed."
            )
        )
        self.door_note.setWordWrap(True)
        self.door_note.setVisible(not (self.person_editable and self.category_editable))
        self.setStyleSheet('QLineEdit[readOnly="true"] { background: palette(window); }')
        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Last name"), self.last_name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Job title"), self.job_title)
        form.addRow(self.tr("E-&mail"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("Ca&tegory"), self.category)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("Flags"), flag_row)
        if row is not None:
            form.addRow(self.tr("Code"), QLabel(row.code))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.door_note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.person_editable:
            self.note.setFocus()  # the first field this desk may change

    def person_line_edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.first_name,
            self.last_name,
            self.organisation,
            self.job_title,
            self.email,
            self.phone,
        )

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
        """Saved in a job; the dialog closes only once the registration is on disk."""
        ws, morning_id, row = self.workspace, self.morning_id, self.row
        category = str(self.category.currentData() or "guest")
        note, person = self.note.text(), self.person_fields()
        kept_category = category if self.category_editable else None
        kept_person = person if self.person_editable else None
        flags = [key for key, box in self.flags.items() if box.isChecked()]
        flags += [key for key in (row.flags if row else ()) if key not in self.flags]  # newer keys

        def work() -> str:
            categories.ensure_defaults(ws)
            if row is None:
                return registrations.register_person(
                    ws, morning_id, person, category=category, note=note or None, flags=flags
                )
            registrations.edit_registration(
                ws, row.id, category=kept_category, note=note, person=kept_person, flags=flags
            )
            return row.id

        def saved(registration_id: str) -> None:
            self.saved_id = registration_id

        save_then_accept(
            self,
            work,
            on_saved=saved,
            on_problem=lambda text: self.error.setText("⚠ " + text),
            jobs=self.jobs,
        )
