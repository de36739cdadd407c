"""Opening the window on a large database (issue 18): the window and its Mornings list show at
once; the heavy reads (the forecast and its first backtest, the privacy reminder's pass over the
directory) finish later in jobs, and the pages nobody looks at yet read nothing.

The slow reads are made slow on purpose: each waits on a gate the test opens only after checking
the window, so the test does not depend on how fast this machine is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mornings_desktop.services import mornings
from mornings_desktop.services.demo_series import create_series


class Gate:
    """Wraps a function so that calls to it wait until `open()` (or 30 s) before running it."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self.waiting = threading.Event()
        self.threads: list[str] = []

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def slow(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread().name)
            self.waiting.set()
            self._open.wait(30)
            return fn(*args, **kwargs)

        return slow

    def open(self) -> None:
        self._open.set()


@pytest.fixture
def async_state(qtbot, ws, settings) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The application's own job runner: jobs run on worker threads, as in the app."""
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    runner = JobRunner()
    state = AppState(ws, settings, runner)
    yield state
    runner.wait(30_000)
    state.close()


def test_the_window_shows_its_mornings_before_the_slow_reads_end(  # type: ignore[no-untyped-def]
    qtbot, async_state, monkeypatch
) -> None:
    from mornings_desktop.ui.main_window import MainWindow
    from mornings_desktop.ui.mornings import forecast_panel, screen

    ws = async_state.workspace
    ids = create_series(ws, count=4, attendees=25, seed=3, day="2026-12-10")
    forecast_gate, privacy_gate = Gate(), Gate()
    monkeypatch.setattr(forecast_panel, "compute", forecast_gate.wrap(forecast_panel.compute))
    monkeypatch.setattr(screen, "_privacy_counts", privacy_gate.wrap(screen._privacy_counts))
    people_reads: list[str] = []
    from mornings_desktop.services import registrations

    real_list = registrations.list_registrations
    monkeypatch.setattr(
        registrations,
        "list_registrations",
        lambda *a, **k: people_reads.append("read") or real_list(*a, **k),
    )

    window = MainWindow(async_state)  # returns although both reads are still held at their gates
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        page = window.page("mornings")
        assert window.stack.currentWidget() is page
        assert page.model.rowCount() == len(mornings.list_mornings(ws)) == len(ids)
        panel = page.findChild(forecast_panel.ForecastPanel)
        assert panel is not None and panel.data is None
        assert panel.headline.text() == "Computing the forecast…"
        assert not panel.chart.loaded  # no "No past Morning yet." while the backtest runs
        assert forecast_gate.waiting.wait(10) and privacy_gate.waiting.wait(10)
        main = threading.current_thread().name
        assert main not in forecast_gate.threads + privacy_gate.threads  # both on workers
        # The pages not shown yet were not built: the People list read nothing.
        assert set(window.pages) == {"mornings"}
        assert people_reads == []
    finally:
        forecast_gate.open()
        privacy_gate.open()
    qtbot.waitUntil(lambda: panel.data is not None, timeout=20_000)
    assert panel.headline.text().startswith("Expected: ")
    assert panel.chart.loaded and len(panel.chart.rows) == len(ids) - 1
    assert len(forecast_gate.threads) == 1  # choosing the current Morning did not ask twice

    qtbot.keyClick(window, "3", modifier=_ctrl())  # the People area, built when first shown
    assert "people" in window.pages
    assert window.stack.currentWidget() is window.page("people")
    async_state.jobs.wait(20_000)


def _ctrl():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ControlModifier


def test_the_windows_background_work_starts_after_its_first_paint(  # type: ignore[no-untyped-def]
    qtbot, ws, settings, monkeypatch
) -> None:
    """`app.build_window` holds the window's jobs (the forecast, the file check, the start
    backup…) until the window is painted: they would share the interpreter with building and
    painting the first page (0.9–1.1 s → 0.44–0.54 s to a usable page at 50k, load 8)."""
    from PySide6.QtCore import QCoreApplication

    from mornings_desktop import app
    from mornings_desktop.ui.mornings import forecast_panel

    create_series(ws, count=3, attendees=10, seed=3, day="2026-12-10")
    gate = Gate()
    monkeypatch.setattr(forecast_panel, "compute", gate.wrap(forecast_panel.compute))
    window, state = app.build_window(ws, settings)
    qtbot.addWidget(window)
    try:
        QCoreApplication.processEvents()
        assert not gate.waiting.wait(0.5)  # built, not painted: the forecast has not started
        assert state.jobs._jobs  # but it is asked for
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(gate.waiting.is_set, timeout=10_000)  # painted: it runs
    finally:
        gate.open()
        state.jobs.wait(20_000)
        state.close()


def test_waiting_for_held_jobs_runs_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.jobs import JobRunner

    runner = JobRunner()
    runner.hold()
    ran: list[int] = []
    runner.run(lambda _c: ran.append(1), show_dialog=False)
    assert runner.wait(5_000) and ran == [1]
    runner.run(lambda _c: ran.append(2), show_dialog=False)  # released: starts at once
    assert runner.wait(5_000) and ran == [1, 2]
