"""The desk's live view: who has arrived, by category, over time, and which speakers are here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import (
    AgendaSession,
    Morning,
    Registration,
    SessionSpeaker,
    Speaker,
)
from mornings_desktop.timeutil import iso_to_local

BUCKET_MIN = 5


@dataclass(frozen=True)
class SpeakerArrival:
    name: str
    arrived: str | None  # venue-local HH:MM, None if not yet here
    sessions: list[tuple[str, str]]  # (HH:MM venue-local, title), in time order


@dataclass(frozen=True)
class LiveStats:
    by_category: list[tuple[str, int, int]]  # (category, checked in, registered)
    arrivals: list[tuple[str, int]]  # (HH:MM start of a 5-minute slot, arrivals), no gaps
    speakers: list[SpeakerArrival] = field(default_factory=list)

    @property
    def checked_in(self) -> int:
        return sum(c for _, c, _ in self.by_category)

    @property
    def registered(self) -> int:
        return sum(r for _, _, r in self.by_category)


def live_stats(ws: Workspace, morning_id: str) -> LiveStats:
    """Counts of this Morning (cancelled registrations left out); one read transaction."""
    active = Registration.status.is_distinct_from("cancelled")
    with ws.db.read() as session:
        morning = session.get(Morning, morning_id)
        tz = morning.timezone if morning else None
        by_cat = session.execute(
            select(
                Registration.category,
                func.count().filter(Registration.checked_in_at.is_not(None)),
                func.count(),
            )
            .where(
                Registration.morning_id == morning_id,
                active,
                Registration.registered_at.is_not(None),
            )
            .group_by(Registration.category)
            .order_by(func.count().desc())
        ).all()
        times = (
            session.execute(
                select(Registration.checked_in_at).where(
                    Registration.morning_id == morning_id,
                    active,
                    Registration.checked_in_at.is_not(None),
                )
            )
            .scalars()
            .all()
        )
        speaker_rows = session.execute(
            select(
                Speaker.id,
                Speaker.name,
                Speaker.person_id,
                AgendaSession.starts_at,
                AgendaSession.title,
            )
            .join(SessionSpeaker, SessionSpeaker.speaker_id == Speaker.id)
            .join(AgendaSession, AgendaSession.id == SessionSpeaker.session_id)
            .where(
                AgendaSession.morning_id == morning_id,
                AgendaSession.deleted.is_not(True),
                SessionSpeaker.removed.is_not(True),
            )
            .order_by(AgendaSession.starts_at)
        ).all()
        person_ids = {r.person_id for r in speaker_rows if r.person_id}
        arrived = dict(
            session.execute(
                select(Registration.person_id, func.min(Registration.checked_in_at))
                .where(
                    Registration.morning_id == morning_id, Registration.person_id.in_(person_ids)
                )
                .group_by(Registration.person_id)
            ).all()
        )
    buckets: dict[datetime, int] = {}
    for at in times:
        if at is None:
            continue
        local = iso_to_local(at, tz)
        start = local.replace(
            minute=local.minute - local.minute % BUCKET_MIN, second=0, microsecond=0
        )
        buckets[start] = buckets.get(start, 0) + 1
    arrivals: list[tuple[str, int]] = []
    if buckets:
        from datetime import timedelta

        slot, last = min(buckets), max(buckets)
        while slot <= last:
            arrivals.append((slot.strftime("%H:%M"), buckets.get(slot, 0)))
            slot += timedelta(minutes=BUCKET_MIN)
    speakers: dict[str, SpeakerArrival] = {}
    for r in speaker_rows:
        sp = speakers.get(r.id)
        when = iso_to_local(r.starts_at, tz).strftime("%H:%M") if r.starts_at else "?"
        if sp is None:
            at = arrived.get(r.person_id)
            sp = SpeakerArrival(
                r.name or "?", iso_to_local(at, tz).strftime("%H:%M") if at else None, []
            )
            speakers[r.id] = sp
        sp.sessions.append((when, r.title or ""))
    return LiveStats(
        by_category=[(c or "guest", int(n), int(t)) for c, n, t in by_cat],
        arrivals=arrivals,
        speakers=sorted(speakers.values(), key=lambda s: (s.sessions[0][0], s.name)),
    )
