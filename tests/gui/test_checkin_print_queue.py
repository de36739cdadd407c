"""Print on admission runs off the UI thread: a scan returns before its badge is printed, badges
come out in admission order, the desk has a visible switch (saved in the settings) and a Reprint
button. The printer is a file sink (`MORNINGS_PRINTER_SINK`); everything up to it is real."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mornings_desktop.services import badges, registrations
from mornings_desktop.settings import PRINT_ON_CHECKIN
from mornings_desktop.ui.badges import admission_print
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.test_checkin_scanner_keys import Clock, scanner


class Printer:
    """The file sink, held back until the test lets it go: a scan that waited for the printer
    would never return while it is held (no timing involved)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.go = threading.Event()
        self.started = threading.Event()

    def printed(self) -> list[str]:
        return [  # file names carry the id with "_" for its "/"
            p.stem.split("-", 1)[1].replace("_", "/") for p in sorted(self.folder.glob("*.pdf"))
        ]


@pytest.fixture
def printer(monkeypatch, tmp_path: Path) -> Iterator[Printer]:  # type: ignore[no-untyped-def]
    held = Printer(tmp_path / "printer")
    monkeypatch.setenv(admission_print.SINK_ENV, str(held.folder))
    real = admission_print.to_sink

    def gated(pdf: bytes, to: Path, registration_id: str) -> Path:
        held.started.set()
        held.go.wait(60)
        return real(pdf, to, registration_id)

    monkeypatch.setattr(admission_print, "to_sink", gated)
    yield held
    held.go.set()


@pytest.fixture
def desk(qtbot, state, demo_morning):  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    widget = CheckinScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.input.clock = Clock()
    yield widget
    widget.badges.queue.wait(30)


def _people(state, morning_id):  # type: ignore[no-untyped-def]
    return [
        r
        for r in registrations.list_registrations(state.workspace, morning_id)
        if r.status != "cancelled" and r.category != "speaker"
    ]


def test_the_switch_is_visible_and_saved(desk, qtbot, state) -> None:  # type: ignore[no-untyped-def]
    switch = desk.badges.switch
    assert switch.isVisible() and not switch.isChecked()
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert state.settings.get(PRINT_ON_CHECKIN) is True
    again = CheckinScreen(state)
    qtbot.addWidget(again)
    assert again.badges.switch.isChecked()
    assert desk.badges.reprint_button.isVisible()


def test_a_scan_returns_before_its_print_and_prints_keep_admission_order(
    desk, qtbot, state, demo_morning, printer
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(desk.badges.switch, Qt.MouseButton.LeftButton)
    people = _people(state, demo_morning)[:3]
    for person in people:  # the printer is held: each scan still comes back at once
        scanner(desk.input, desk.input.clock, person.code, "\t")
        qtbot.wait(5)  # the event loop turns: a print on the UI thread would hang here
        assert desk.panel.result == "admitted" and person.name in desk.panel.text()
    assert printer.started.wait(30) and printer.printed() == []
    assert "Badge being printed" in desk.panel.text()
    printer.go.set()
    assert desk.badges.queue.wait(60)
    qtbot.waitUntil(lambda: desk.badges.queue.pending == 0, timeout=5000)
    assert printer.printed() == [p.id for p in people]
    assert badges.print_counts(state.workspace, [p.id for p in people]) == {p.id: 1 for p in people}
    assert "Badge printed 1 time" in desk.panel.text()


def test_reprint_the_last_person(desk, qtbot, state, demo_morning, printer) -> None:  # type: ignore[no-untyped-def]
    printer.go.set()
    person = _people(state, demo_morning)[3]
    scanner(desk.input, desk.input.clock, person.code, "\r")  # the switch is off: no badge
    assert desk.panel.result == "admitted"
    qtbot.mouseClick(desk.badges.reprint_button, Qt.MouseButton.LeftButton)
    assert desk.badges.queue.wait(60)
    qtbot.waitUntil(lambda: desk.badges.queue.pending == 0, timeout=5000)
    assert printer.printed() == [person.id]
    assert person.name in desk.status.text()
    assert desk.input.hasFocus()


def test_a_scan_shows_green_while_the_badges_before_it_are_still_being_made(
    desk, qtbot, state, demo_morning, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A slow printer (one second a badge): three people scanned with real key events each see
    their green result at once; the badges are drawn by the desk's render process, not by the
    window's, come out after, in order, and undo works while they are still being made."""
    folder = tmp_path / "slow-printer"
    monkeypatch.setenv(admission_print.SINK_ENV, str(folder))
    real = admission_print.to_sink

    def slow(pdf: bytes, to: Path, registration_id: str) -> Path:
        time.sleep(1.0)
        return real(pdf, to, registration_id)

    monkeypatch.setattr(admission_print, "to_sink", slow)
    qtbot.mouseClick(desk.badges.switch, Qt.MouseButton.LeftButton)  # starts the render process
    people = _people(state, demo_morning)[4:7]
    for person in people:
        scanner(desk.input, desk.input.clock, person.code, "\r")
        assert desk.panel.result == "admitted" and person.name in desk.panel.text()
        assert "Badge being printed" in desk.panel.text()
    out = sorted(p.name for p in folder.glob("*.pdf")) if folder.exists() else []
    assert not any(people[-1].id.replace("/", "_") in name for name in out)  # 2 s still to go
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.result == "undone" and people[-1].name in desk.panel.text()
    assert desk.badges.queue.wait(60)
    qtbot.waitUntil(lambda: desk.badges.queue.pending == 0, timeout=5000)
    printed = [p.stem.split("-", 1)[1].replace("_", "/") for p in sorted(folder.glob("*.pdf"))]
    assert printed == [p.id for p in people]  # asked after each commit, in admission order
    renderer = desk.badges.queue.renderer
    assert renderer.pid not in (None, os.getpid()) and renderer.fallbacks == 0


def test_no_reprint_for_an_arrival_just_undone(desk, qtbot, state, demo_morning, printer) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z then Reprint printed the badge of the person whose arrival no longer counts, and
    said nothing: it says so, by name, and prints nothing."""
    printer.go.set()
    person = _people(state, demo_morning)[4]
    scanner(desk.input, desk.input.clock, person.code, "\r")
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.result == "undone"
    qtbot.mouseClick(desk.badges.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert printer.printed() == []
    assert person.name in desk.status.text() and "undone" in desk.status.text()
