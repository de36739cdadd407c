"""The desk's writes run on its writer thread: the result still shows only once committed, and
scans that come while one is being saved (a camera frame, the scanner's next code) are saved after
it, in order. The writer is held busy by the test so the wait is certain, not a matter of speed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from mornings_desktop.services import checkin, registrations
from mornings_desktop.ui.checkin import desk_writer
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.keys import type_text


@pytest.fixture
def desk(qtbot, state, demo_morning):  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    widget = CheckinScreen(state)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class _Camera(QObject):
    code_read = Signal()


def _rows(state, morning_id):  # type: ignore[no-untyped-def]
    return [
        r
        for r in registrations.list_registrations(state.workspace, morning_id)
        if r.status != "cancelled" and r.category == "member"
    ]


def _post_typing(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key events queued as the window system delivers them (not sent at once)."""
    for char in text:
        key = ord(char.upper()) if char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(
                widget, QKeyEvent(kind, int(key), Qt.KeyboardModifier.NoModifier, char)
            )
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.postEvent(
            widget, QKeyEvent(kind, int(Qt.Key.Key_Return), Qt.KeyboardModifier.NoModifier, "")
        )


def test_scans_during_a_save_are_saved_after_it_in_order(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    first, second, third = _rows(state, demo_morning)[:3]
    shown: list[tuple[str | None, bool]] = []

    def on_result(result):  # type: ignore[no-untyped-def]
        saved = bool(checkin.history(state.workspace, result.registration_id))
        shown.append((result.registration_id, saved))  # green only once it is on disk

    desk.result_shown.connect(on_result)
    gate = threading.Event()

    def while_saving() -> None:
        assert desk._saving
        desk.handle_scan(second.code, "camera")  # a camera frame arrives meanwhile
        _post_typing(desk.input, third.code)  # and the scanner types the next code
        gate.set()

    camera = _Camera()  # its signal comes from another thread, as a real camera's does
    camera.code_read.connect(while_saving)

    def busy() -> None:  # the writer is busy when the first scan comes: it must wait
        camera.code_read.emit()
        gate.wait(10)

    desk_writer.writer().submit(busy)
    type_text(desk.input, first.code, enter=True)
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=5000)
    assert shown == [(first.id, True), (second.id, True), (third.id, True)]
    times = [checkin.history(state.workspace, r.id)[0].at for r in (first, second, third)]
    assert times == sorted(times)
    assert desk.panel.result == "admitted" and third.name in desk.panel.text()
    assert desk.input.text() == ""


def test_undo_runs_on_the_writer_and_says_so(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    row = _rows(state, demo_morning)[4]
    type_text(desk.input, row.code, enter=True)
    threads: list[str] = []
    original = desk.desk.undo_last

    def watched(reason: str):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return original(reason)

    desk.desk.undo_last = watched  # type: ignore[method-assign]
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.result == "undone" and row.name in desk.panel.text()
    assert threads and threads[0].startswith("desk-writer")


def test_an_admission_made_on_the_ui_thread_is_seen_by_the_write_instrument(  # type: ignore[no-untyped-def]
    desk, qtbot, state, demo_morning, ui_writes, monkeypatch
) -> None:
    """The admissions write on the door's own sqlite3 connection (store/raw_writer.py), not the
    engine's: the instrument that fails a GUI test on a UI-thread write must still see them."""
    import mornings_desktop.ui.checkin.screen as screen_module

    row = _rows(state, demo_morning)[0]
    type_text(desk.input, row.code, enter=True)
    assert desk.last is not None and desk.last.ok
    assert not ui_writes.by_ui_thread()  # on the writer thread: not the UI thread's

    monkeypatch.setattr(screen_module, "run_off_ui", lambda fn, *a, **k: fn(*a, **k))
    other = _rows(state, demo_morning)[1]
    type_text(desk.input, other.code, enter=True)
    assert desk.last is not None and desk.last.ok and desk.last.registration_id == other.id
    seen = ui_writes.by_ui_thread()
    assert [s.ui_function for s in seen] == ["ui/checkin/screen.py:CheckinScreen._saved"]
    ui_writes.clear()  # the write was made here on purpose
