"""A session as typed (`SessionInput`) and as read back (`SessionRow`, with its speakers)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class SessionInput:
    """A session as typed: local start `HH:MM` and either a duration or an end `HH:MM`."""

    kind: str = "talk"
    title: str = ""
    start: str = "08:30"
    duration_min: int | None = 30
    end: str | None = None
    room: str = ""
    language: str = ""
    description: str = ""
    day: str | None = None  # YYYY-MM-DD; when given it must be the Morning's day


@dataclass(frozen=True)
class SessionSpeakerRow:
    speaker_id: str
    name: str
    role: str
    organisation: str = ""
    title: str = ""


@dataclass(frozen=True)
class SessionRow:
    id: str
    morning_id: str
    kind: str
    title: str
    description: str
    start: str  # local HH:MM
    end: str  # local HH:MM
    duration_min: int
    room: str
    language: str
    starts_at: str  # UTC ISO
    speakers: tuple[SessionSpeakerRow, ...] = field(default=())

    def to_input(self, **changes: Any) -> SessionInput:
        base = SessionInput(
            kind=self.kind,
            title=self.title,
            start=self.start,
            duration_min=self.duration_min,
            room=self.room,
            language=self.language,
            description=self.description,
        )
        return SessionInput(**{**asdict(base), **changes})
