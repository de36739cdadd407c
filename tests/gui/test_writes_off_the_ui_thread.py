"""With the real job runner (worker threads, as in the app), the screens' writes run off the UI
thread, say "done" only after the COMMIT, and keep their order: the agenda's edits, undo and redo.

The other GUI tests use a synchronous runner (the job runs on the caller's thread); here every write
transaction must start on a worker thread (tests/ui_thread_writes.py records the thread).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mornings_desktop.services import agenda, mornings, registrations
from mornings_desktop.services.agenda_rows import SessionInput
from mornings_desktop.ui.agenda.screen import AgendaScreen
from mornings_desktop.ui.state import AppState
from tests.gui.keys import type_text
from tests.ui_thread_writes import WriteProbe

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def live_state(qtbot, ws, settings) -> Iterator[AppState]:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.jobs import JobRunner

    runner = JobRunner(dialog_delay_ms=60_000)
    state = AppState(ws, settings, runner)
    yield state
    runner.wait()
    QApplication.processEvents()
    state.close()


def only_workers_wrote(probe: WriteProbe) -> None:
    starts = list(probe.starts)
    assert starts, "no write was recorded"
    assert [s.thread for s in starts if s.on_ui_thread] == []


def test_agenda_edits_undo_and_redo_keep_their_order(
    qtbot, live_state: AppState, ws, ui_writes: WriteProbe
) -> None:  # type: ignore[no-untyped-def]
    morning = mornings.create(ws, mornings.MorningInput(title="M", date="2026-12-10"))
    first = agenda.create_session(ws, morning, SessionInput("talk", "Ouverture", "08:30", 30))
    live_state.set_current_morning(morning)
    screen = AgendaScreen(live_state)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    ui_writes.clear()
    screen.table.setFocus()
    screen.select_session(first, 4)  # the title
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, "Accueil", enter=True)
    # Nothing is said before the COMMIT; then the step is on the stack and the list shows it.
    qtbot.waitUntil(lambda: screen.undo_stack.count() == 1, timeout=10_000)
    assert screen.message.text() == "✓ Rename “Ouverture”"
    qtbot.waitUntil(lambda: screen.model.session(0).title == "Accueil", timeout=10_000)
    qtbot.keyClick(screen.table, Qt.Key.Key_N, CTRL)  # a new session after it
    qtbot.waitUntil(lambda: screen.undo_stack.count() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: len(agenda.list_sessions(ws, morning)) == 2, timeout=10_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the title editor
    # Two undos then two redos, typed at once: the writes run one after the other, in order.
    for keys in (CTRL, CTRL, CTRL_SHIFT, CTRL_SHIFT, CTRL):
        qtbot.keyClick(screen.table, Qt.Key.Key_Z, keys)
    qtbot.waitUntil(lambda: not screen.writes.busy, timeout=10_000)
    live_state.jobs.wait()
    assert [(s.title, s.start) for s in agenda.list_sessions(ws, morning)] == [("Accueil", "08:30")]
    assert screen.undo_stack.index() == 1
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    only_workers_wrote(ui_writes)


def test_morning_editor_closes_once_saved_and_walk_in_registers(
    qtbot, live_state: AppState, ws, ui_writes: WriteProbe
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.mornings.editor import MorningEditor
    from mornings_desktop.ui.people.walk_in_form import WalkInForm

    ui_writes.clear()  # opening the desk wrote (test set-up)
    editor = MorningEditor(ws, None, jobs=live_state.jobs)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.title, "Matinale de janvier", enter=True)
    assert editor.isVisible()  # still open while the job writes
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    assert editor.saved_id is not None
    assert mornings.get(ws, editor.saved_id).title == "Matinale de janvier"

    form = WalkInForm(ws, editor.saved_id, jobs=live_state.jobs)
    qtbot.addWidget(form)
    form.show()
    registered: list[str] = []
    form.registered.connect(registered.append)
    type_text(form.name, "Rachid El Idrissi")
    type_text(form.organisation, "Médias24", enter=True)
    qtbot.waitUntil(lambda: bool(registered), timeout=10_000)
    assert form.message.text() == "✓ Rachid El Idrissi is registered."
    assert registrations.get_registration(ws, registered[0]).walk_in
    live_state.jobs.wait()
    only_workers_wrote(ui_writes)
