"""The scan path on a real SQLite file: every kind of result, and what it writes."""

from __future__ import annotations

import secrets

import pytest
from sqlalchemy import func, select

from mornings_desktop import codes
from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.walk_in import walk_in
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import CheckIn


def _rows(ws: Workspace, morning_id: str) -> list[registrations.RegistrationRow]:
    return [r for r in registrations.list_registrations(ws, morning_id) if r.status != "cancelled"]


def _get(ws: Workspace, morning_id: str, registration_id: str) -> registrations.RegistrationRow:
    return next(
        r for r in registrations.list_registrations(ws, morning_id) if r.id == registration_id
    )


def _count_checkins(ws: Workspace) -> int:
    with ws.db.read() as s:
        return int(s.execute(select(func.count()).select_from(CheckIn)).scalar_one())


def test_admit_then_already(ws: Workspace, demo_morning: str) -> None:
    row = _rows(ws, demo_morning)[0]
    desk = checkin.ScanDesk(ws, demo_morning)
    first = desk.scan(row.code + "\r\n")
    assert first.result == "admitted"
    assert first.registration_id == row.id and first.name == row.name
    assert first.desk == "Accueil 1" and first.checkin_id
    assert _get(ws, demo_morning, row.id).checked_in
    second = desk.scan(row.code)
    assert second.result == "already"
    assert second.desk == "Accueil 1" and second.at == first.at
    assert _count_checkins(ws) == 1


def test_azerty_prefix_suffix_and_lowercase(ws: Workspace, demo_morning: str) -> None:
    rows = _rows(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)
    assert desk.scan(codes.mangle_azerty(rows[0].code)).result == "admitted"
    assert desk.scan("]Q1" + rows[1].code + "\t").result == "admitted"
    assert desk.scan(rows[2].code.lower() + "X").result == "admitted"
    assert desk.scan(codes.mangle_azerty("]Q1" + rows[3].code)).result == "admitted"


def test_wrong_event_cancelled_revoked_unsynced_other_org(ws: Workspace, demo_morning: str) -> None:
    from mornings_desktop.services.demo import create_demo

    other = create_demo(ws, attendees=3, seed=9, day="2026-12-17")
    other_row = _rows(ws, other)[0]
    rows = _rows(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)

    wrong = desk.scan(other_row.code)
    assert wrong.result == "wrong_event" and wrong.other_morning_date == "2026-12-17"

    registrations.cancel(ws, rows[0].id, "asked")
    assert desk.scan(rows[0].code).result == "cancelled"

    old = rows[1].code
    new = codes.make_code(ws.ticket_key)
    ws.record("registration.code_reissued", {"id": rows[1].id, "code": new, "old_code": old})
    revoked = desk.scan(old)
    assert (revoked.result, revoked.reason) == ("invalid", "revoked")
    assert desk.scan(new).result == "admitted"

    unsynced = desk.scan(codes.make_code(ws.ticket_key))
    assert (unsynced.result, unsynced.reason) == ("unknown", "not_synced")

    foreign = desk.scan(codes.make_code(secrets.token_bytes(32)))
    assert foreign.result == "invalid"
    assert desk.scan("Bennani").result == "unknown"
    assert desk.scan("").result == "invalid"
    assert _count_checkins(ws) == 1


def test_external_ref(ws: Workspace, demo_morning: str) -> None:
    with ws.transaction() as tx:
        person = registrations.add_person(tx, {"first_name": "Zoé", "last_name": "Tazi"})
        reg = registrations.add_registration(
            ws, tx, demo_morning, person, external_ref="EB-123456789"
        )
    result = checkin.scan(ws, demo_morning, "EB-123456789\n")
    assert result.result == "admitted" and result.registration_id == reg
    assert result.name == "Zoé Tazi"


def test_admit_by_search(ws: Workspace, demo_morning: str) -> None:
    row = _rows(ws, demo_morning)[5]
    r = checkin.admit(ws, demo_morning, row.id, method="search")
    assert r.result == "admitted" and r.method == "search"
    assert checkin.admit(ws, demo_morning, row.id).result == "already"


def test_failing_write_is_a_clear_error_and_next_scan_works(
    ws: Workspace, demo_morning: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from mornings_desktop.ledger import ledger

    rows = _rows(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)
    real = ledger.append

    def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ledger, "append", full_disk)
    failed = desk.scan(rows[0].code)
    assert failed.result == "error" and failed.reason == "disk" and "full" in failed.problem
    assert not _get(ws, demo_morning, rows[0].id).checked_in
    monkeypatch.setattr(ledger, "append", real)
    assert desk.scan(rows[0].code).result == "admitted"


def test_walk_in_registers_and_admits(ws: Workspace, demo_morning: str) -> None:
    r = walk_in(ws, demo_morning, "Aïcha  El Fassi", "Cosumar", "guest", phone="0661000000")
    assert r.result == "admitted" and r.method == "walk-in" and r.name == "Aïcha El Fassi"
    row = _get(ws, demo_morning, r.registration_id or "")
    assert row.walk_in and row.checked_in and row.organisation == "Cosumar"
    with pytest.raises(checkin.UserError):
        walk_in(ws, demo_morning, "  ", "", "guest")
