"""Settings: the desk's name (read-only here: it is this laptop's identity in the log), the language,
the check-in desk's sound, where the data lives, the organiser's list of flags (`ui/flag_list_dialog.py`), and on an organiser
desk holding the organisation key, its recovery key (exported or not, and the button that exports
it: `recovery_export.py`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.paths import data_dir
from mornings_desktop.services import desk_role
from mornings_desktop.settings import LANGUAGE, SOUND
from mornings_desktop.sync import recovery
from mornings_desktop.ui import recovery_export
from mornings_desktop.ui.state import AppState

LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}


class SettingsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(state.settings.language), 0))
        desk = QLabel(state.workspace.desk_name)
        desk.setAccessibleName(self.tr("Desk name"))
        folder = QLabel(str(data_dir()))
        folder.setTextInteractionFlags(
            folder.textInteractionFlags() | folder.textInteractionFlags().TextSelectableByMouse
        )
        database = QLabel(str(state.workspace.path))
        self.note = QLabel(self.tr("A new language applies the next time the program starts."))
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Desk name"), desk)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Data folder"), folder)
        form.addRow(self.tr("Database"), database)
        self.recovery_state = QLabel()
        self.recovery_button = QPushButton(self.tr("E&xport the recovery key…"))
        self.recovery_button.clicked.connect(
            lambda: recovery_export.export(self, state, self._show_recovery)
        )
        if desk_role.desk_role(state.workspace) != "door" and recovery_export.holds_org_key(
            state.workspace
        ):
            row = QHBoxLayout()
            row.addWidget(self.recovery_state, 1)
            row.addWidget(self.recovery_button)
            form.addRow(self.tr("Recovery key"), row)
            self._show_recovery()
        self.sound = QCheckBox(self.tr("A &tone for each result at the check-in desk"))
        self.sound.setChecked(bool(state.settings.get(SOUND)))
        form.addRow(self.tr("Sound"), self.sound)
        self.flags_button = QPushButton(self.tr("&Flags…"))
        self.flags_button.setAutoDefault(False)
        self.flags_button.clicked.connect(self.edit_flags)
        form.addRow(self.tr("Registration flags"), self.flags_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _show_recovery(self) -> None:
        when = recovery.exported_at(self.state.workspace)
        self.recovery_state.setText(
            self.tr("Exported on %1.").replace("%1", when[:16].replace("T", " "))
            if when
            else self.tr("Not exported yet: export it once, and keep it away from this computer.")
        )
        self.recovery_button.setVisible(when is None)

    def edit_flags(self) -> None:
        from mornings_desktop.ui.flag_list_dialog import FlagListDialog

        FlagListDialog(self.state, self).exec()

    def save(self) -> None:
        self.state.settings.set(LANGUAGE, self.language.currentData())
        self.state.settings.set(SOUND, self.sound.isChecked())
        self.state.settings_changed.emit()  # the desk's sound follows at once
        self.accept()
