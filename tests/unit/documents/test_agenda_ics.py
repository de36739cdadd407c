"""The .ics a Morning's programme becomes, read by two independent calendar libraries.

Every day from 2026 to 2035 is checked against tzdata: Casablanca leaves UTC+1 for UTC+0 during
Ramadan, on dates an embedded VTIMEZONE got wrong for 140 days between 2019 and 2037.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar

from mornings_desktop.documents.agenda_ics import build_calendar
from mornings_desktop.services import agenda, agenda_programme, mornings
from mornings_desktop.services.agenda_rows import SessionInput
from mornings_desktop.services.workspace import Workspace

CASA = ZoneInfo("Africa/Casablanca")


def _programme(day: date, start: str = "08:30") -> dict[str, object]:
    return {
        "morning": {"title": "Matinale", "date": day.isoformat(), "venue": "Casablanca"},
        "sessions": [
            {"id": f"s-{day.isoformat()}", "kind": "talk", "title": "Ouverture", "start": start,
             "duration_min": 30, "speakers": []},
        ],
    }  # fmt: skip


def _expected(day: date, hhmm: str) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CASA).astimezone(UTC)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _wrong_days(days: list[date]) -> list[tuple[str, str, str, str]]:
    """The days whose event either library reads at another instant than tzdata says."""
    wrong = []
    for day in days:
        data = build_calendar(_programme(day))
        expected = _expected(day, "08:30")
        ical = next(iter(Calendar.from_ical(data).walk("VEVENT"))).decoded("DTSTART")
        vob = vobject.readOne(data.decode("utf-8")).vevent.dtstart.value
        if ical != expected or vob != expected:
            wrong.append((day.isoformat(), str(ical), str(vob), str(expected)))
    return wrong


def test_days_around_every_offset_change_2026_to_2035_read_right_in_two_libraries() -> None:
    # Where the bugs live: the days on each side of every switch (Ramadan, back), plus two days a
    # month. The slow test below reads every day.
    days = _days(date(2026, 1, 1), date(2035, 12, 31))
    offsets = [
        _expected(d, "08:30") - datetime(d.year, d.month, d.day, 8, 30, tzinfo=UTC) for d in days
    ]
    chosen = {d for d in days if d.day in (1, 15)}
    for i in range(1, len(days)):
        if offsets[i] != offsets[i - 1]:
            chosen.update(days[max(0, i - 2) : i + 2])
    assert len([i for i in range(1, len(days)) if offsets[i] != offsets[i - 1]]) >= 18
    assert _wrong_days(sorted(chosen)) == []


@pytest.mark.slow
def test_every_day_2026_to_2035_reads_at_the_venue_time_in_two_libraries() -> None:
    assert _wrong_days(_days(date(2026, 1, 1), date(2035, 12, 31))) == []


def test_a_moved_session_gets_a_higher_sequence_and_its_last_modified(ws: Workspace) -> None:
    morning = mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    sid = agenda.create_session(ws, morning, SessionInput(title="Ouverture", start="08:30"))

    def event() -> tuple[int, datetime, datetime]:
        prog = agenda_programme.programme(ws, morning)
        data = build_calendar(prog, agenda_programme.last_edits(ws, morning))
        e = next(iter(Calendar.from_ical(data).walk("VEVENT")))
        return int(e["SEQUENCE"]), e.decoded("LAST-MODIFIED"), e.decoded("DTSTART")

    sequence, modified, start = event()
    assert sequence > 0 and abs(modified - datetime.now(UTC)) < timedelta(minutes=5)
    assert start == _expected(date(2026, 12, 10), "08:30")
    agenda.update_session(ws, sid, SessionInput(title="Ouverture", start="09:00"))
    moved_sequence, moved_modified, moved_start = event()
    assert moved_start == _expected(date(2026, 12, 10), "09:00")
    assert moved_sequence >= sequence and moved_modified >= modified
    # A new Morning date moves every session: their sequence follows the Morning's edit too.
    mornings.update(ws, morning, mornings.MorningInput(title="Matinale", date="2026-12-17"))
    assert event()[0] >= moved_sequence


def test_the_command_line_writes_sequence_and_utc_times(ws: Workspace, tmp_path: Path) -> None:
    morning = mornings.create(ws, mornings.MorningInput(title="Matinale", date="2027-03-04"))
    agenda.create_session(ws, morning, SessionInput(title="Ouverture", start="08:30"))
    db = ws.db.path
    ws.close()
    out = tmp_path / "programme.ics"
    run = subprocess.run(
        [sys.executable, "-m", "mornings_desktop", "--db", str(db), "agenda",
         "--event", "2027-03-04", "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    e = next(iter(Calendar.from_ical(out.read_bytes()).walk("VEVENT")))
    assert int(e["SEQUENCE"]) > 0 and "LAST-MODIFIED" in e
    # 4 March 2027 falls in Ramadan: Casablanca is on UTC+0 that day.
    assert e.decoded("DTSTART") == datetime(2027, 3, 4, 8, 30, tzinfo=UTC)
