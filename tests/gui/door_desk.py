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
from mornings_desktop.ui.role_gate import reason
from tests.unit.services.door_desk import join_door


@dataclass(frozen=True)
class Door:
    ws: Workspace  # the door desk's database
    organiser: Workspace
    morning: str


@pytest.fixture
def door(ws: Workspace, demo_morning: str, tmp_path: Path) -> Iterator[Door]:
    door_ws = join_door(ws, tmp_path)
    try:
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
