"""`personal_split` on fixed payloads: which values leave the signed body, under which subject
(the person they are about), and how they come back (DESIGN §6, law 09-08)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from mornings_desktop.ledger import personal_split as ps

PEOPLE = {"r1": "p1"}


def person_of(registration_id: str) -> str | None:
    return PEOPLE.get(registration_id)


def _round_trip(op_type: str, payload: dict[str, Any]) -> None:
    public, blocks = ps.split(op_type, payload, person_of)
    assert ps.merge(op_type, public, blocks) == payload


@pytest.mark.parametrize("op_type", ["person.created", "person.updated"])
def test_a_persons_identity_leaves_the_body_under_the_person(op_type: str) -> None:
    fields = {
        "first_name": "Amina",
        "last_name": "Alaoui",
        "organisation": "Atlas SA",
        "job_title": "CEO",
        "email": "a@example.ma",
        "phone": "+212600000000",
        "category": "member",
        "merged_into": None,
    }
    payload = {"id": "p1", "fields": fields}
    before = copy.deepcopy(payload)
    public, blocks = ps.split(op_type, payload, person_of)
    assert payload == before  # not changed
    assert public == {"id": "p1", "fields": {"category": "member", "merged_into": None}}
    assert blocks == {"p1": {"p1": {k: v for k, v in fields.items() if k in ps.PERSON_PERSONAL}}}
    _round_trip(op_type, payload)


def test_empty_values_stay_in_the_body() -> None:
    payload = {"id": "p1", "fields": {"first_name": "", "email": None, "phone": "0600"}}
    public, blocks = ps.split("person.updated", payload)
    assert public == {"id": "p1", "fields": {"first_name": "", "email": None}}
    assert blocks == {"p1": {"p1": {"phone": "0600"}}}
    public, blocks = ps.split("person.updated", {"id": "p1", "fields": {"email": ""}})
    assert blocks == {}


@pytest.mark.parametrize("op_type", ["speaker.created", "speaker.updated"])
def test_a_speakers_bio_and_photo_leave_the_body(op_type: str) -> None:
    payload = {"id": "s1", "fields": {"name": "Dr X", "bio": "Born in Fès", "photo": "abc="}}
    public, blocks = ps.split(op_type, payload)
    assert public == {"id": "s1", "fields": {"name": "Dr X"}}
    assert blocks == {"s1": {"s1": {"bio": "Born in Fès", "photo": "abc="}}}
    _round_trip(op_type, payload)


@pytest.mark.parametrize(
    ("fields", "subject"),
    [
        ({"person_id": "p9", "note": "VIP", "flags": ["vip"]}, "p9"),  # named in the operation
        ({"note": "VIP", "flags": ["diet"]}, "p1"),  # known here
    ],
)
@pytest.mark.parametrize("op_type", ["registration.created", "registration.updated"])
def test_a_registrations_note_and_flags_go_under_its_person(
    op_type: str, fields: dict[str, Any], subject: str
) -> None:
    payload = {"id": "r1", "fields": {**fields, "status": "registered"}}
    public, blocks = ps.split(op_type, payload, person_of)
    assert "note" not in public["fields"] and "flags" not in public["fields"]
    assert public["fields"]["status"] == "registered"
    assert blocks == {subject: {"r1": {"note": "VIP", "flags": fields["flags"]}}}
    _round_trip(op_type, payload)


def test_a_registration_of_no_known_person_is_its_own_subject() -> None:
    payload = {"id": "r7", "fields": {"note": "late"}}
    assert ps.split("registration.updated", payload, person_of)[1] == {
        "r7": {"r7": {"note": "late"}}
    }
    assert ps.split("registration.updated", payload)[1] == {"r7": {"r7": {"note": "late"}}}


def test_an_import_batch_splits_each_person_and_registration() -> None:
    payload = {
        "people": [
            {"id": "p1", "fields": {"first_name": "Amina", "category": "member"}},
            {"id": "p2", "fields": {"email": "o@example.ma"}},
            "not an entity",
            {"id": 5, "fields": {"first_name": "no string id"}},
            {"id": "p3", "fields": ["not", "a", "dict"]},
        ],
        "registrations": [
            {"id": "r2", "fields": {"person_id": "p2", "note": "Vegan"}},
            {"id": "r1", "fields": {"flags": ["vip"]}},
        ],
    }
    public, blocks = ps.split("import.batch", payload, person_of)
    assert blocks == {
        "p1": {"p1": {"first_name": "Amina"}, "r1": {"flags": ["vip"]}},
        "p2": {"p2": {"email": "o@example.ma"}, "r2": {"note": "Vegan"}},
    }
    assert public["people"][0] == {"id": "p1", "fields": {"category": "member"}}
    assert public["people"][2:] == payload["people"][2:]  # not entities: left as they are
    assert public["registrations"][0] == {"id": "r2", "fields": {"person_id": "p2"}}
    _round_trip("import.batch", payload)
    for empty in ({}, {"people": None, "registrations": None}):
        assert ps.split("import.batch", empty) == (empty, {})


def test_a_reverts_reason_goes_under_the_person_of_its_registration() -> None:
    payload = {"checkin_id": "c1", "registration_id": "r1", "reason": "wrong person"}
    public, blocks = ps.split("checkin.reverted", payload, person_of)
    assert public == {"checkin_id": "c1", "registration_id": "r1"}
    assert blocks == {"p1": {"c1": {"reason": "wrong person"}}}
    _round_trip("checkin.reverted", payload)
    other = {"checkin_id": "c2", "registration_id": "r5", "reason": "typo"}
    assert ps.split("checkin.reverted", other, person_of)[1] == {"r5": {"c2": {"reason": "typo"}}}


@pytest.mark.parametrize(
    "payload",
    [
        {"checkin_id": 1, "registration_id": "r1", "reason": "x"},
        {"checkin_id": "c1", "registration_id": None, "reason": "x"},
        {"registration_id": "r1", "reason": "x"},
    ],
)
def test_a_malformed_revert_keeps_its_payload(payload: dict[str, Any]) -> None:
    assert ps.split("checkin.reverted", payload, person_of) == (payload, {})


@pytest.mark.parametrize(
    ("op_type", "payload"),
    [
        ("morning.created", {"id": "m1", "fields": {"first_name": "not personal here"}}),
        ("checkin.created", {"id": "c1", "registration_id": "r1", "reason": "x"}),
        ("person.created", {"id": "p1", "fields": "not a dict"}),
        ("person.created", {"id": None, "fields": {"first_name": "A"}}),
    ],
)
def test_other_payloads_keep_everything(op_type: str, payload: Any) -> None:
    assert ps.split(op_type, payload, person_of) == (payload, {})


def test_merge_puts_back_only_the_personal_keys_of_the_blocks_present() -> None:
    public = {"id": "p1", "fields": {"category": "member"}}
    assert ps.merge("person.updated", public, {}) is public  # nothing to merge: the same object
    blocks = {
        "p1": {
            "p1": {"first_name": "Amina", "category": "guest", "x": 1},
            "zz": {"email": "other@example.ma"},  # another entity: not this payload's
            "bad": "not a dict",
        }
    }
    merged = ps.merge("person.updated", public, blocks)
    assert merged == {"id": "p1", "fields": {"category": "member", "first_name": "Amina"}}
    assert public == {"id": "p1", "fields": {"category": "member"}}  # not changed
    # An erased block (absent) leaves its fields absent.
    assert ps.merge("person.updated", public, {"p2": {}}) == public


def test_json_copy_is_deep_and_keeps_types() -> None:
    value = {"a": [1, {"b": (2, [3])}], "c": "x"}
    copied = ps.json_copy(value)
    assert copied == value and copied is not value
    assert copied["a"] is not value["a"] and copied["a"][1] is not value["a"][1]
    assert (
        isinstance(copied["a"][1]["b"], tuple)
        and copied["a"][1]["b"][1] is not value["a"][1]["b"][1]
    )


def test_a_type_holds_personal_values_exactly_when_split_takes_some_from_it() -> None:
    person = {"first_name": "A", "note": "n", "bio": "b", "reason": "r"}
    payload = {
        "id": "x1",
        "fields": person,
        "people": [{"id": "p1", "fields": person}],
        "checkin_id": "c1",
        "registration_id": "r1",
        "reason": "r",
    }
    kinds = ("person", "speaker", "registration", "checkin", "morning", "badge", "import", "agenda")
    types = [
        f"{k}.{v}" for k in kinds for v in ("created", "updated", "reverted", "batch", "printed")
    ]
    for op_type in types:
        assert ps.has_personal(op_type) is bool(ps.split(op_type, payload)[1]), op_type
    assert sum(ps.has_personal(t) for t in types) == 8
