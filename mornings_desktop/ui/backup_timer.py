"""Rotating backups while the window is open: at start, every few minutes while new operations
exist, and at exit. Backups run on the UI thread (SQLite's backup API takes a fraction of a second
for a Morning's database) so they never race a closing window."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from sqlalchemy import func, select

from mornings_desktop.errors import UserError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.backup import rotating_backup
from mornings_desktop.store.schema import Operation

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

    def start(self, interval_ms: int) -> None:
        self.backup_if_new("start")
        self.timer.start(interval_ms)

    def backup_if_new(self, reason: str) -> bool:
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
