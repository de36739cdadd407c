"""Personal data beside the signed text: erasing keeps the signature; tampering is detected."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mornings_desktop.trust import canonical
from mornings_desktop.trust.personal import (
    check_block,
    check_personal,
    commit_personal,
    erase,
)
from mornings_desktop.trust.signed_op import sign_op, verify_op
from tests.unit.trust.conftest import DOOR_KEY, lookup, op_fields

PERSON = {"name": "Amina El Idrissi", "email": "amina@example.ma", "phone": "+212600000000"}


def _walk_in() -> tuple[Any, dict[str, Any]]:
    commitment, block = commit_personal(PERSON)
    fields = op_fields(
        type="person.created",
        payload={"id": "door-1/p1", "fields": {"category": "guest"}},
        commit={"door-1/p1": commitment},
    )
    return sign_op(DOOR_KEY, fields), {"door-1/p1": block}


def test_the_values_are_not_in_the_signed_body() -> None:
    op, personal = _walk_in()
    assert b"Amina" not in op.body and b"amina@" not in op.body
    assert check_personal(op.fields.commit, personal).ok


def test_erasing_the_block_keeps_the_operation_verifying() -> None:
    op, personal = _walk_in()
    erased = erase(personal, "door-1/p1")
    assert erased == {}
    assert verify_op(op.sig, op.body, lookup).ok
    verdict = check_personal(op.fields.commit, erased)
    assert verdict.ok and verdict.value == {}
    assert check_personal(op.fields.commit, None).ok


@pytest.mark.parametrize(
    "tamper",
    [
        lambda b: b["fields"].update(name="Someone Else"),
        lambda b: b["fields"].pop("phone"),
        lambda b: b.update(salt="00" * 16),
        lambda b: b.update(salt=b["salt"].upper()),
        lambda b: b.update(salt=b["salt"][:-2]),
        lambda b: b.update(extra=1),
        lambda b: b.update(fields=[1]),
        lambda b: b["fields"].update(score=1.5),  # not canonical
    ],
)
def test_a_tampered_block_is_detected(tamper: Any) -> None:
    op, personal = _walk_in()
    block = personal["door-1/p1"]
    block["fields"] = dict(block["fields"])
    tamper(block)
    assert not check_block(op.fields.commit["door-1/p1"], block)
    verdict = check_personal(op.fields.commit, personal)
    assert verdict.status == "refused" and verdict.reason.startswith("personal:")


def test_a_block_for_a_subject_the_operation_does_not_commit_to_is_refused() -> None:
    op, personal = _walk_in()
    _, stray = commit_personal({"name": "Stray"})
    verdict = check_personal(op.fields.commit, {**personal, "door-1/p2": stray})
    assert verdict.status == "refused" and "no commitment" in verdict.reason
    assert check_personal(op.fields.commit, ["not", "an", "object"]).status == "refused"


def test_the_same_values_under_two_salts_give_unrelated_commitments() -> None:
    first, _ = commit_personal(PERSON)
    second, _ = commit_personal(PERSON)
    assert first != second
    fixed = bytes(16)
    assert commit_personal(PERSON, fixed)[0] == commit_personal(PERSON, fixed)[0]
    with pytest.raises(ValueError):
        commit_personal(PERSON, b"short")
    with pytest.raises(canonical.CanonicalError):
        commit_personal({"height": 1.8})


@given(st.from_type(object), st.from_type(object))
def test_check_block_never_raises(commitment: object, block: object) -> None:
    assert check_block(commitment, block) in {True, False}


def test_a_door_revert_with_its_reason_as_personal_data_verifies_and_survives_erasure() -> None:
    commitment, block = commit_personal({"reason": "scanned the wrong badge"})
    payload = {"checkin_id": "c1", "registration_id": "r1", "at": "t"}
    op = sign_op(DOOR_KEY, op_fields(type="checkin.reverted", payload=payload,
                                     commit={"c1": commitment}))  # fmt: skip
    assert b"wrong badge" not in op.body
    assert verify_op(op.sig, op.body, lookup).ok
    assert check_personal(op.fields.commit, {"c1": block}).ok
    assert check_personal(op.fields.commit, erase({"c1": block}, "c1")).ok
    bare = sign_op(DOOR_KEY, op_fields(type="checkin.reverted", payload=payload))
    assert verify_op(bare.sig, bare.body, lookup).reason.startswith("role:")


def test_a_block_another_desk_made_with_a_16_byte_salt_matches() -> None:
    """The commitment is `sha256(salt ‖ canonical(fields))` with 16 random bytes of salt, as any
    desk computes it: the block is checked the same way whoever made it."""
    salt = bytes(range(16))
    commitment = hashlib.sha256(salt + canonical.encode(PERSON)).hexdigest()
    assert check_block(commitment, {"salt": salt.hex(), "fields": PERSON})
    made, block = commit_personal(PERSON)
    assert len(block["salt"]) == 32 and bytes.fromhex(block["salt"]).hex() == block["salt"]
    assert (
        made == hashlib.sha256(bytes.fromhex(block["salt"]) + canonical.encode(PERSON)).hexdigest()
    )
    for size in (15, 17):
        with pytest.raises(ValueError):
            commit_personal(PERSON, bytes(size))


@pytest.mark.parametrize(
    "salt",
    ["zz" * 16, "0" * 31, "0" * 33, "00" * 17, 16, None, "０" * 32],  # fullwidth digits too
)
def test_a_block_whose_salt_is_not_16_bytes_of_lower_hex_does_not_match(salt: object) -> None:
    commitment, block = commit_personal(PERSON)
    assert not check_block(commitment, {**block, "salt": salt})


def test_a_commitment_that_is_not_text_never_matches() -> None:
    commitment, block = commit_personal(PERSON)
    assert check_block(commitment, block)
    for other in (commitment.encode(), None, 1):
        assert not check_block(other, block)


def test_the_reason_quotes_a_hostile_subject_id_at_most_80_characters() -> None:
    op, personal = _walk_in()
    verdict = check_personal(op.fields.commit, {"x" * 500: personal["door-1/p1"]})
    assert verdict.reason == "personal: no commitment for " + "x" * 80
    block = {**personal["door-1/p1"], "salt": "00" * 16}
    commit = {"y" * 500: op.fields.commit["door-1/p1"]}
    verdict = check_personal(commit, {"y" * 500: block})
    assert verdict.reason == f"personal: block does not match its commitment ({'y' * 80})"


def test_erasing_one_subject_keeps_the_others() -> None:
    _, first = commit_personal({"name": "Amina"})
    _, second = commit_personal({"name": "Youssef"})
    assert erase({"p1": first, "p2": second}, "p1") == {"p2": second}
    assert erase({"p1": first}, "p9") == {"p1": first}


@pytest.mark.parametrize("block", [None, ["salt", "fields"], "salt", 1])
def test_a_block_that_is_not_an_object_never_matches(block: object) -> None:
    commitment, _ = commit_personal(PERSON)
    assert not check_block(commitment, block)


def test_a_block_outside_the_format_never_matches_even_with_its_own_commitment() -> None:
    """A 17-byte salt or fields that are a list: the commitment matches, the format does not."""
    long_salt = bytes(17)
    commitment = hashlib.sha256(long_salt + canonical.encode(PERSON)).hexdigest()
    assert not check_block(commitment, {"salt": long_salt.hex(), "fields": PERSON})
    salt = bytes(16)
    listed = ["Amina", "amina@example.ma"]
    commitment = hashlib.sha256(salt + canonical.encode(listed)).hexdigest()
    assert not check_block(commitment, {"salt": salt.hex(), "fields": listed})
