"""An instrument for GUI tests: which thread opened each write transaction (`BEGIN IMMEDIATE`),
on the engine's connections and on the door's own (`store/raw_writer.py`).

`BEGIN IMMEDIATE` takes SQLite's write lock and may wait up to `busy_timeout` for it, and COMMIT
then fsyncs: the UI thread must not do that, or the window freezes while another desk (or a
background job) writes. `WriteProbe` listens to SQLAlchemy's `begin` event on every engine and
records, for each write transaction, the thread, whether a job was running it (a worker thread, or
a synchronous test runner's caller) and the innermost `mornings_desktop/ui/` function that opened
it. A write from test code itself (setting up data) names no UI function and is not the UI's.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from mornings_desktop.store import raw_writer
from mornings_desktop.ui import jobs

_UI_DIR = str(Path(jobs.__file__).parent)

# Functions of ui/ that may still open a write transaction on the UI thread, outside any job (found
# by running the GUI tests with MORNINGS_UI_WRITES_REPORT=<file>). None is left: every write of the
# window runs in a job (ui/jobs.py, ui/writes.py). A GUI test fails when a write starts on the UI
# thread from a function not listed here; keep it empty.
ALLOWED_UI_WRITERS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class WriteStart:
    thread: str
    on_ui_thread: bool
    in_job: bool
    ui_function: str  # "ui/sync/screen.py:SyncController._done", or "" when no ui/ frame

    @property
    def by_ui_thread(self) -> bool:
        """The UI thread itself (not a job it ran) opened the write, from ui/ code."""
        return self.on_ui_thread and not self.in_job and bool(self.ui_function)


def _ui_function() -> str:
    frame = sys._getframe(2)
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename.startswith(_UI_DIR) and not filename.endswith("jobs.py"):
            relative = Path(filename).relative_to(Path(_UI_DIR).parent).as_posix()
            return f"{relative}:{frame.f_code.co_qualname}"
        frame = frame.f_back  # type: ignore[assignment]
    return ""


class WriteProbe:
    """Records every write transaction started while it is installed."""

    def __init__(self) -> None:
        self.starts: list[WriteStart] = []
        self._lock = threading.Lock()

    def _on_begin(self, connection: Any) -> None:
        if connection.get_execution_options().get("sqlite_begin") != "IMMEDIATE":
            return
        self._record()

    def _record(self) -> None:
        start = WriteStart(
            thread=threading.current_thread().name,
            on_ui_thread=threading.current_thread() is threading.main_thread(),
            in_job=jobs.in_job(),
            ui_function=_ui_function(),
        )
        with self._lock:
            self.starts.append(start)

    def by_ui_thread(self) -> list[WriteStart]:
        with self._lock:
            return [s for s in self.starts if s.by_ui_thread]

    def unexpected(self) -> list[WriteStart]:
        """UI-thread writes from functions outside `ALLOWED_UI_WRITERS`."""
        return [s for s in self.by_ui_thread() if s.ui_function not in ALLOWED_UI_WRITERS]

    def clear(self) -> None:
        with self._lock:
            self.starts.clear()


@contextmanager
def write_probe() -> Iterator[WriteProbe]:
    probe = WriteProbe()
    event.listen(Engine, "begin", probe._on_begin)
    # The door's admissions write on their own sqlite3 connection (store/raw_writer.py).
    raw_writer.BEGIN_LISTENERS.append(probe._record)
    try:
        yield probe
    finally:
        raw_writer.BEGIN_LISTENERS.remove(probe._record)
        event.remove(Engine, "begin", probe._on_begin)
