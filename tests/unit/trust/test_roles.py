"""The role table, type by type, for both roles (DESIGN §6)."""

from __future__ import annotations

from typing import Any

import pytest

from mornings_desktop.trust.roles import may_record

DESK = "door-1"
CHECKIN = {"id": "c1", "registration_id": "r1", "morning_id": "m1", "at": "t", "method": "scan"}
# (type, payload, may a door desk record it?)
TABLE: list[tuple[str, dict[str, Any], bool]] = [
    ("checkin.created", CHECKIN, True),
    (
        "checkin.reverted",
        {"checkin_id": "c1", "registration_id": "r1", "reason": "wrong person"},
        True,
    ),
    ("checkin.reverted", {"checkin_id": "c1", "registration_id": "r1", "reason": "  "}, False),
    ("checkin.reverted", {"checkin_id": "c1", "registration_id": "r1"}, False),
    ("checkin.reverted", {"checkin_id": "c1", "reason": "x" * 2001}, False),
    ("checkin.reverted", {"checkin_id": "c1", "reason": "x" * 2000}, True),  # the longest
    ("checkin.reverted", {"checkin_id": "c1", "reason": 1}, False),
    ("checkin.duplicate_confirmed", {"id": "r1"}, False),
    ("badge.printed", {"id": "b1", "registration_id": "r1", "at": "t"}, True),
    ("ticket.sent", {"registration_id": "r1"}, True),
    ("person.erasure_requested", {"id": "p1"}, True),
    ("person.erasure_reversed", {"id": "p1"}, False),
    ("consent.recorded", {"person_id": f"{DESK}/p1", "purpose": "photos", "value": "yes"}, True),
    ("consent.recorded", {"person_id": "p1", "purpose": "newsletter", "value": "yes"}, False),
    ("consent.recorded", {"person_id": None, "purpose": "photos", "value": "yes"}, False),
    ("consent.recorded", {"id": f"{DESK}/p1", "purpose": "photos", "value": "yes"}, False),
    ("person.created", {"id": f"{DESK}/p1", "fields": {"name": "x"}}, True),
    ("person.created", {"id": "p1", "fields": {"name": "x"}}, False),
    ("person.created", {"id": "door-10/p1", "fields": {}}, False),  # another desk's prefix
    ("person.created", {"id": f"{DESK}p1", "fields": {}}, False),
    ("person.created", {"id": 7, "fields": {}}, False),  # not text: refused, not a crash
    ("person.created", {"fields": {}}, False),
    ("person.updated", {"id": f"{DESK}/p1", "fields": {"email": "x"}}, True),
    ("person.updated", {"id": "p1", "fields": {"email": "x"}}, False),
    ("person.merged", {"id": f"{DESK}/p1", "into": "p2"}, False),
    ("person.unmerged", {"id": "p1"}, False),
    ("person.erased", {"id": f"{DESK}/p1"}, False),
    ("registration.created", {"id": f"{DESK}/r1", "fields": {"person_id": "p1"}}, True),
    ("registration.created", {"id": "r1", "fields": {"person_id": "p1"}}, False),
    ("registration.updated", {"id": f"{DESK}/r1", "fields": {"category": "vip"}}, True),
    ("registration.updated", {"id": "r1", "fields": {"badge_name": "Amina"}}, True),
    ("registration.updated", {"id": "r1", "fields": {"note": "late", "flags": ["vip"]}}, True),
    ("registration.updated", {"id": "r1", "fields": {"notes": "late"}}, True),
    (
        "registration.updated",
        {"id": "r1", "fields": {"badge_name": "A", "note": "x", "notes": "y", "flags": []}},
        True,  # all four at once
    ),
    ("registration.updated", {"id": "r1", "fields": {"note": "x", "category": "vip"}}, False),
    ("registration.updated", {"id": "r1", "fields": {"status": "cancelled"}}, False),
    ("registration.updated", {"id": "r1", "fields": {}}, False),
    ("registration.updated", {"id": "r1", "fields": "note"}, False),
    ("registration.cancelled", {"id": f"{DESK}/r1"}, False),
    ("registration.reinstated", {"id": "r1"}, False),
    ("registration.code_reissued", {"id": "r1", "code": "X"}, False),
    ("desk.announced", {"id": DESK, "name": "Door 1"}, True),
    ("desk.announced", {"id": "boss", "name": "Boss"}, False),
    ("import.batch", {"people": []}, False),
    ("agenda.published", {"morning_id": "m1"}, False),
    ("agenda_warning.acknowledged", {"id": "w1"}, False),
    ("morning.created", {"id": "m1", "fields": {}}, False),
    ("morning.updated", {"id": "m1", "fields": {}}, False),
    ("session.created", {"id": "s1", "fields": {}}, False),
    ("session.updated", {"id": "s1", "fields": {}}, False),
    ("speaker.created", {"id": f"{DESK}/s1", "fields": {}}, False),
    ("speaker.updated", {"id": "s1", "fields": {}}, False),
    ("session_speaker.created", {"id": "ss1", "fields": {}}, False),
    ("session_speaker.updated", {"id": "ss1", "fields": {}}, False),
    ("category.created", {"id": "c", "fields": {}}, False),
    ("category.updated", {"id": "c", "fields": {}}, False),
    ("flag.created", {"id": "allergy_nuts", "fields": {"label_fr": "Allergie"}}, False),
    ("flag.updated", {"id": "vip", "fields": {"retired": True}}, False),
    ("flag.updated", {"id": f"{DESK}/x", "fields": {"label_fr": "x"}}, False),
    ("settings.updated", {}, False),
    ("desk.revocation_requested", {"desk_id": "door-2"}, False),
    ("mail.claimed", {"morning_id": "m1"}, False),  # sending a Morning's tickets: organisers
    ("agenda.speaker_notified", {"morning_id": "m1"}, False),
    ("future.unknown", {}, False),
]


@pytest.mark.parametrize(("op_type", "payload", "door_may"), TABLE)
def test_the_role_table(op_type: str, payload: dict[str, Any], door_may: bool) -> None:
    verdict = may_record("door", DESK, op_type, payload)
    if door_may:
        assert verdict is True
    else:
        assert isinstance(verdict, str) and verdict.startswith("role:")
    assert may_record("organiser", DESK, op_type, payload) is True


def test_every_type_the_program_records_is_in_the_table() -> None:
    import re
    from pathlib import Path

    import mornings_desktop

    root = Path(mornings_desktop.__file__).parent
    found: set[str] = set()
    for path in [*root.glob("ledger/handlers/*.py"), *root.glob("services/**/*.py")]:
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'(?:handler|record)\(\s*"([a-z_]+\.[a-z_]+)"', text))
    found |= {f"{n}.{a}" for n in ("morning", "speaker", "session", "session_speaker",
                                    "category", "flag") for a in ("created", "updated")}  # fmt: skip
    assert {"checkin.created", "import.batch", "person.erased"} <= found and len(found) >= 25
    assert found - {t for t, _, _ in TABLE} == set()


def test_a_door_revert_may_carry_its_reason_as_personal_data() -> None:
    payload = {"checkin_id": "c1", "registration_id": "r1", "at": "t"}
    assert may_record("door", DESK, "checkin.reverted", payload, {"c1": "ab" * 32}) is True
    assert isinstance(may_record("door", DESK, "checkin.reverted", payload, {}), str)
    assert isinstance(may_record("door", DESK, "checkin.reverted", payload), str)
    blank = {**payload, "reason": ""}  # an empty reason in the payload is no reason
    assert isinstance(may_record("door", DESK, "checkin.reverted", blank, {"c1": "ab" * 32}), str)


@pytest.mark.parametrize("payload", [None, [], "x", 1])
def test_a_door_payload_that_is_not_an_object_is_refused(payload: object) -> None:
    assert isinstance(may_record("door", DESK, "checkin.created", payload), str)


@pytest.mark.parametrize("role", ["admin", "", "Door", "organizer"])
def test_an_unknown_role_records_nothing(role: str) -> None:
    assert may_record(role, DESK, "checkin.created", CHECKIN) == f"role: unknown role {role!r}"


def test_a_door_note_may_travel_as_personal_data() -> None:
    """The note left the payload for a block: the fields are empty, the commitment is not."""
    payload: dict[str, Any] = {"id": "r1", "fields": {}}
    assert may_record("door", DESK, "registration.updated", payload, {"p1": "ab" * 32}) is True
    assert isinstance(may_record("door", DESK, "registration.updated", payload, {}), str)
    edit = {"id": "r1", "fields": {"category": "vip"}}
    assert isinstance(
        may_record("door", DESK, "registration.updated", edit, {"p1": "ab" * 32}), str
    )


def test_a_refusal_says_what_a_door_desk_may_do_instead() -> None:
    walk_in = {"id": "r1", "fields": {}}
    assert may_record("door", DESK, "person.created", walk_in) == (
        "role: a door desk records person.created only for its walk-ins (door-1/…)"
    )
    assert may_record("door", DESK, "morning.created", walk_in) == (
        "role: a door desk may not record morning.created"
    )
    assert may_record("door", DESK, "flag.created", walk_in) == (
        "role: only an organiser desk keeps the list of flags"
    )
    assert may_record("door", DESK, "consent.recorded", {"person_id": "p1"}) == (
        "role: a door desk records consent only for its walk-ins (door-1/…)"
    )
