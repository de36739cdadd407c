"""The desk's live figures are computed off the UI thread (a fifth of a second at 20,000
registrations, during which a scan's answer waited), then shown; one computation at a time."""

from __future__ import annotations

import threading

from mornings_desktop.ui.checkin import live_view
from mornings_desktop.ui.jobs import JobRunner
from mornings_desktop.ui.state import AppState


def test_live_figures_come_from_a_worker_thread(
    qtbot, ws, settings, demo_morning, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    threads: list[str] = []
    real = live_view.live_stats

    def watched(workspace, morning_id):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(workspace, morning_id)

    monkeypatch.setattr(live_view, "live_stats", watched)
    state = AppState(ws, settings, JobRunner())  # the real, threaded runner
    try:
        view = live_view.LiveView(state)
        qtbot.addWidget(view)
        view.set_morning(demo_morning)
        view.refresh()  # while the first is computing: counted by the next one, not a second job
        qtbot.waitUntil(lambda: view.stats is not None and not view._computing, timeout=10000)
        assert threads and threading.main_thread().name not in threads
        assert view.stats is not None and view.stats.registered > 0
        assert str(view.stats.registered) in view.total.text()
        state.jobs.wait(10000)
    finally:
        state.close()
