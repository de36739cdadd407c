"""The organiser's list of flags (Settings → Flags…): add, rename, retire or bring back a flag.

Keyboard first: the list takes the arrows; Alt+L types one label for every language, Alt+F / Alt+E /
Alt+R a label per language; Alt+A adds, Alt+N renames, Alt+T retires or brings back; Alt+B prints
the chosen flag on badges or stops (beside the category, where the badge template shows flags). Each change is
one operation written off the UI thread (`ui/writes.py`); the list is read again once it is on
disk. On a door desk the list is shown, the changes are not offered and one sentence says where the
list is kept (the service refuses them too: `services/flag_list.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.services import flag_list
from mornings_desktop.services.flag_list import FlagInfo
from mornings_desktop.ui.dialogs import show_error, translate_error
from mornings_desktop.ui.labels import language
from mornings_desktop.ui.role_gate import RoleGate
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.writes import run_write


class FlagListDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.door = not RoleGate.of(state.workspace).allows("flag.list")
        self.flags: list[FlagInfo] = []
        self.setWindowTitle(self.tr("Flags"))
        intro = QLabel(
            self.tr(
                "The flags a registration may carry; at the door they make the admission "
                "“admitted — attention” and are named. A retired flag is no longer offered, "
                "but the registrations that hold it keep it."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Flags"))
        self.list.currentRowChanged.connect(self._chosen)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("One label for every language"))
        self.label_fr = QLineEdit()
        self.label_en = QLineEdit()
        self.label_ar = QLineEdit()
        self.label_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        form = QFormLayout()
        form.addRow(self.tr("&Label"), self.label)
        form.addRow(self.tr("&French"), self.label_fr)
        form.addRow(self.tr("&English"), self.label_en)
        form.addRow(self.tr("A&rabic"), self.label_ar)
        self.add_button = QPushButton(self.tr("&Add"))
        self.rename_button = QPushButton(self.tr("Re&name"))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.retire)
        self.label.returnPressed.connect(self.add)
        self.on_badge = QCheckBox(self.tr("Printed on &badges, beside the category"))
        self.on_badge.clicked.connect(self.print_on_badges)
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.retire_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("flagListMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        closer = close.button(QDialogButtonBox.StandardButton.Close)
        closer.setAutoDefault(False)  # Enter in the label adds; it never closes the list
        closer.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.on_badge)
        layout.addWidget(self.message)
        layout.addWidget(close)
        if self.door:
            for widget in (self.label, self.label_fr, self.label_en, self.label_ar):
                widget.setReadOnly(True)
            for control in (self.add_button, self.rename_button, self.retire_button, self.on_badge):
                control.setEnabled(False)
            self.message.setText(self._door_sentence())
        self.resize(520, 520)
        self.reload()

    def _door_sentence(self) -> str:
        try:
            flag_list.require_organiser(self.state.workspace)
        except UserError as exc:
            return "ⓘ " + translate_error(exc)
        return ""

    # -- reading ---------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        self.flags = flag_list.list_flags(self.state.workspace)
        lang = language()
        self.list.blockSignals(True)
        self.list.clear()
        for flag in self.flags:
            text = flag.label(lang)
            if flag.retired:
                text = self.tr("{flag} (retired)").format(flag=text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, flag.key)
            if flag.retired:
                item.setForeground(QColor("#777777"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        keys = [f.key for f in self.flags]
        self.list.setCurrentRow(keys.index(keep) if keep in keys else 0)
        self._chosen(self.list.currentRow())

    def current(self) -> FlagInfo | None:
        row = self.list.currentRow()
        return self.flags[row] if 0 <= row < len(self.flags) else None

    def _chosen(self, row: int) -> None:
        flag = self.current()
        for edit, text in (
            (self.label_fr, flag.label_fr if flag else ""),
            (self.label_en, flag.label_en if flag else ""),
            (self.label_ar, flag.label_ar if flag else ""),
        ):
            edit.setText(text)
        self.retire_button.setText(
            self.tr("Res&tore") if flag and flag.retired else self.tr("Re&tire")
        )
        self.on_badge.setChecked(bool(flag and flag.on_badge))

    # -- changing --------------------------------------------------------------------------
    def _run(self, work: Callable[[], FlagInfo], said: str) -> None:
        def done(flag: FlagInfo) -> None:
            self.label.clear()
            self.reload(keep=flag.key)
            self.message.setText("✓ " + said.format(flag=flag.label(language())))
            self.list.setFocus()  # arrows choose the next flag to change

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self.message.setText("⚠ " + translate_error(exc))
            else:
                show_error(self, exc)

        run_write(self.state.jobs, work, on_done=done, on_error=failed, parent=self)

    def _typed(self) -> tuple[str, str, str, str]:
        return (self.label.text(), self.label_fr.text(), self.label_en.text(), self.label_ar.text())

    def add(self) -> None:
        """Add the label typed (every language), else the French / English / Arabic ones."""
        if self.door:
            return
        ws = self.state.workspace
        one, fr, en, ar = self._typed()
        if one.strip():
            fr = en = ar = ""
        self._run(
            lambda: flag_list.add_flag(ws, one, fr=fr, en=en, ar=ar), self.tr("{flag} added.")
        )

    def rename(self) -> None:
        """The chosen flag takes the label typed for every language, else the three below."""
        flag = self.current()
        if self.door or flag is None:
            return
        ws = self.state.workspace
        one, fr, en, ar = self._typed()
        if one.strip():
            fr = en = ar = ""
        self._run(
            lambda: flag_list.rename_flag(ws, flag.key, one, fr=fr, en=en, ar=ar),
            self.tr("Renamed {flag}."),
        )

    def retire(self) -> None:
        flag = self.current()
        if self.door or flag is None:
            return
        ws, back = self.state.workspace, flag.retired
        self._run(
            lambda: flag_list.retire_flag(ws, flag.key, retired=not back),
            self.tr("{flag} is offered again.") if back else self.tr("{flag} retired."),
        )

    def print_on_badges(self, on: bool) -> None:
        flag = self.current()
        if self.door or flag is None:
            return
        ws = self.state.workspace
        self._run(
            lambda: flag_list.set_on_badge(ws, flag.key, on),
            self.tr("{flag} is printed on badges.")
            if on
            else self.tr("{flag} is not printed on badges."),
        )
