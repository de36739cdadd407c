"""Instants are stored as UTC ISO strings; the venue's local time is only for display and input.

`"2026-11-29T08:15:02.123456Z"` sorts as text in time order, crosses the wire unchanged and needs no
driver conversion in SQLite or PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

DEFAULT_TZ = "Africa/Casablanca"
_FMT = "%Y-%m-%dT%H:%M:%S.%fZ"


def now_utc() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """Format an aware datetime as the stored UTC string."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: say which time zone it is in")
    utc = moment.astimezone(UTC)
    if utc.year < 1000:  # `isoformat` pads the year to four digits, `strftime` does not
        return utc.strftime(_FMT)
    # The same text as `strftime(_FMT)`, several times faster (every operation stamps two).
    return utc.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def now_iso() -> str:
    return to_iso(now_utc())


def from_iso(text: str) -> datetime:
    """Parse a stored UTC string back into an aware datetime."""
    return datetime.strptime(text, _FMT).replace(tzinfo=UTC)


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_TZ)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError("Unknown time zone: {name}", name=name) from exc


def local_to_iso(day: date, at: time, tz: str | None) -> str:
    """The stored UTC string of a wall-clock time at the venue."""
    return to_iso(datetime.combine(day, at, tzinfo=zone(tz)))


def iso_to_local(text: str, tz: str | None) -> datetime:
    """A stored instant as an aware datetime in the venue's zone."""
    return from_iso(text).astimezone(zone(tz))


def parse_date(text: str) -> date:
    """`YYYY-MM-DD`, or a ValidationError a person can read."""
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Not a date (expected YYYY-MM-DD): {text}"), text=text
        ) from exc


def parse_time(text: str) -> time:
    """`HH:MM`, or a ValidationError a person can read."""
    try:
        parsed = time.fromisoformat(text.strip())
    except (ValueError, AttributeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Not a time (expected HH:MM): {text}"), text=text
        ) from exc
    return parsed.replace(second=0, microsecond=0)
