"""The window's menus: File (demo, backup, settings, person at the desk, quit) and Help (data folder, log, about).

Strings are written `QCoreApplication.translate("menu", "…")` at each site so that lupdate files
them under the "menu" context (a helper function would hide them from it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from mornings_desktop import __version__
from mornings_desktop.errors import UserError
from mornings_desktop.ui.dialogs import show_error
from mornings_desktop.ui.role_gate import RoleGate

if TYPE_CHECKING:
    from mornings_desktop.ui.main_window import MainWindow


def build(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("menu", "&File"))
    window.menu_gate = RoleGate.of(window.state.workspace)
    demo = QAction(QCoreApplication.translate("menu", "Create a &demo Morning…"), window)
    demo.triggered.connect(lambda: create_demo(window))
    file_menu.addAction(demo)
    window.demo_action = demo
    window.menu_gate.hold("demo.create", demo)
    backup = QAction(QCoreApplication.translate("menu", "&Back up now"), window)
    backup.setShortcut(QKeySequence("Ctrl+Shift+B"))
    backup.triggered.connect(lambda: backup_now(window))
    file_menu.addAction(backup)
    settings = QAction(QCoreApplication.translate("menu", "&Settings…"), window)
    settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.triggered.connect(lambda: open_settings(window))
    file_menu.addAction(settings)
    person = QAction(QCoreApplication.translate("menu", "Change the &person at the desk…"), window)
    person.setShortcut(QKeySequence("Ctrl+Shift+O"))
    person.triggered.connect(window.switch_operator)
    file_menu.addAction(person)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("menu", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("menu", "&Help"))
    folder = QAction(QCoreApplication.translate("menu", "Open the &data folder"), window)
    folder.triggered.connect(
        lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(window.state.workspace.path.parent))
        )
    )
    help_menu.addAction(folder)
    about = QAction(QCoreApplication.translate("menu", "&About Mornings Desktop"), window)
    about.triggered.connect(
        lambda: QMessageBox.about(
            window,
            QCoreApplication.translate("menu", "About Mornings Desktop"),
            QCoreApplication.translate(
                "menu", "Mornings Desktop %1 — the Club Made in Morocco's Mornings, offline."
            ).replace("%1", __version__),
        )
    )
    help_menu.addAction(about)


def create_demo(window: MainWindow, attendees: int = 150) -> None:
    from mornings_desktop.services import demo

    if not window.menu_gate.allows("demo.create"):
        return
    ws = window.state.workspace

    def work(control):  # type: ignore[no-untyped-def]
        return demo.create_demo(
            ws, attendees=attendees, progress=lambda d, t: control.progress(d, t)
        )

    def done(morning_id: str) -> None:
        window.state.set_current_morning(morning_id)
        window.state.status_message.emit(
            QCoreApplication.translate("menu", "Demo Morning created.")
        )

    window.state.jobs.run(
        work,
        title=QCoreApplication.translate("menu", "Creating the demo Morning…"),
        on_done=done,
        parent_widget=window,
    )


def backup_now(window: MainWindow) -> None:
    from mornings_desktop.store.backup import rotating_backup

    damage = window.state.workspace.db.file_check.damage
    if damage is not None:  # a copy of a damaged file would push a good backup out
        show_error(window, damage)
        return
    try:
        dest = rotating_backup(window.state.workspace.path, "manual")
    except UserError as exc:
        show_error(window, exc)
        return
    window.state.status_message.emit(
        QCoreApplication.translate("menu", "Backup written: %1").replace("%1", str(dest))
    )


def open_settings(window: MainWindow) -> None:
    from mornings_desktop.ui.settings_dialog import SettingsDialog

    SettingsDialog(window.state, window).exec()
    window.update_status()  # the recovery key may have been exported there
