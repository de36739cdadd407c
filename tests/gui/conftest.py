"""GUI fixtures: an AppState on a real database with jobs that run synchronously."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from mornings_desktop.services.workspace import Workspace


@pytest.fixture(autouse=True)
def _no_ui_thread_writes(ui_writes: object) -> None:
    """Every GUI test runs with the write instrument (tests/ui_thread_writes.py)."""


@pytest.fixture(autouse=True)
def left_to_right_after(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A test must leave the application's layout direction as it found it (left to right).

    The direction is process-wide: left right-to-left (by `run_gui` in Arabic), it turned around
    every later window of the same test worker, and `QTableView.selectRow` on a table not shown
    yet then selected nothing (the Sync screen's Review test failed only inside `make test`).
    """
    yield
    direction = QApplication.layoutDirection()
    if direction != Qt.LayoutDirection.LeftToRight:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        pytest.fail(f"the test left the application's layout direction at {direction}")


@pytest.fixture(autouse=True)
def no_modifier_held(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every GUI test starts with no keyboard modifier held (see `keys.release_modifiers`: a
    Ctrl+Shift click in an earlier test of the same worker made later row selections extend
    instead of select)."""
    from tests.gui.keys import release_modifiers

    release_modifiers()


@pytest.fixture(autouse=True)
def qt_objects_deleted(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every window and dialog a test made is deleted when the test ends, not at interpreter exit.

    pytest-qt closes the widgets given to `qtbot.addWidget` with `deleteLater()`, but nothing runs
    the deferred deletes outside an event loop, and windows a test did not register (the start-up
    tests' main window, dialogs) stay open: without this they pile up and are torn down during
    Python's finalization. (The "bool_dealloc" abort at exit had another cause: see
    `mornings_desktop/ui/qt_refcounts.py`.)
    Torn down after the test's other fixtures (pytest-qt closes its widgets before them).
    """
    before = QApplication.topLevelWidgets()
    yield
    delete_windows_made_since(before)


def delete_windows_made_since(before: list[QWidget]) -> None:
    """Close and delete the top-level widgets not in `before`, and run every deferred delete."""
    for widget in QApplication.topLevelWidgets():
        if not any(widget is old for old in before):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def settings(data_dir: Path):  # type: ignore[no-untyped-def]
    from mornings_desktop.settings import Settings

    return Settings(data_dir / "settings.ini")


@pytest.fixture
def state(qtbot, ws: Workspace, settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    app_state = AppState(ws, settings, JobRunner(synchronous=True))
    yield app_state
    app_state.close()


# A door desk joined the real way, and its AppState (tests/gui/door_desk.py).
from tests.gui.door_desk import door, door_state  # noqa: E402, F401
