"""The main window: navigation between areas, the current Morning, and a status bar that says
which database file and desk this is and how many operations wait to be synced."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from mornings_desktop.services import mornings
from mornings_desktop.services.changes import Changes
from mornings_desktop.settings import GEOMETRY
from mornings_desktop.ui import operator_dialog, recovery_export
from mornings_desktop.ui.areas import Area, discover
from mornings_desktop.ui.damage_banner import DamageBanner
from mornings_desktop.ui.labels import morning_choice
from mornings_desktop.ui.picker_keys import PickerKeys
from mornings_desktop.ui.recovery_banner import RecoveryBanner
from mornings_desktop.ui.role_gate import RoleGate
from mornings_desktop.ui.state import AppState


class MainWindow(QMainWindow):
    menu_gate: RoleGate  # what this desk's role lets the menus offer (set by menu_actions)
    demo_action: QAction

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.setWindowTitle(self.tr("Mornings Desktop"))
        self.resize(1200, 680)  # fits a 1366×768 laptop screen with its task bar
        self.areas: list[Area] = discover()
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setFixedWidth(190)
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setStyleSheet(
            "QListWidget { font-size: 13pt; } QListWidget::item { padding: 8px; }"
        )
        self.stack = QStackedWidget()
        for area in self.areas:
            # An area's page is built when first shown (or asked for): opening the window on a
            # large database reads nothing for the pages nobody looks at yet.
            self.stack.addWidget(QWidget())
            label = QCoreApplication.translate("areas", area.title)
            item = QListWidgetItem(f"{label}")
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            if area.shortcut:
                item.setToolTip(area.shortcut)
            self.nav.addItem(item)
            if area.shortcut:
                action = QAction(self)
                action.setShortcut(QKeySequence(area.shortcut))
                action.triggered.connect(lambda _c=False, key=area.key: self.show_area(key))
                self.addAction(action)
        for area in self.areas:
            if area.eager is not None and area.eager(state):
                self.page(area.key)
        self.nav.currentRowChanged.connect(self._show_row)

        self.morning_picker = QComboBox()
        self._filling = False
        self.morning_picker.setMinimumWidth(420)
        self.morning_picker.setAccessibleName(self.tr("Current Morning"))
        self.morning_picker.activated.connect(self._picked)
        # A scan typed on the picker after a choice goes to the area (ui/picker_keys.py).
        self._picker_keys = PickerKeys(self.morning_picker, self.stack.currentWidget)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(6, 6, 6, 0)
        picker_label = QLabel(self.tr("Current &Morning:"))
        picker_label.setBuddy(self.morning_picker)
        top_layout.addWidget(picker_label)
        top_layout.addWidget(self.morning_picker)
        top_layout.addStretch(1)

        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.addWidget(self.nav)
        body_layout.addWidget(self.stack, 1)
        central = QWidget()
        from PySide6.QtWidgets import QVBoxLayout

        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        self.damage_banner = DamageBanner()
        outer.addWidget(self.damage_banner)
        self.recovery_banner = RecoveryBanner()
        self.recovery_banner.export_button.clicked.connect(
            lambda: recovery_export.export(self, self.state, self.update_status)
        )
        outer.addWidget(self.recovery_banner)
        outer.addWidget(top)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.desk_label = QLabel()
        self.pending_label = QLabel()
        # Shown when this desk's role changed since the window opened (joined as a door desk
        # from the Sync area): the screens offer what the role allowed then until a restart.
        self.role_label = QLabel()
        self.role_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.role_label.hide()
        self.statusBar().addWidget(self.role_label)
        for fact in (self.db_label, self.desk_label, self.pending_label):
            fact.setContentsMargins(10, 0, 10, 0)  # three facts, read apart at a glance
            self.statusBar().addPermanentWidget(fact)
        self.operator_button = QToolButton()
        self.operator_button.setAutoRaise(True)
        self.operator_button.setToolTip(self.tr("Change the person at the desk (Ctrl+Shift+O)"))
        self.operator_button.clicked.connect(self.switch_operator)
        self.statusBar().addPermanentWidget(self.operator_button)
        self.state.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.state.data_changed.connect(self._on_data_changed)
        self.state.current_morning_changed.connect(lambda _m: self._fill_picker())
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(5000)
        self._status_timer.timeout.connect(self.update_status)
        self._status_timer.timeout.connect(self.check_role)
        self._status_timer.start()

        self._build_menu()
        self._open_on_todays_morning()
        self._fill_picker()
        self.update_status()
        geometry = state.settings.get(GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        if self.areas:
            self.nav.setCurrentRow(0)

    # -- navigation ---------------------------------------------------------------------------
    def show_area(self, key: str) -> None:
        for row, area in enumerate(self.areas):
            if area.key == key:
                self.nav.setCurrentRow(row)
                self.page(key).setFocus()
                return

    def page(self, key: str) -> QWidget:
        """The area's page, built now if it was not yet."""
        page = self.pages.get(key)
        if page is None:
            row = next(i for i, area in enumerate(self.areas) if area.key == key)
            page = self.areas[row].factory(self.state)
            self.pages[key] = page
            placeholder = self.stack.widget(row)
            current = self.stack.currentIndex() == row
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            if current:
                self.stack.setCurrentIndex(row)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            self.page(self.areas[row].key)
        self.stack.setCurrentIndex(row)

    def _build_menu(self) -> None:
        from mornings_desktop.ui import menu_actions

        menu_actions.build(self)

    # -- current Morning ----------------------------------------------------------------------
    def _fill_picker(self) -> None:
        if self._filling:  # choosing the current Morning below tells us again: once is enough
            return
        self._filling = True
        try:
            self._fill_picker_now()
        finally:
            self._filling = False

    def _fill_picker_now(self) -> None:
        rows = mornings.list_mornings(self.state.workspace, include_archived=False, counts=False)
        current = self.state.current_morning_id
        self.morning_picker.blockSignals(True)
        self.morning_picker.clear()
        if not rows:
            self.morning_picker.addItem(self.tr("(no Morning yet)"), "")
        for m in rows:
            self.morning_picker.addItem(morning_choice(m.date, m.title), m.id)
        index = self.morning_picker.findData(current)
        if index < 0 and rows and (not current or current not in {m.id for m in rows}):
            # None chosen yet (a first start, a desk that just joined) or gone: today's Morning,
            # else the next one, else the latest (a new desk took the latest, weeks ahead).
            ahead = mornings.next_morning(self.state.workspace)
            self.state.set_current_morning(ahead[0] if ahead is not None else rows[0].id)
            index = self.morning_picker.findData(self.state.current_morning_id)
        self.morning_picker.setCurrentIndex(max(index, 0))
        self.morning_picker.blockSignals(False)

    def _open_on_todays_morning(self) -> None:
        """On a Morning's day the window opens on it, whatever was left current (last month's
        Morning scanned today's tickets as "not for this Morning"), and says so; another day
        the desk's choice stays."""
        ahead = mornings.next_morning(self.state.workspace)
        today = date.today().isoformat()
        if ahead is None or ahead[1] != today or ahead[0] == self.state.current_morning_id:
            return
        was = self.state.current_morning_id
        self.state.set_current_morning(ahead[0])
        if was:
            title = mornings.get(self.state.workspace, ahead[0]).title
            self.statusBar().showMessage(
                self.tr("Today's Morning is chosen: %1").replace("%1", f"\u2068{title}\u2069"),
                15000,
            )

    def _picked(self, index: int) -> None:
        morning_id = self.morning_picker.itemData(index)
        if morning_id:
            self.state.set_current_morning(morning_id)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.mornings:
            self._fill_picker()
        self.update_status()

    # -- status -------------------------------------------------------------------------------
    def update_status(self) -> None:
        ws = self.state.workspace
        # A path reads left to right even in Arabic: isolate it (LRI … PDI) from the RTL label.
        path = f"\u2066{ws.path}\u2069"
        self.db_label.setText(self.tr("Database: %1").replace("%1", path))
        self.desk_label.setText(self.tr("Desk: %1").replace("%1", ws.desk_name))
        self.pending_label.setText(
            self.tr("Not yet synced: %1").replace("%1", str(ws.pending_ops()))
        )
        self.operator_button.setText(
            self.tr("At the desk: %1").replace("%1", f"\u2068{ws.operator or '—'}\u2069")
        )
        self.recovery_banner.refresh(ws, self.state.jobs)

    def check_role(self) -> None:
        """Every 5 s (not on each scan's change notice: it reads the certificates)."""
        now = RoleGate.of(self.state.workspace).role
        if now == self.menu_gate.role:
            return
        self.role_label.setText(
            self.tr("This is now a door desk: restart the program to see what it may do.")
            if now == "door"
            else self.tr(
                "This is now an organiser desk: restart the program to see what it may do."
            )
        )
        self.role_label.show()

    def switch_operator(self) -> None:
        """Another volunteer takes the desk: their name goes with the changes from now on."""
        ws = self.state.workspace
        name = operator_dialog.ask(self.state.settings, "", self)
        if name:
            ws.operator = name
            self.update_status()
            self.state.status_message.emit(self.tr("%1 is now at the desk.").replace("%1", name))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.settings.set(GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
