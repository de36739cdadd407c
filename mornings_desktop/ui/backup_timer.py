"""Rotating backups while the window is open: at start, every few minutes while new operations
exist, and at exit.

The start backup runs in a job, after the whole-file check (`store.database.FileCheck`) passed on
the same worker: a damaged file is never backed up (rotating it in would push out the good
backups a restore needs), and the check and the copy of a large file stay off the UI thread.
Later backups run on the UI thread (SQLite's backup API takes a fraction of a second for a
Morning's database) so they never race a closing window."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from sqlalchemy import func, select

from mornings_desktop.errors import DatabaseError, UserError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.backup import rotating_backup
from mornings_desktop.store.schema import Operation
from mornings_desktop.ui.jobs import JobControl, JobRunner

log = logging.getLogger(__name__)


class BackupTimer(QObject):
    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.backup_if_new("auto"))
        self._seen = -1

    def _count(self) -> int:
        with self.workspace.db.read() as session:
            return int(session.execute(select(func.count()).select_from(Operation)).scalar_one())

    def start(
        self,
        interval_ms: int,
        jobs: JobRunner,
        on_damage: Callable[[DatabaseError], None],
    ) -> None:
        """Check the whole file, back it up ("start") and start the timer, in a job; a damaged
        file goes to `on_damage` and is never backed up."""
        check = self.workspace.db.file_check
        path = self.workspace.path

        def work(_control: JobControl) -> int:
            check.ensure()
            count = self._count()
            try:
                rotating_backup(path, "start")
            except UserError as exc:
                log.warning("backup failed: %s", exc)
                return -1
            return count

        def done(count: int) -> None:
            self._seen = count
            self.timer.start(interval_ms)

        def failed(exc: BaseException) -> None:
            if check.damage is not None:
                on_damage(check.damage)
            else:  # the file could not be read to count: the timer tries again later
                log.warning("start backup failed: %s", exc)
                self.timer.start(interval_ms)

        jobs.run(work, on_done=done, on_error=failed, show_dialog=False, cancellable=False)

    def backup_if_new(self, reason: str) -> bool:
        check = self.workspace.db.file_check
        if not check.done or check.damage is not None:
            return False  # never a backup of a file not known to be whole
        count = self._count()
        if count == self._seen:
            return False
        try:
            rotating_backup(self.workspace.path, reason)
        except UserError as exc:
            log.warning("backup failed: %s", exc)
            return False
        self._seen = count
        return True

    def final_backup(self) -> None:
        self.timer.stop()
        self.backup_if_new("exit")
