"""The scan path's results on fixed examples: each limit at its edge, each field of the result."""

from __future__ import annotations

import itertools
import sqlite3
import uuid

import pytest

from mornings_desktop.errors import NotFound
from mornings_desktop.ledger import hlc, ledger
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services import checkin, registrations, walk_in
from mornings_desktop.services.workspace import Workspace

_SEQ = itertools.count(1)


def _remote(
    ws: Workspace, op_type: str, payload: dict[str, object], desk: str = "desk-remote-1"
) -> None:
    n = next(_SEQ)
    op = Op(str(uuid.uuid4()), desk, n, hlc.encode(1_700_000_000_000 + n, 0), op_type, payload)
    with ws.db.write() as session:
        assert ledger.ingest(session, [op]) == [op]


def _registration(
    ws: Workspace, morning_id: str | None, ref: str, status: str = "registered"
) -> str:
    reg_id = str(uuid.uuid4())
    fields = {
        "morning_id": morning_id,
        "external_ref": ref,
        "status": status,
        "category": "member",
        "registered_at": "2026-12-01T08:00:00.000000Z",
    }
    _remote(ws, "registration.created", {"id": reg_id, "fields": fields})
    return reg_id


def _codes(ws: Workspace, morning_id: str) -> list[registrations.RegistrationRow]:
    return [r for r in registrations.list_registrations(ws, morning_id) if r.status != "cancelled"]


def test_nothing_read_and_too_long(ws: Workspace, demo_morning: str) -> None:
    desk = checkin.ScanDesk(ws, demo_morning)
    empty = desk.scan("\r\n\x00\x1d")
    assert (empty.code, empty.result, empty.reason, empty.ok) == ("", "invalid", "empty", False)
    long = desk.scan("A" * 257)
    assert (long.code, long.result, long.reason) == ("A" * 32 + "…", "invalid", "too_long")
    edge = desk.scan("A" * 256)
    assert (edge.result, edge.reason) == ("unknown", "no_match")


def test_only_the_first_kilobyte_is_read(ws: Workspace, demo_morning: str) -> None:
    code = _codes(ws, demo_morning)[0].code
    desk = checkin.ScanDesk(ws, demo_morning)
    # 1,024 characters are read (control characters then dropped): the code just inside counts…
    assert desk.scan("\x00" * 1010 + code).result == "admitted"
    # …and a code just outside is never seen.
    assert desk.scan("\x00" * 1024 + code).reason == "empty"


def test_a_code_is_found_in_at_most_64_characters(ws: Workspace, demo_morning: str) -> None:
    rows = _codes(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)
    inside = desk.scan("#" * 50 + rows[0].code)
    assert (inside.result, inside.code) == ("admitted", rows[0].code)
    outside = desk.scan("#" * 51 + rows[1].code)
    assert (outside.result, outside.reason, outside.code) == (
        "unknown",
        "no_match",
        "#" * 51 + rows[1].code,
    )
    prefixed = desk.scan("]Q1" + rows[2].code)  # the last window
    assert (prefixed.result, prefixed.code) == ("admitted", rows[2].code)
    suffixed = desk.scan(rows[3].code + "/X")  # the first window
    assert (suffixed.result, suffixed.code) == ("admitted", rows[3].code)


def test_external_refs_up_to_128_characters_are_looked_up(ws: Workspace, demo_morning: str) -> None:
    at_limit = "R" * 127 + "1"
    over = "S" * 128 + "1"
    reg = _registration(ws, demo_morning, at_limit)
    _registration(ws, demo_morning, over)
    desk = checkin.ScanDesk(ws, demo_morning)
    found = desk.scan(at_limit)
    assert (found.result, found.registration_id, found.code) == ("admitted", reg, at_limit)
    assert desk.scan(over).result == "unknown"
    typed = _registration(ws, demo_morning, "EB-00A1")
    assert desk.scan("eb-00a1").registration_id is None  # a ref is matched as stored…
    assert desk.scan("EB-00A1").registration_id == typed


def test_a_shared_ref_prefers_this_morning_and_a_live_registration(
    ws: Workspace, demo_morning: str
) -> None:
    from mornings_desktop.services.demo import create_demo

    other = create_demo(ws, attendees=1, seed=3, day="2026-12-17")
    _registration(ws, other, "SHARED-1")
    _registration(ws, demo_morning, "SHARED-1", status="cancelled")
    live = _registration(ws, demo_morning, "SHARED-1")
    result = checkin.ScanDesk(ws, demo_morning).scan("SHARED-1")
    assert (result.result, result.registration_id) == ("admitted", live)
    # Seen from the other Morning, the registration there comes first.
    elsewhere = checkin.ScanDesk(ws, other).scan("SHARED-1")
    assert elsewhere.result == "admitted" and elsewhere.registration_id != live


def test_wrong_event_of_an_unknown_morning(ws: Workspace, demo_morning: str) -> None:
    _registration(ws, None, "NO-MORNING")
    _registration(ws, "gone", "GONE-MORNING")
    desk = checkin.ScanDesk(ws, demo_morning)
    for ref in ("NO-MORNING", "GONE-MORNING"):
        r = desk.scan(ref)
        assert (r.result, r.other_morning_title, r.other_morning_date) == ("wrong_event", "?", "")


def test_already_says_when_and_where(ws: Workspace, demo_morning: str) -> None:
    row = _codes(ws, demo_morning)[0]
    desk = checkin.ScanDesk(ws, demo_morning)
    first = desk.scan(row.code, "camera")
    assert first.ok and first.method == "camera" and _said(first).startswith("Admitted")
    assert first.at is not None and first.at.endswith("+01:00")  # venue time
    again = desk.scan(row.code)
    assert again.ok is False
    assert (again.result, again.at, again.desk, again.method) == (
        "already",
        first.at,
        "Accueil 1",
        "camera",
    )
    assert first.at[11:16] in _said(again) and "Accueil 1" in _said(again)
    data = again.to_json()
    assert (data["registration"], data["result"], data["desk"]) == (row.id, "already", "Accueil 1")


def test_already_by_a_desk_known_later_and_by_an_unknown_desk(
    ws: Workspace, demo_morning: str
) -> None:
    rows = _codes(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)  # knows only this desk's name
    _remote(ws, "desk.announced", {"id": "desk-remote-1", "name": "Accueil 9"})
    for row, desk_id in ((rows[0], "desk-remote-1"), (rows[1], "desk-never-announced")):
        payload = {
            "id": str(uuid.uuid4()),
            "registration_id": row.id,
            "morning_id": demo_morning,
            "at": "2026-12-10T07:42:10.000000Z",
            "method": "typed",
        }
        _remote(ws, "checkin.created", payload, desk=desk_id)
    known = desk.scan(rows[0].code)
    assert (known.result, known.desk, known.at) == (
        "already",
        "Accueil 9",
        "2026-12-10T08:42:10+01:00",
    )
    assert "08:42" in _said(known) and "Accueil 9" in _said(known)
    unknown = desk.scan(rows[1].code)
    assert (unknown.desk, unknown.method) == ("desk-nev", "typed")


def test_an_unknown_method_is_recorded_as_scanner(ws: Workspace, demo_morning: str) -> None:
    row = _codes(ws, demo_morning)[0]
    result = checkin.ScanDesk(ws, demo_morning).admit(row.id, "telepathy")
    assert result.result == "admitted"
    (entry,) = checkin.history(ws, row.id)
    assert (entry.method, entry.desk, entry.reverted, entry.revert_reason) == (
        "scanner",
        "Accueil 1",
        False,
        "",
    )


def test_admit_refuses_an_unknown_registration_and_reports_a_failed_write(
    ws: Workspace, demo_morning: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = checkin.ScanDesk(ws, demo_morning)
    with pytest.raises(NotFound):
        desk.admit("no-such-registration")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ledger, "append", full_disk)
    failed = desk.admit(_codes(ws, demo_morning)[0].id)
    assert (failed.code, failed.result, failed.reason) == ("", "error", "disk")
    assert _said(failed).startswith("NOT SAVED")


def test_a_desk_needs_a_morning_with_a_title(ws: Workspace) -> None:
    with pytest.raises(NotFound):
        checkin.ScanDesk(ws, "no-such-morning")
    _remote(ws, "morning.created", {"id": "untitled", "fields": {"date": "2026-12-10"}})
    with pytest.raises(NotFound):
        checkin.ScanDesk(ws, "untitled")


def test_undo_and_revert_details(ws: Workspace, demo_morning: str) -> None:
    rows = _codes(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)
    assert desk.undo_last() is None  # nothing admitted yet
    a = desk.scan(rows[0].code)
    b = desk.scan(rows[1].code)
    other = Workspace.open(ws.path, "Accueil 2")
    try:
        c = checkin.ScanDesk(other, demo_morning).scan(rows[2].code)
        # Another desk's latest admission, undone from here by its desk id.
        undone = checkin.undo_last(ws, demo_morning, desk_id=other.desk_id, reason="x")
        assert undone is not None and undone.id == c.checkin_id and undone.desk == "Accueil 2"
        assert checkin.desk_of(ws, other.desk_id) == "Accueil 2"
    finally:
        other.close()
    assert checkin.desk_of(ws, "desk-never-announced") == "desk-nev"
    long_reason = "  wrong\tperson " + "x" * 300
    reverted = checkin.revert(ws, a.checkin_id or "", long_reason)
    assert reverted.reverted and reverted.revert_reason == ("wrong person " + "x" * 300)[:200]
    last = desk.undo_last()
    assert last is not None and last.id == b.checkin_id and last.revert_reason == "undo"
    assert desk.undo_last() is None


def test_a_walk_in_who_is_in_the_directory_keeps_their_person(
    ws: Workspace, demo_morning: str
) -> None:
    from mornings_desktop.services.demo import create_demo

    regular = next(r for r in _codes(ws, demo_morning) if r.email)
    other = create_demo(ws, attendees=0, seed=5, day="2026-12-17")
    result = walk_in.walk_in(ws, other, "Someone  Else", "", "guest", email=regular.email)
    assert result.result == "admitted" and result.method == "walk-in"
    row = registrations.get_registration(ws, result.registration_id or "")
    assert (row.person_id, row.walk_in, row.source) == (regular.person_id, True, "walk-in")
    single = walk_in.walk_in(ws, other, "Cher", "Cosumar", "guest")
    assert registrations.get_registration(ws, single.registration_id or "").last_name == ""


def test_a_morning_in_another_time_zone(ws: Workspace) -> None:
    fields = {"title": "Matinale", "date": "2026-12-10", "timezone": "UTC"}
    _remote(ws, "morning.created", {"id": "m-utc", "fields": fields})
    reg = _registration(ws, "m-utc", "UTC-REF-1")
    _remote(ws, "registration.updated", {"id": reg, "fields": {"category": None}})
    desk = checkin.ScanDesk(ws, "m-utc")
    admitted = desk.scan("UTC-REF-1")
    assert admitted.at is not None and admitted.at.endswith("+00:00")
    assert (admitted.category, admitted.organisation, admitted.name) == ("guest", "", "")
    (entry,) = checkin.history(ws, reg)
    assert entry.at == admitted.at
    again = desk.scan("UTC-REF-1")
    assert admitted.at is not None and admitted.at[11:16] in _said(again)


def test_who_is_admitted(ws: Workspace, demo_morning: str) -> None:
    row = next(r for r in _codes(ws, demo_morning) if r.organisation)
    result = checkin.ScanDesk(ws, demo_morning).scan(row.code)
    assert (result.name, result.organisation, result.category) == (
        row.name,
        row.organisation,
        row.category,
    )
    assert (result.registration_id, result.desk) == (row.id, "Accueil 1")


def _said(r: checkin.ScanResult) -> str:
    """What the desk says of a result, in English (the one wording, mornings_desktop/wording)."""
    from mornings_desktop.wording import checkin_results
    from mornings_desktop.wording.tr import Words

    return checkin_results.line(Words(), r)
