"""Undoable agenda edits. The change itself is made (and validated) by the service BEFORE the
command is pushed, so a refused edit never reaches the stack; undo and redo then bring the agenda
back to the recorded state with new operations (undo is a later operation, like every change).
Every write, the change and each undo or redo, runs in the screen's `WriteQueue`: off the UI
thread, one after the other in the order asked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from mornings_desktop.services import agenda
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.writes import WriteQueue


class AgendaCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        ws: Workspace,
        writes: WriteQueue,
        morning_id: str,
        before: agenda.AgendaState,
        after: agenda.AgendaState,
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self._ws = ws
        self._writes = writes
        self._morning_id = morning_id
        self._before = before
        self._after = after
        self._on_error = on_error
        self._done = True  # the service already made the change when the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._restore(self._after)

    def undo(self) -> None:
        self._restore(self._before)

    def _restore(self, state: agenda.AgendaState) -> None:
        ws, morning_id = self._ws, self._morning_id
        # A database that went away: the error says so, the window stays alive.
        self._writes.run(
            lambda: agenda.restore_state(ws, morning_id, state), lambda _r: None, self._on_error
        )
