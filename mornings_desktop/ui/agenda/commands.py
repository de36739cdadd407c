"""Undoable agenda edits. The change itself is made (and validated) by the service BEFORE the
command is pushed, so a refused edit never reaches the stack; undo and redo then bring the agenda
back to the recorded state with new operations (undo is a later operation, like every change)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from mornings_desktop.services import agenda
from mornings_desktop.services.workspace import Workspace


class AgendaCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        ws: Workspace,
        morning_id: str,
        before: agenda.AgendaState,
        after: agenda.AgendaState,
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(text)
        self._ws = ws
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
        try:
            agenda.restore_state(self._ws, self._morning_id, state)
        except Exception as exc:  # a database that went away: say so, keep the window alive
            self._on_error(exc)
