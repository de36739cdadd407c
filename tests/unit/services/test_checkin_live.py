"""The desk's live view: counts per category, arrivals per 5-minute slot (no gaps), speakers."""

from __future__ import annotations

import itertools
import uuid

from mornings_desktop.ledger import hlc, ledger
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services import checkin_live, registrations
from mornings_desktop.services.workspace import Workspace

_SEQ = itertools.count(1)


def _remote(ws: Workspace, op_type: str, payload: dict[str, object]) -> None:
    """One operation of another desk, as a pull brings it."""
    n = next(_SEQ)
    op = Op(
        str(uuid.uuid4()), "desk-remote", n, hlc.encode(1_900_000_000_000 + n, 0), op_type, payload
    )
    with ws.db.write() as session:
        assert ledger.ingest(session, [op]) == [op]


def _arrive(ws: Workspace, morning_id: str, registration_id: str, utc: str) -> None:
    _remote(
        ws,
        "checkin.created",
        {
            "id": str(uuid.uuid4()),
            "registration_id": registration_id,
            "morning_id": morning_id,
            "at": f"2026-12-10T{utc}:00.000000Z",
            "method": "scanner",
        },
    )


def test_an_empty_morning(ws: Workspace, demo_morning: str) -> None:
    stats = checkin_live.live_stats(ws, demo_morning)
    rows = registrations.list_registrations(ws, demo_morning)
    assert (stats.checked_in, stats.registered, stats.arrivals) == (0, len(rows), [])
    assert all(s.arrived is None for s in stats.speakers) and stats.speakers
    assert checkin_live.live_stats(ws, "no-such-morning") == checkin_live.LiveStats([], [], [])


def test_counts_slots_and_speakers(ws: Workspace, demo_morning: str) -> None:
    rows = registrations.list_registrations(ws, demo_morning)
    speakers = [r for r in rows if r.category == "speaker"]
    guests = [r for r in rows if r.category != "speaker"]
    # Casablanca is UTC+1 in December: 07:22Z is 08:22 at the venue.
    _arrive(ws, demo_morning, speakers[0].id, "07:22")
    _arrive(ws, demo_morning, guests[0].id, "07:31")
    _arrive(ws, demo_morning, guests[0].id, "07:33")  # a second admission: one arrival
    _arrive(ws, demo_morning, guests[1].id, "07:34")
    _arrive(ws, demo_morning, guests[2].id, "07:49")
    _arrive(ws, demo_morning, guests[3].id, "07:40")
    registrations.cancel(ws, guests[3].id, "left")  # cancelled: in no count
    stats = checkin_live.live_stats(ws, demo_morning)

    assert stats.arrivals == [
        ("08:20", 1),
        ("08:25", 0),
        ("08:30", 2),
        ("08:35", 0),
        ("08:40", 0),
        ("08:45", 1),
    ]
    expected: dict[str, list[int]] = {}
    for r in rows:
        if r.id == guests[3].id:
            continue
        counts = expected.setdefault(r.category or "guest", [0, 0])
        counts[0] += r.id in {speakers[0].id, guests[0].id, guests[1].id, guests[2].id}
        counts[1] += 1
    assert {c: [n, t] for c, n, t in stats.by_category} == expected
    assert [t for _, _, t in stats.by_category] == sorted(
        (t for _, _, t in stats.by_category), reverse=True
    )
    assert (stats.checked_in, stats.registered) == (4, len(rows) - 1)

    arrived = [s for s in stats.speakers if s.arrived is not None]
    assert [(s.name, s.arrived) for s in arrived] == [(speakers[0].name, "08:22")]
    firsts = [(s.sessions[0][0], s.name) for s in stats.speakers]
    assert firsts == sorted(firsts)
    for s in stats.speakers:
        assert [t for t, _ in s.sessions] == sorted(t for t, _ in s.sessions)
        assert all(title for _, title in s.sessions)
    assert len(stats.speakers) == len(speakers)


def test_a_deleted_session_and_a_removed_speaker_leave_the_list(
    ws: Workspace, demo_morning: str
) -> None:
    from sqlalchemy import select

    from mornings_desktop.store.schema import AgendaSession, SessionSpeaker

    before = checkin_live.live_stats(ws, demo_morning).speakers
    with ws.db.read() as session:
        links = session.execute(
            select(SessionSpeaker.id, SessionSpeaker.session_id)
            .join(AgendaSession, AgendaSession.id == SessionSpeaker.session_id)
            .where(AgendaSession.morning_id == demo_morning)
        ).all()
    first_session = links[0].session_id
    _remote(ws, "session.updated", {"id": first_session, "fields": {"deleted": True}})
    other = next(link for link in links if link.session_id != first_session)
    _remote(ws, "session_speaker.updated", {"id": other.id, "fields": {"removed": True}})
    after = checkin_live.live_stats(ws, demo_morning).speakers
    removed = sum(link.session_id == first_session for link in links) + 1
    assert sum(len(s.sessions) for s in after) == sum(len(s.sessions) for s in before) - removed
