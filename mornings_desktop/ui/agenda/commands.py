"""Undoable agenda edits. The change itself is made (and validated) by the service BEFORE the
command is pushed, so a refused edit never reaches the stack; undo and redo then bring the agenda
back to the recorded state with new operations (undo is a later operation, like every change).
Every write, the change and each undo or redo, runs in the screen's `WriteQueue`: off the UI
thread, one after the other in the order asked (`run_change`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from mornings_desktop.errors import UserError
from mornings_desktop.services import agenda
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import show_error, translate_error
from mornings_desktop.ui.writes import WriteQueue

if TYPE_CHECKING:
    from mornings_desktop.ui.agenda.screen import AgendaScreen


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


def run_change(
    screen: AgendaScreen,
    text: str,
    change: Callable[[], object],
    on_done: Callable[[object], None] | None = None,
) -> bool:
    """Make a change through the service in the write queue, then push it on the undo stack
    and say `text` (only once committed). A refused change shows its message, puts the agenda
    back as it is, and leaves the stack as it was. True: the change was started."""
    ws = screen.state.workspace
    morning_id = screen.morning_id

    def work() -> tuple[agenda.AgendaState, agenda.AgendaState, object]:
        before = agenda.agenda_state(ws, morning_id)
        result = change()
        return before, agenda.agenda_state(ws, morning_id), result

    def done(outcome: tuple[agenda.AgendaState, agenda.AgendaState, object]) -> None:
        screen._unpushed -= 1
        before, after, result = outcome
        screen.say(text)
        if after != before:
            screen.undo_stack.push(
                AgendaCommand(text, ws, screen.writes, morning_id, before, after, screen._failed)
            )
        if on_done is not None:
            on_done(result)

    def refused(exc: BaseException) -> None:
        screen._unpushed -= 1
        screen._failed(exc)

    screen._unpushed += 1
    screen.writes.run(work, done, refused)
    return True


def show_failure(screen: AgendaScreen, exc: BaseException) -> None:
    """A refused change: its message under the toolbar; what is shown goes back to the disk."""
    if isinstance(exc, UserError):
        screen.say(translate_error(exc), problem=True)
    else:  # a database that went away: one sentence, the window stays alive
        show_error(screen, exc)
    screen._schedule_refresh()  # what is shown goes back to what is on disk
