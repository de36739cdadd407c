"""GUI fixtures: an AppState on a real database with jobs that run synchronously."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mornings_desktop.services.workspace import Workspace


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
