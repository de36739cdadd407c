"""At the door: the flags and the note of the person on screen (or chosen in the list), Ctrl+E.

The boxes are the organiser's list (`services/flag_list.py`; a retired flag only where this
registration holds it); a door desk may record these two fields of any registration (DESIGN §6).
The write runs on the desk's writer thread, in turn with the admissions (`desk_writer`); the dialog
closes once it is committed. The queue does not wait behind it: a code the scanner types while it
is open, wherever the focus is (a box, the note), is admitted behind it (`forms.ScanAwareDialog`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.services import flag_list, registrations
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.checkin.desk_writer import run_off_ui
from mornings_desktop.ui.checkin.forms import ScanAwareDialog
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.labels import language


class DoorFlagsDialog(ScanAwareDialog):
    def __init__(
        self,
        workspace: Workspace,
        row: RegistrationRow,
        parent: QWidget | None = None,
        on_scan: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent, on_scan)
        self.workspace = workspace
        self.row = row
        self.setWindowTitle(self.tr("Flags and note of {name}").format(name=row.name))
        grid = QGridLayout()
        self.flags: dict[str, QCheckBox] = {}
        for i, flag in enumerate(flag_list.offered(flag_list.list_flags(workspace), row.flags)):
            text = flag.label(language())
            if flag.retired:
                text = self.tr("{flag} (retired)").format(flag=text)
            box = QCheckBox(text)
            box.setChecked(flag.key in row.flags)
            self.flags[flag.key] = box
            grid.addWidget(box, i // 2, i % 2)
        self.note = QLineEdit(row.note)
        self.note.setPlaceholderText(self.tr("Note shown at the door"))
        self.note.setAccessibleName(self.tr("Note"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.watch_all()

    def chosen(self) -> list[str]:
        keys = [key for key, box in self.flags.items() if box.isChecked()]
        return keys + [k for k in self.row.flags if k not in self.flags]  # a newer version's keys

    def save(self) -> None:
        """Saved on the desk's writer thread; closes once committed, else says why."""
        try:
            run_off_ui(
                registrations.edit_registration,
                self.workspace,
                self.row.id,
                note=self.note.text(),
                flags=self.chosen(),
            )
        except UserError as exc:
            self.error.setText("⚠ " + translate_error(exc))
            return
        self.accept()
