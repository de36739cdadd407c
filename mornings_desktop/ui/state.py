"""The state every screen shares: the workspace, the current Morning, settings, background jobs.

`data_changed` is emitted on the UI thread after operations were committed (by this window, a
background job, or a sync), with a `Changes` (services/changes.py): what kinds of rows changed and
for which Mornings, so screens refresh what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mornings_desktop.services.changes import Changes
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.settings import CURRENT_MORNING, Settings
from mornings_desktop.ui.jobs import JobRunner


class AppState(QObject):
    current_morning_changed = Signal(str)
    data_changed = Signal(object)  # Changes
    status_message = Signal(str)
    settings_changed = Signal()  # the Settings dialog saved (the desk's sound follows it)
    # The window is closing and the program ends (`app.shutdown`): background work that would
    # outlive it stops now (the sync round's process), before the jobs are waited for.
    quitting = Signal()
    _ops_committed = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        settings: Settings,
        jobs: JobRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.jobs = jobs or JobRunner(self)
        self._current = str(settings.get(CURRENT_MORNING) or "")
        # Listeners may be called from worker threads: hop to the UI thread through a signal.
        self._ops_committed.connect(self._on_ops)
        self._unsubscribe = workspace.subscribe_changes(self._ops_committed.emit)

    def changed_everything(self) -> None:
        """Every screen re-reads what it shows (from any thread): a joining desk's current
        Mornings arrived in a round that has not finished yet."""
        self._ops_committed.emit(Changes.everything())

    def _on_ops(self, changes: Changes) -> None:
        if changes:
            self.data_changed.emit(changes)

    @property
    def current_morning_id(self) -> str:
        return self._current

    def set_current_morning(self, morning_id: str) -> None:
        if morning_id == self._current:
            return
        self._current = morning_id
        self.settings.set(CURRENT_MORNING, morning_id)
        self.current_morning_changed.emit(morning_id)

    def close(self) -> None:
        self._unsubscribe()
