"""A door desk made the real way: the organiser's desk (the `ws` fixture, which holds the
organisation key) makes a demo Morning and issues a join file with `--role door` (`mornings desk
add`); a new database joins with it (`mornings join FILE`) and imports the organiser's bundle.
The door's window is then opened on that database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from mornings_desktop.services import registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, join, join_offline
from mornings_desktop.ui.role_gate import reason


@dataclass(frozen=True)
class Door:
    ws: Workspace  # the door desk's database
    organiser: Workspace
    morning: str


@pytest.fixture
def door(ws: Workspace, demo_morning: str, tmp_path: Path) -> Iterator[Door]:
    (issued,) = join_offline.issue_files(ws, "Porte", "door", tmp_path / "porte.join")
    bundle.export_bundle(ws, tmp_path / "bureau.bundle")
    door_ws = Workspace.open(tmp_path / "door.sqlite3", "Porte", backup_on_migrate=False)
    try:
        joined = join.join_with_file(door_ws, issued.file)
        assert joined.role == "door"
        imported = bundle.import_bundle(door_ws, tmp_path / "bureau.bundle")
        assert imported.quarantined == 0 and imported.applied > 0
        yield Door(door_ws, ws, demo_morning)
    finally:
        door_ws.close()


@pytest.fixture
def door_state(qtbot, door: Door, settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    app_state = AppState(door.ws, settings, JobRunner(synchronous=True))
    app_state.set_current_morning(door.morning)
    yield app_state
    app_state.close()


REASON = "This is a door desk: this change is made on an organiser desk."


def shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()  # its window's keys (Ctrl+N, F2) reach it
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)
    return widget


def held(*controls: object) -> None:
    for control in controls:
        assert not control.isEnabled(), control  # type: ignore[attr-defined]
        assert control.toolTip() == REASON == reason(), control  # type: ignore[attr-defined]


def others(d: Door) -> list[registrations.RegistrationRow]:
    return [
        r
        for r in registrations.list_registrations(d.ws, d.morning)
        if r.status == "registered" and not r.checked_in and not r.flags and not r.note
        and r.category in ("guest", "member")
    ]  # fmt: skip
