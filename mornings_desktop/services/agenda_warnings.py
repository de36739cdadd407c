"""Agenda warnings: one pure function over plain values, so the editor, the command line and the
publishing check all see the same list (the idea of pretalx's schedule warnings).

Rules, each pointing at its session(s):
- `room_overlap` (blocking): two sessions overlap in the same room. Intervals are half-open, so a
  session ending at 09:30 and one starting at 09:30 do not clash;
- `speaker_clash` (blocking): one speaker (any role: a moderator counts) in two overlapping sessions;
- `outside_hours` (warning): a session starting before the Morning's start, ending after its end,
  or on another day;
- `missing_title` (blocking): a session without a title;
- `missing_speaker` (warning): a keynote, talk or panel without any speaker;
- `speaker_unregistered` (warning): a speaker booked on the agenda whose person is not registered
  for the Morning (or who has no person yet).
Blocking warnings stop publishing; the others can be acknowledged (by their stable `key`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

BLOCKING = "blocking"
WARNING = "warning"
KINDS_NEEDING_SPEAKER = frozenset({"keynote", "talk", "panel"})


@dataclass(frozen=True)
class MorningHours:
    """The Morning's day and local opening hours."""

    date: date
    start: time
    end: time


@dataclass(frozen=True)
class SessionSlot:
    """A session as the rules see it: local (venue) start as a naive datetime."""

    id: str
    kind: str
    title: str
    start: datetime
    duration_min: int
    room: str = ""

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_min)


@dataclass(frozen=True)
class SpeakerLink:
    session_id: str
    speaker_id: str
    speaker_name: str
    role: str = "speaker"
    person_id: str | None = None


@dataclass(frozen=True)
class Warning:
    rule: str
    severity: str  # BLOCKING or WARNING
    session_ids: tuple[str, ...]
    key: str  # stable across edits of unrelated fields: used to acknowledge
    params: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    acknowledged: bool = False

    @property
    def blocking(self) -> bool:
        return self.severity == BLOCKING


def _room(name: str) -> str:
    return " ".join(name.split()).casefold()


def _overlap(a: SessionSlot, b: SessionSlot) -> bool:
    return a.start < b.end and b.start < a.end


def _hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def warnings(
    morning: MorningHours,
    sessions: Iterable[SessionSlot],
    links: Iterable[SpeakerLink],
    registered_person_ids: Collection[str],
    acknowledged: Collection[str] = (),
) -> list[Warning]:
    """Every warning of an agenda, in a stable order (by the first session's start, then rule).

    Pure: no database, no clock. `acknowledged` holds the keys an organiser accepted; a blocking
    warning is never marked acknowledged.
    """
    slots = sorted(sessions, key=lambda s: (s.start, s.id))
    by_id = {s.id: s for s in slots}
    found: list[Warning] = []

    for i, a in enumerate(slots):
        for b in slots[i + 1 :]:
            if b.start >= a.end:
                break
            if _overlap(a, b) and _room(a.room) == _room(b.room):
                found.append(
                    Warning(
                        "room_overlap",
                        BLOCKING,
                        (a.id, b.id),
                        f"room_overlap|{a.id}|{b.id}",
                        {"room": a.room, "first": a.title, "second": b.title},
                    )
                )

    speaker_sessions: dict[str, list[SpeakerLink]] = {}
    for link in links:
        if link.session_id in by_id:
            speaker_sessions.setdefault(link.speaker_id, []).append(link)
    for speaker_id, booked in speaker_sessions.items():
        booked.sort(key=lambda k: (by_id[k.session_id].start, k.session_id))
        for i, la in enumerate(booked):
            for lb in booked[i + 1 :]:
                a, b = by_id[la.session_id], by_id[lb.session_id]
                if a.id != b.id and _overlap(a, b):
                    found.append(
                        Warning(
                            "speaker_clash",
                            BLOCKING,
                            (a.id, b.id),
                            f"speaker_clash|{speaker_id}|{a.id}|{b.id}",
                            {"speaker": la.speaker_name, "first": a.title, "second": b.title},
                        )
                    )

    with_speaker = {k.session_id for booked in speaker_sessions.values() for k in booked}
    opens = datetime.combine(morning.date, morning.start)
    closes = datetime.combine(morning.date, morning.end)
    for s in slots:
        if s.start < opens or s.end > closes:
            found.append(
                Warning(
                    "outside_hours",
                    WARNING,
                    (s.id,),
                    f"outside_hours|{s.id}",
                    {
                        "title": s.title,
                        "start": _hhmm(s.start),
                        "end": _hhmm(s.end),
                        "opens": _hhmm(opens),
                        "closes": _hhmm(closes),
                    },
                )
            )
        if not s.title.strip():
            found.append(Warning("missing_title", BLOCKING, (s.id,), f"missing_title|{s.id}", {}))
        if s.kind in KINDS_NEEDING_SPEAKER and s.id not in with_speaker:
            found.append(
                Warning(
                    "missing_speaker",
                    WARNING,
                    (s.id,),
                    f"missing_speaker|{s.id}",
                    {"title": s.title, "kind": s.kind},
                )
            )

    registered = set(registered_person_ids)
    for speaker_id, booked in speaker_sessions.items():
        person = booked[0].person_id
        if person is None or person not in registered:
            found.append(
                Warning(
                    "speaker_unregistered",
                    WARNING,
                    tuple(sorted({k.session_id for k in booked}, key=lambda i: by_id[i].start)),
                    f"speaker_unregistered|{speaker_id}",
                    {"speaker": booked[0].speaker_name},
                )
            )

    accepted = set(acknowledged)
    found = [
        Warning(w.rule, w.severity, w.session_ids, w.key, w.params, True)
        if not w.blocking and w.key in accepted
        else w
        for w in found
    ]
    order = {s.id: n for n, s in enumerate(slots)}
    found.sort(key=lambda w: (order.get(w.session_ids[0], -1), w.rule, w.key))
    return found
