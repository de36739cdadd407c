"""The agenda as an iCalendar file: one VEVENT per session.

Times are written in UTC (`DTSTART:20261210T083000Z`), converted from the venue's local time with
the tzdata the program ships. A VTIMEZONE for Africa/Casablanca would have to carry every Ramadan
switch, and the one icalendar generated missed several (2019, 2024, 2027, 2031-32): calendar programs
then showed some Mornings an hour off. UTC leaves no rule for a reader to get wrong; each calendar
shows the time in its own zone, which for the people invited is the venue's.

`SEQUENCE` and `LAST-MODIFIED` come from the session's last edit (the newest field stamp of the
session and of its Morning, the same on every desk), so a moved session updates the event already
imported into a calendar instead of being ignored as an old copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from mornings_desktop.documents.programme_pdf import _atomic_write, speaker_line
from mornings_desktop.wording.labels import label

# SEQUENCE counts seconds since this instant: it grows with every edit and fits a 32-bit integer
# (some readers store it so) until 2088.
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def _modified(reading: str | None) -> datetime | None:
    """The instant of an HLC reading (`WWWWWWWWWWWWW-CCCC`), or None when there is none."""
    if not reading or len(reading) < 13 or not reading[:13].isdigit():
        return None
    return datetime.fromtimestamp(int(reading[:13]) / 1000, UTC).replace(microsecond=0)


def build_calendar(
    programme: dict[str, Any],
    modified: Mapping[str, str] | None = None,
    language: str = "fr",
) -> bytes:
    """The .ics bytes of a programme (the JSON form of `services.agenda_programme.programme`);
    session types are labels in `language` (SUMMARY fallback, CATEGORIES), never internal keys.

    `modified` maps a session id to the HLC reading of its last edit
    (`services.agenda_programme.last_edits`); without it, SEQUENCE is 0 and LAST-MODIFIED absent.
    """
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
        start = day.replace(hour=hour, minute=minute, tzinfo=tz).astimezone(UTC)
        event = Event()
        event.add("uid", f"{s['id']}@mornings.clubmadeinmorocco")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=int(s["duration_min"])))
        edited = _modified((modified or {}).get(s["id"]))
        event.add("sequence", int((edited - _SEQUENCE_EPOCH).total_seconds()) if edited else 0)
        if edited is not None:
            event.add("last-modified", edited)
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
    return bytes(cal.to_ical())


def write_agenda_ics(
    programme: dict[str, Any],
    target: Path | str,
    modified: Mapping[str, str] | None = None,
    language: str = "fr",
) -> Path:
    data = build_calendar(programme, modified, language)
    return _atomic_write(Path(target), lambda path: path.write_bytes(data))
