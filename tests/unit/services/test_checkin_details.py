"""Details of the scan path and the live view that only a fixed example shows: frozen results,
the Morning a desk shows, a failed lookup, errors on long input."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from mornings_desktop.ledger import ledger
from mornings_desktop.services import checkin, checkin_live, registrations, scan_lookup
from mornings_desktop.services.workspace import Workspace
from tests.unit.services.test_checkin_results import _registration


def test_results_are_frozen(ws: Workspace, demo_morning: str) -> None:
    result = checkin.ScanResult(code="c", result="invalid")
    row = checkin.CheckInRow("i", "r", "at", "desk", "scanner", False, "")
    stats = checkin_live.live_stats(ws, demo_morning)
    for value, attribute in (
        (result, "result"),
        (row, "reverted"),
        (stats, "arrivals"),
        (stats.speakers[0], "arrived"),
    ):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, attribute, None)
    reg = scan_lookup.DeskRegistration("r", "m", None, None, None, None, None, None, None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        reg.status = "x"  # type: ignore[misc]


def test_a_desk_shows_its_morning(ws: Workspace, demo_morning: str) -> None:
    from mornings_desktop.services.demo import create_demo

    desk = checkin.ScanDesk(ws, demo_morning)
    assert (desk.date, desk.timezone) == ("2026-12-10", "Africa/Casablanca")
    assert desk.title.startswith("Matinale")
    other = create_demo(ws, attendees=1, seed=4, day="2026-12-17")
    ticket = registrations.list_registrations(ws, other)[0].code
    wrong = desk.scan(ticket)
    other_desk = checkin.ScanDesk(ws, other)
    assert (wrong.result, wrong.other_morning_title, wrong.other_morning_date) == (
        "wrong_event",
        other_desk.title,
        "2026-12-17",
    )
    from mornings_desktop.wording import checkin_results
    from mornings_desktop.wording.tr import Words

    said = checkin_results.line(Words(), wrong)
    assert said.startswith("Not for this Morning") and other_desk.title in said


def test_a_failed_lookup_is_an_error_result(
    ws: Workspace, demo_morning: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = checkin.ScanDesk(ws, demo_morning)

    def broken(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(checkin, "find_registration", broken)
    failed = desk.scan("EB-123")
    assert (failed.result, failed.reason, failed.code) == ("error", "disk", "EB-123")


def test_a_failed_write_keeps_64_characters_of_what_was_read(
    ws: Workspace, demo_morning: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = "R" * 100
    _registration(ws, demo_morning, ref)

    def full_disk(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ledger, "append", full_disk)
    failed = checkin.ScanDesk(ws, demo_morning).scan(ref)
    assert (failed.result, failed.code) == ("error", "R" * 64)


def test_speakers_sessions_have_their_times(ws: Workspace, demo_morning: str) -> None:
    stats = checkin_live.live_stats(ws, demo_morning)
    times = [t for s in stats.speakers for t, _ in s.sessions]
    assert times and all(len(t) == 5 and t[2] == ":" for t in times)  # venue time, not "?"
    assert min(times) >= "08:30"  # the demo starts at 08:30
