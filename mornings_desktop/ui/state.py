"""The state every screen shares: the workspace, the current Morning, settings, background jobs.

`data_changed` is emitted on the UI thread after operations were committed (by this window, a
background job, or a sync), with the list of operation types, so screens refresh what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.settings import CURRENT_MORNING, Settings
from mornings_desktop.ui.jobs import JobRunner


class AppState(QObject):
    current_morning_changed = Signal(str)
    data_changed = Signal(list)  # list[str] of operation types
    status_message = Signal(str)
    _ops_committed = Signal(list)

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
        self._unsubscribe = workspace.subscribe(lambda ops: self._ops_committed.emit(ops))

    def _on_ops(self, ops: list[Op]) -> None:
        self.data_changed.emit(sorted({op.type for op in ops}))

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
