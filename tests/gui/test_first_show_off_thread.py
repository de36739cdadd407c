"""Showing an area for the first time on a large database (issue 18): the page paints at once and
what it shows that takes reading the whole database comes from a job; the modules only its
buttons need (psycopg and the hub's code, reportlab) are not imported to show it.

The slow reads are held on purpose at a gate the test opens only after checking the page, so the
test does not depend on how fast this machine is.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.gui.test_window_opens_before_reads import Gate

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def async_state(qtbot, ws, settings) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The application's own job runner: jobs run on worker threads, as in the app."""
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    runner = JobRunner(dialog_delay_ms=60_000)
    state = AppState(ws, settings, runner)
    yield state
    runner.wait(30_000)
    state.close()


def test_the_sync_page_paints_before_its_status_is_read(  # type: ignore[no-untyped-def]
    qtbot, async_state, monkeypatch
) -> None:
    from mornings_desktop.sync import client
    from mornings_desktop.ui.sync.screen import SyncScreen

    gate = Gate()
    monkeypatch.setattr(client, "status", gate.wrap(client.status))
    screen = SyncScreen(async_state)
    qtbot.addWidget(screen)
    screen.show()  # returns although the status read is held at its gate
    qtbot.waitExposed(screen)
    try:
        assert gate.waiting.wait(10)
        assert threading.current_thread().name not in gate.threads  # read on a worker
        assert screen.status_label.text() == "Reading the sync status…"
        assert not screen.sync_button.isEnabled()
    finally:
        gate.open()
    qtbot.waitUntil(lambda: "This desk: " in screen.status_label.text(), timeout=20_000)
    text = screen.status_label.text()
    assert "No hub set up" in text and "Operations waiting to be sent: " in text
    assert screen.tabs.tabText(1) == "Review"


def _loaded_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    run = subprocess.run(
        [sys.executable, "-c", code + "\nprint(sorted({m.split('.')[0] for m in sys.modules}))"],
        env={**(env or {}), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(run.stdout.splitlines()[-1].replace("'", '"')))


def test_the_sync_page_imports_no_psycopg_to_show() -> None:
    loaded = _loaded_after("import sys\nimport mornings_desktop.ui.sync.screen")
    assert "PySide6" in loaded
    assert "psycopg" not in loaded


def test_a_hub_desks_window_opens_without_psycopg(ws, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """With a hub set up, the Sync page is built with the window (its rounds start with it):
    its form shows the hub's address when the page is first shown, and the rounds import
    psycopg on their job, so opening the window imports none of it."""
    import os

    from mornings_desktop.store import meta

    with ws.db.write() as session:
        meta.put(session, "sync.hub_url", "postgresql://desk_a@127.0.0.1:1/hub")
    path = ws.db.path
    ws.close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from mornings_desktop import app\n"
        "from mornings_desktop.services.workspace import Workspace\n"
        "from mornings_desktop.settings import Settings\n"
        "qapp = QApplication([])\n"
        f"ws = Workspace.open(Path({str(path)!r}), 'Accueil 1', check_later=True)\n"
        f"window, state = app.build_window(ws, Settings(Path({str(data_dir)!r}) / 's.ini'))\n"
        "assert 'sync' in window.pages\n"
        "window.show()\n"
        "qapp.processEvents()\n"
        "state.jobs.wait(30_000)\n"
    )
    loaded = _loaded_after(code, dict(os.environ))
    assert "PySide6" in loaded and "psycopg" not in loaded


def test_the_checkin_desk_paints_before_its_search_index_is_read(  # type: ignore[no-untyped-def]
    qtbot, async_state, demo_morning, monkeypatch
) -> None:
    from mornings_desktop.services import registrations
    from mornings_desktop.services.search import PeopleIndex
    from mornings_desktop.ui.checkin.screen import CheckinScreen

    rows = registrations.list_registrations(async_state.workspace, demo_morning)
    ticket = next(r.code for r in rows if r.status == "registered" and not r.checked_in and r.code)
    gate = Gate()
    monkeypatch.setattr(PeopleIndex, "build", classmethod(gate.wrap(PeopleIndex.build.__func__)))  # type: ignore[attr-defined]
    async_state.set_current_morning(demo_morning)
    desk = CheckinScreen(async_state)
    qtbot.addWidget(desk)
    desk.show()  # returns although the index read is held at its gate
    qtbot.waitExposed(desk)
    try:
        assert gate.waiting.wait(10)
        assert threading.current_thread().name not in gate.threads  # read on a worker
        assert desk.index is None and desk.panel.result == "ready"
        # Scans do not need the index: the door can admit while it is read.
        result = desk.handle_scan(ticket)
        assert result is not None and result.result == "admitted", result
    finally:
        gate.open()
    qtbot.waitUntil(lambda: desk.index is not None, timeout=20_000)
    assert len(gate.threads) == 1  # built once
    async_state.jobs.wait(20_000)


def test_the_checkin_desk_imports_no_reportlab_or_rapidfuzz_to_show() -> None:
    """reportlab is for badges (the render process), rapidfuzz for the search index (a job)."""
    loaded = _loaded_after("import sys\nimport mornings_desktop.ui.checkin.screen")
    assert "PySide6" in loaded
    assert not {"reportlab", "rapidfuzz", "psycopg"} & loaded


def test_the_badges_page_imports_no_reportlab_to_show() -> None:
    """The preview is drawn in a job: that job imports reportlab, not the page."""
    loaded = _loaded_after("import sys\nimport mornings_desktop.ui.badges.screen")
    assert "PySide6" in loaded
    assert "reportlab" not in loaded
