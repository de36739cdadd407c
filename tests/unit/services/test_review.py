"""Review of duplicate admissions: a confirmed duplicate stays confirmed, whatever arrives later
(resends, a second organiser's confirmation); only a new admission brings it back."""

from __future__ import annotations

import uuid

import pytest

from mornings_desktop.errors import NotFound, ValidationError
from mornings_desktop.ledger import hlc, ledger
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services import checkin, registrations, review
from mornings_desktop.services.workspace import Workspace

REMOTE = "desk-remote"


def _remote_ops(*ops: tuple[str, dict[str, object]], first_seq: int = 1) -> list[Op]:
    """Operations of another desk, as a pull brings them (stamped in the past)."""
    return [
        Op(str(uuid.uuid4()), REMOTE, first_seq + i, hlc.encode(1_700_000_000_000 + i, 0), t, p)
        for i, (t, p) in enumerate(ops)
    ]


def _ingest(ws: Workspace, ops: list[Op]) -> list[Op]:
    with ws.db.write() as session:
        return ledger.ingest(session, ops)


def _remote_checkin(registration_id: str, morning_id: str, clock: str) -> tuple[str, dict]:
    return (
        "checkin.created",
        {
            "id": str(uuid.uuid4()),
            "registration_id": registration_id,
            "morning_id": morning_id,
            "at": f"2026-11-01T{clock}:00.000000Z",  # before any scan made by this test
            "method": "camera",
        },
    )


@pytest.fixture
def duplicate(ws: Workspace, demo_morning: str) -> tuple[str, list[Op]]:
    """A registration admitted here and at a remote desk (earlier): a duplicate to review."""
    row = next(r for r in registrations.list_registrations(ws, demo_morning))
    assert checkin.ScanDesk(ws, demo_morning).scan(row.code).result == "admitted"
    pulled = _remote_ops(_remote_checkin(row.id, demo_morning, "07:05"))
    assert _ingest(ws, pulled) == pulled
    return row.id, pulled


def test_a_duplicate_is_listed_with_both_scans_until_confirmed(
    ws: Workspace, demo_morning: str, duplicate: tuple[str, list[Op]]
) -> None:
    registration_id, pulled = duplicate
    (item,) = review.duplicate_admissions(ws, demo_morning)
    assert item.registration_id == registration_id and item.morning_id == demo_morning
    # Earliest first; the remote desk is unknown here, so its id stands in for its name.
    assert [s.desk_name for s in item.scans] == [REMOTE[:8], "Accueil 1"]
    assert item.scans[0].checkin_id == pulled[0].payload["id"]
    assert item.scans[0].local_time == "08:05:00"  # venue time (Casablanca, UTC+1)
    assert not any(s.confirmed for s in item.scans)
    assert review.duplicate_admissions(ws, "another-morning") == []

    review.confirm(ws, registration_id)
    assert review.duplicate_admissions(ws) == []
    assert registrations.get_registration(ws, registration_id).checkin_count == 2


def test_a_confirmed_duplicate_stays_confirmed(
    ws: Workspace, demo_morning: str, duplicate: tuple[str, list[Op]]
) -> None:
    registration_id, pulled = duplicate
    confirmed = review.confirm(ws, registration_id)
    # A resend of everything, and a second organiser's confirmation of one scan, change nothing.
    assert _ingest(ws, [*pulled, confirmed]) == []
    other = _remote_ops(
        ("checkin.duplicate_confirmed", {"registration_id": registration_id, "checkin_ids": [pulled[0].payload["id"]]}),
        first_seq=2,
    )  # fmt: skip
    assert _ingest(ws, other) == other
    assert review.duplicate_admissions(ws) == []
    with pytest.raises(NotFound):
        review.confirm(ws, registration_id)

    # A third admission is not covered by the earlier review: the registration comes back.
    third = _remote_ops(_remote_checkin(registration_id, demo_morning, "09:00"), first_seq=3)
    _ingest(ws, third)
    (item,) = review.duplicate_admissions(ws)
    unconfirmed = [s.checkin_id for s in item.scans if not s.confirmed]
    assert (len(item.scans), unconfirmed) == (3, [third[0].payload["id"]])
    review.confirm(ws, registration_id)
    assert review.duplicate_admissions(ws) == []


def test_annulling_one_scan_leaves_the_other(
    ws: Workspace, demo_morning: str, duplicate: tuple[str, list[Op]]
) -> None:
    registration_id, pulled = duplicate
    remote_id = str(pulled[0].payload["id"])
    with pytest.raises(ValidationError):
        review.annul(ws, registration_id, "not-one-of-them")
    review.annul(ws, registration_id, remote_id, "  scanned\ttwice ")
    assert review.duplicate_admissions(ws) == []
    row = registrations.get_registration(ws, registration_id)
    assert row.checkin_count == 1 and row.checked_in
    history = checkin.history(ws, registration_id)
    assert [(h.reverted, h.revert_reason) for h in history] == [
        (True, "scanned twice"),
        (False, ""),
    ]


def _remote_checkin_at(registration_id: str, morning_id: str, at: str) -> tuple[str, dict]:
    return (
        "checkin.created",
        {
            "id": str(uuid.uuid4()),
            "registration_id": registration_id,
            "morning_id": morning_id,
            "at": at,
            "method": "scanner",
        },
    )


def test_a_scan_repeated_at_one_desk_needs_no_decision(ws: Workspace, demo_morning: str) -> None:
    """The same ticket admitted twice by one desk within a minute is one arrival recorded twice
    (a desk refuses a second admission it knows of: "already admitted"), not a second person:
    the Review lists it not; the person's history shows both scans, the registration counts once.
    The same desk an hour apart, or two desks a few seconds apart, may be a second person: listed."""
    rows = [r for r in registrations.list_registrations(ws, demo_morning)][:3]
    repeat, hour_apart, two_desks = (r.id for r in rows)
    pulled = _remote_ops(
        _remote_checkin_at(repeat, demo_morning, "2026-11-01T08:10:00.000000Z"),
        _remote_checkin_at(repeat, demo_morning, "2026-11-01T08:10:40.000000Z"),
        _remote_checkin_at(hour_apart, demo_morning, "2026-11-01T08:10:00.000000Z"),
        _remote_checkin_at(hour_apart, demo_morning, "2026-11-01T09:10:00.000000Z"),
        _remote_checkin_at(two_desks, demo_morning, "2026-11-01T08:10:00.000000Z"),
    )
    other_desk = [
        Op(str(uuid.uuid4()), "desk-other", 1, hlc.encode(1_700_000_100_000, 0), t, p)
        for t, p in [_remote_checkin_at(two_desks, demo_morning, "2026-11-01T08:10:05.000000Z")]
    ]
    _ingest(ws, pulled + other_desk)
    listed = {item.registration_id: len(item.scans) for item in review.duplicate_admissions(ws)}
    assert listed == {hour_apart: 2, two_desks: 2}
    assert [h.reverted for h in checkin.history(ws, repeat)] == [False, False]
    assert registrations.get_registration(ws, repeat).checked_in
    with pytest.raises(NotFound):  # nothing to decide
        review.confirm(ws, repeat)
