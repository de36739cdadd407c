"""Start-up of the window: paths, settings, translations, logging, the database, the main window.

Order matters: nothing touches the database before it has been checked (writable, a database, not
from a newer version) and, if it needs migrating, backed up. Any problem with the file is a
dialog with one clear sentence; the file is left as it was. The whole-file `quick_check` runs in
a background job once the first page shows (every write waits for it, and it is done before the
window writes anything at open); damage it finds is said in a banner and refuses every write
(`ui/damage_banner.py`). A damaged page met by the first page's reads is the start-up dialog.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from mornings_desktop import APP_NAME, ORG_NAME, __version__
from mornings_desktop.errors import UserError
from mornings_desktop.paths import default_db_path, logs_dir
from mornings_desktop.private_files import start_private
from mornings_desktop.services.operator import check_operator
from mornings_desktop.services.workspace import Workspace, check_desk_name, default_desk_name

log = logging.getLogger(__name__)
BACKUP_EVERY_MS = 5 * 60 * 1000
SCREENSHOT_DELAY_MS = 1500  # MORNINGS_SCREENSHOT: grab the window after this long, then quit


def ask_desk_name(suggestion: str) -> str | None:
    """First start: ask the desk's name (replaced in tests)."""
    while True:
        name, ok = QInputDialog.getText(
            None,
            QCoreApplication.translate("startup", "Name this desk"),
            QCoreApplication.translate(
                "startup",
                'This laptop\'s desk name (for example "Accueil 1"). It appears on check-ins '
                "and reports and must differ from the other desks'.",
            ),
            text=suggestion,
        )
        if not ok:
            return None
        try:
            return check_desk_name(name)
        except UserError as exc:
            QMessageBox.warning(None, APP_NAME, str(exc))


def ask_operator(settings) -> str:  # type: ignore[no-untyped-def]
    """The start of a shift: who is at the desk (replaced in tests). Cancelling keeps the last
    name this laptop knew, or the computer's user name: the window opens either way."""
    from mornings_desktop.services.operator import default_operator
    from mornings_desktop.settings import OPERATOR
    from mornings_desktop.ui import operator_dialog

    last = str(settings.get(OPERATOR))
    return operator_dialog.ask(settings, last) or last or default_operator()


def ask_offer_demo() -> bool:
    """An empty database: offer a demo Morning (replaced in tests)."""
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("startup", "Welcome"),
        QCoreApplication.translate(
            "startup",
            "There is no Morning in this database yet.\n\nCreate a demo Morning with an agenda "
            "and 150 registrations, to try the program?",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def show_startup_error(message: str) -> None:
    QMessageBox.critical(None, APP_NAME, message)


def run_event_loop(app: QApplication) -> int:
    """The application's event loop (replaced in tests: an application that quit cannot restart)."""
    return int(app.exec())


def run_gui(args: argparse.Namespace) -> int:
    from mornings_desktop.i18n import install_translations
    from mornings_desktop.settings import Settings
    from mornings_desktop.ui import crash

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    start_private()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    try:
        log_path = crash.setup_logging(logs_dir())
    except OSError:
        log_path = Path(os.devnull)
    crash.install(log_path)
    settings = Settings()
    translators = install_translations(app, settings.language)
    direction = app.layoutDirection()
    if settings.language == "ar":
        from PySide6.QtCore import Qt

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

    try:
        return _open_and_run(app, args, settings)
    finally:
        # The application may outlive this window (tests, self-test): leave it as it was found.
        # A direction left right-to-left turns every later table around (QTableView.selectRow
        # then picks a column past the last one and selects nothing).
        for translator in translators:
            app.removeTranslator(translator)
        app.setLayoutDirection(direction)


def _open_and_run(app: QApplication, args: argparse.Namespace, settings) -> int:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.dialogs import translate_error
    from mornings_desktop.ui.startup_lock import lock_database

    db_path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    try:
        lock = lock_database(db_path)  # before any question: a second window asks nothing
    except UserError as exc:
        show_startup_error(translate_error(exc))
        return 2
    try:
        return _open_locked(app, args, settings, db_path)
    finally:
        if lock is not None:
            lock.unlock()


def _open_locked(app: QApplication, args: argparse.Namespace, settings, db_path: Path) -> int:  # type: ignore[no-untyped-def]
    from mornings_desktop.ledger import org_key_store, signing
    from mornings_desktop.ui import org_passphrase
    from mornings_desktop.ui.dialogs import translate_error

    desk = getattr(args, "desk", None)
    if desk is None and not db_path.exists():
        desk = ask_desk_name(default_desk_name())
        if desk is None:
            return 0
    try:
        given = getattr(args, "operator", None)
        operator = check_operator(given) if given is not None else None
        org_passphrase.install()  # the organisation key's file, on a computer without keyring
        workspace = Workspace.open(db_path, desk, check_later=True)
        if org_key_store.needs_migration(workspace.org_id):  # a plain key of the build before
            signing.org_key(workspace.org_id)
    except UserError as exc:
        show_startup_error(translate_error(exc))
        return 2
    workspace.operator = operator or ask_operator(settings)
    try:
        window, state = build_window(workspace, settings)
    except (SQLAlchemyError, sqlite3.Error):  # a page the first reads need is damaged
        workspace.close()
        try:
            workspace.db.file_check.ensure()
        except UserError as exc:
            show_startup_error(translate_error(exc))
            return 2
        raise
    window.show()
    start_file_check(window)
    offer_demo_if_empty(window)
    screenshot = os.environ.get("MORNINGS_SCREENSHOT")
    if screenshot:
        QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: (window.grab().save(screenshot), app.quit()))
    code = run_event_loop(app)
    shutdown(workspace, state)
    return int(code)


def build_window(workspace: Workspace, settings):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.backup_timer import BackupTimer
    from mornings_desktop.ui.jobs import release_after_first_paint
    from mornings_desktop.ui.main_window import MainWindow
    from mornings_desktop.ui.state import AppState

    state = AppState(workspace, settings)
    # The window's background work (the forecast, the file check, the start backup…) starts once
    # its first page is painted: not sharing the interpreter with building and painting it.
    state.jobs.hold()
    state.backups = BackupTimer(workspace, state)  # type: ignore[attr-defined]
    window = MainWindow(state)
    release_after_first_paint(window, state.jobs)
    return window, state


def start_file_check(window) -> None:  # type: ignore[no-untyped-def]
    """Once the window shows: the whole-file check, then the start backup, in a job."""
    state = window.state
    state.backups.start(BACKUP_EVERY_MS, state.jobs, window.damage_banner.show_damage)


def offer_demo_if_empty(window) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.services import mornings
    from mornings_desktop.ui import menu_actions

    if mornings.list_mornings(window.state.workspace):
        return
    if ask_offer_demo():
        menu_actions.create_demo(window)


def shutdown(workspace: Workspace, state) -> None:  # type: ignore[no-untyped-def]
    state.quitting.emit()  # a sync round stops now: the jobs are not waited for behind it
    state.jobs.wait(60_000)
    state.backups.final_backup()
    state.close()
    workspace.close()
