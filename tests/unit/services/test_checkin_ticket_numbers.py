"""`ScanDesk.is_ticket_number` (asked by the window's scan splitter on the UI thread, on a pooled
connection): an imported ticket number as typed or AZERTY-typed, up to the column's 128
characters; a disk that fails is "no" in a sentence, never an exception; and the count of Mornings
under an "already" result left out when it cannot be read."""

from __future__ import annotations

import sqlite3

import pytest

from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.workspace import Workspace


def _ticket(ws: Workspace, morning: str, ref: str) -> str:
    with ws.transaction() as tx:
        person = registrations.add_person(tx, {"first_name": "Zoé", "last_name": "Tazi"})
        return registrations.add_registration(ws, tx, morning, person, external_ref=ref)


def test_an_imported_ticket_number_as_typed_or_azerty_typed(
    ws: Workspace, demo_morning: str
) -> None:
    _ticket(ws, demo_morning, "EB-123456789")
    _ticket(ws, demo_morning, "123456789")
    desk = checkin.ScanDesk(ws, demo_morning)
    assert desk.is_ticket_number("EB-123456789")
    assert desk.is_ticket_number(" EB-123456789\r\n")
    assert desk.is_ticket_number("&é\"'(-è_ç")  # 123456789 typed on an AZERTY layout
    assert not desk.is_ticket_number("EB-123456780")
    assert not desk.is_ticket_number("")
    assert not desk.is_ticket_number("\r\n")


def test_a_ticket_number_of_the_columns_width_and_not_one_more(
    ws: Workspace, demo_morning: str
) -> None:
    edge = "T" * checkin.MAX_REF
    _ticket(ws, demo_morning, edge)
    _ticket(ws, demo_morning, edge + "U")  # kept, though no reading that long is looked up
    desk = checkin.ScanDesk(ws, demo_morning)
    assert checkin.MAX_REF == 128
    assert desk.is_ticket_number(edge)
    assert not desk.is_ticket_number(edge + "U")


def test_a_failing_disk_is_no_ticket_number(
    ws: Workspace, demo_morning: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ticket(ws, demo_morning, "EB-1")
    desk = checkin.ScanDesk(ws, demo_morning)

    def broken(conn: sqlite3.Connection, readings: tuple[str, ...]) -> bool:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(checkin, "ticket_number_exists", broken)
    assert desk.is_ticket_number("EB-1") is False


def test_an_unreadable_count_of_mornings_is_left_out_of_already(
    ws: Workspace, demo_morning: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reg = registrations.list_registrations(ws, demo_morning)[0]
    desk = checkin.ScanDesk(ws, demo_morning)
    assert desk.scan(reg.code).result == "admitted"

    def broken(conn: sqlite3.Connection, person_id: str | None) -> int:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(checkin, "mornings_attended", broken)
    again = desk.scan(reg.code)
    assert again.result == "already" and again.mornings_attended == 0


def test_ticket_numbers_with_punctuation_from_a_us_scanner_on_azerty(
    ws: Workspace, demo_morning: str
) -> None:
    """The key right of 0 gives ")" on AZERTY, "/" gives "!", "." gives ":": the number is still
    found, and admitted; a reading holding a plain digit is never "repaired"."""
    first = _ticket(ws, demo_morning, "EB-123456789")
    second = _ticket(ws, demo_morning, "QZ/2026.0042")
    desk = checkin.ScanDesk(ws, demo_morning)
    assert desk.is_ticket_number("EB)&é\"'(-è_ç")
    assert desk.is_ticket_number("AW!éàé-:àà'é")
    assert not desk.is_ticket_number("EB)123456789")  # digits as typed: no US scanner's
    assert desk.scan("EB)&é\"'(-è_ç\r").registration_id == first
    assert desk.scan("AW!éàé-:àà'é").registration_id == second
