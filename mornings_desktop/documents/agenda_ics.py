"""The agenda as an iCalendar file: one VEVENT per session, in the venue's local time (TZID) with
its VTIMEZONE, so calendar programs show the times the programme prints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from mornings_desktop.documents.programme_pdf import _atomic_write, speaker_line
from mornings_desktop.wording.labels import label


def build_calendar(programme: dict[str, Any], language: str = "fr") -> bytes:
    """The .ics bytes of a programme (the JSON form of `services.agenda_programme.programme`);
    session types are labels in `language` (CATEGORIES), never internal keys."""
    from icalendar import Calendar, Event

    morning = programme["morning"]
    tz = ZoneInfo(morning.get("timezone") or "Africa/Casablanca")
    cal = Calendar()
    cal.add("prodid", "-//Club Made in Morocco//Mornings Desktop//FR")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", morning.get("title") or "Programme")
    cal.add("x-wr-timezone", str(tz.key))
    stamp = datetime.now(UTC).replace(microsecond=0)
    day = datetime.fromisoformat(morning["date"])
    for s in programme["sessions"]:
        hour, minute = (int(x) for x in s["start"].split(":"))
        start = day.replace(hour=hour, minute=minute, tzinfo=tz)
        event = Event()
        event.add("uid", f"{s['id']}@mornings.clubmadeinmorocco")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=int(s["duration_min"])))
        kind = label("session_type", s["kind"], language)
        event.add("summary", s["title"] or kind)
        lines = [speaker_line(p) for p in s.get("speakers", [])]
        if s.get("description"):
            lines.append(s["description"])
        if lines:
            event.add("description", "\n".join(lines))
        where = ", ".join(x for x in (s.get("room", ""), morning.get("venue", "")) if x)
        if where:
            event.add("location", where)
        event.add("categories", [kind])
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def write_agenda_ics(programme: dict[str, Any], target: Path | str, language: str = "fr") -> Path:
    data = build_calendar(programme, language)
    return _atomic_write(Path(target), lambda path: path.write_bytes(data))
