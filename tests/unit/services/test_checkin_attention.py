"""Notes and flagged categories make an admission "admitted — attention"; regulars are counted."""

from __future__ import annotations

from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.wording import checkin_results
from mornings_desktop.wording.tr import Words


def _code(ws: Workspace, morning_id: str, registration_id: str) -> str:
    rows = registrations.list_registrations(ws, morning_id, ids={registration_id})
    return rows[0].code


def test_a_note_makes_the_admission_need_attention(ws: Workspace, demo_morning: str) -> None:
    reg = registrations.register_person(
        ws,
        demo_morning,
        {"first_name": "Salma", "last_name": "Berrada", "email": "salma@example.org"},
        note="Allergie aux arachides — prévenir le traiteur",
    )
    result = checkin.ScanDesk(ws, demo_morning).scan(_code(ws, demo_morning, reg))
    assert result.result == "admitted" and result.ok
    assert result.attention == ("note",) and result.needs_attention
    assert result.note == "Allergie aux arachides — prévenir le traiteur"
    assert result.to_json()["attention"] == ["note"]


def test_a_vip_with_a_note_lists_both_and_a_plain_guest_none(
    ws: Workspace, demo_morning: str
) -> None:
    vip = registrations.register_person(
        ws,
        demo_morning,
        {"first_name": "Omar", "last_name": "Tazi", "email": "omar@example.org"},
        category="vip",
        note="Place réservée au premier rang",
    )
    guest = registrations.register_person(
        ws, demo_morning, {"first_name": "Nadia", "last_name": "Alami", "email": "n@example.org"}
    )
    desk = checkin.ScanDesk(ws, demo_morning)
    flagged = desk.scan(_code(ws, demo_morning, vip))
    assert flagged.attention == ("vip", "note")
    plain = desk.scan(_code(ws, demo_morning, guest))
    assert plain.ok and plain.attention == () and not plain.needs_attention
    words = Words("en")
    text = checkin_results.attention(words, flagged, {"vip": "VIP"})
    assert text.splitlines() == ["★ VIP", "Note: Place réservée au premier rang"]
    line = checkin_results.line(words, flagged, {"vip": "VIP"})
    assert line.startswith("Admitted — attention: Omar Tazi")
    assert "Place réservée au premier rang" in line


def test_regulars_are_counted_across_the_series(ws: Workspace, demo_morning: str) -> None:
    earlier = [create_demo(ws, attendees=2, seed=s, day=f"2026-0{s}-10") for s in (3, 4, 5)]
    person = {"first_name": "Youssef", "last_name": "Alaoui", "email": "y.alaoui@example.org"}
    for number, morning_id in enumerate(earlier):
        reg = registrations.register_person(ws, morning_id, person)
        if number != 1:  # registered three times, came twice
            assert checkin.ScanDesk(ws, morning_id).scan(_code(ws, morning_id, reg)).ok
    reg = registrations.register_person(ws, demo_morning, person)
    desk = checkin.ScanDesk(ws, demo_morning)
    result = desk.scan(_code(ws, demo_morning, reg))
    assert result.ok and result.mornings_attended == 3
    again = desk.scan(_code(ws, demo_morning, reg))
    assert again.result == "already" and again.mornings_attended == 3
    newcomer = registrations.register_person(
        ws, demo_morning, {"first_name": "Rim", "last_name": "Fassi", "email": "rim@example.org"}
    )
    assert desk.scan(_code(ws, demo_morning, newcomer)).mornings_attended == 1


def test_nth_morning_in_three_languages() -> None:
    assert checkin_results.attendance(Words("en"), 1) == "First Morning — welcome!"
    assert [checkin_results.ordinal("en", n) for n in (2, 3, 4, 11, 12, 21, 22, 103)] == [
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "21st",
        "22nd",
        "103rd",
    ]
    assert checkin_results.attendance(Words("en"), 5) == "5th Morning"
    assert checkin_results.ordinal("fr", 5) == "5e"
    assert checkin_results.attendance(Words("en"), 0) == ""


def test_a_scan_says_how_often_the_badge_was_printed(ws: Workspace, demo_morning: str) -> None:
    """The desk's note under an admission ("Badge printed 2 times") comes with the scan's own
    lookup: a badge printed beforehand (the organiser's print run), twice, and one never."""
    from mornings_desktop.services import badges

    printed, fresh = (
        registrations.register_person(
            ws,
            demo_morning,
            {"first_name": first, "last_name": "Chraibi", "email": f"{first}@example.org"},
        )
        for first in ("Imane", "Rachid")
    )
    badges.record_prints(ws, [printed], "default")
    badges.record_prints(ws, [printed], "default")
    desk = checkin.ScanDesk(ws, demo_morning)
    admitted = desk.scan(_code(ws, demo_morning, printed))
    assert admitted.ok and admitted.badge_prints == 2
    assert desk.scan(_code(ws, demo_morning, fresh)).badge_prints == 0
    again = desk.scan(_code(ws, demo_morning, printed))
    assert again.result == "already" and again.badge_prints == 2
    assert checkin.ScanResult(code="x", result="unknown").badge_prints == -1  # not read
