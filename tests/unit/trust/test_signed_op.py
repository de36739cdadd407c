"""Signed operations: what verifies, what waits, and every refusal, on hostile bytes too."""

from __future__ import annotations

import base64
import json
from dataclasses import FrozenInstanceError, asdict, replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop.trust import canonical, keys
from mornings_desktop.trust.signed_op import (
    MAX_BODY_BYTES,
    MAX_COMMITS,
    MAX_DEPTH,
    OP_TAG,
    OpFields,
    OpSchemaError,
    digest,
    from_wire,
    sign_op,
    to_wire,
    verify_op,
)
from tests.unit.trust.conftest import DOOR, DOOR_KEY, ORGANISER_KEY, lookup, op_fields


def _forge(values: dict[str, Any], key: Any = DOOR_KEY) -> tuple[bytes, bytes]:
    """A body signed as the door desk would, bypassing sign_op's checks."""
    body = canonical.encode(values)
    return key.sign(OP_TAG + body), body


def test_a_signed_operation_verifies_and_its_identity_is_the_body_digest() -> None:
    op = sign_op(DOOR_KEY, op_fields())
    verdict = verify_op(op.sig, op.body, lookup)
    assert verdict.ok and verdict.value is not None
    assert verdict.value.fields == op.fields
    assert verdict.value.digest == digest(op.body) == op.digest
    assert len(op.digest) == 64


def test_a_chain_links_each_body_to_the_previous_one() -> None:
    first = sign_op(DOOR_KEY, op_fields())
    second = sign_op(DOOR_KEY, op_fields(desk_seq=2, prev=first.digest, op_id="x2"))
    assert verify_op(second.sig, second.body, lookup).ok


def test_an_unknown_desk_waits_for_its_certificate() -> None:
    op = sign_op(DOOR_KEY, op_fields(desk_id="door-9"))
    verdict = verify_op(op.sig, op.body, lookup)
    assert verdict.status == "waiting" and verdict.reason.startswith("unknown-certificate")


def test_another_desks_key_is_a_bad_signature() -> None:
    op = sign_op(ORGANISER_KEY, op_fields())  # signed by "boss", claims to be door-1
    assert verify_op(op.sig, op.body, lookup).reason == "bad-signature"


def test_an_edited_body_is_a_bad_signature() -> None:
    op = sign_op(DOOR_KEY, op_fields())
    edited = op.body.replace(b'"r1"', b'"r2"')
    assert verify_op(op.sig, edited, lookup).reason == "bad-signature"


def test_a_signature_over_another_tag_is_refused() -> None:
    body = canonical.encode(asdict(op_fields()))
    sig = DOOR_KEY.sign(b"mornings-cert-v1\n" + body)
    assert verify_op(sig, body, lookup).reason == "bad-signature"


def test_a_desk_reset_with_a_new_key_verifies_under_either_certificate() -> None:
    new_key = keys.new_key()
    renewed = replace(DOOR, public_key=keys.public_text(new_key), issued="2026-12-01T08:00:00Z")
    old_op = sign_op(DOOR_KEY, op_fields())
    new_op = sign_op(new_key, op_fields(op_id="after-reset"))
    both = {("org1", "door-1"): [DOOR, renewed]}
    for op in (old_op, new_op):
        assert verify_op(op.sig, op.body, lambda o, d: both.get((o, d))).ok
    assert verify_op(new_op.sig, new_op.body, lookup).reason == "bad-signature"
    assert verify_op(old_op.sig, old_op.body, lambda o, d: []).status == "waiting"


def test_a_lookup_returning_another_desks_certificate_is_refused() -> None:
    op = sign_op(DOOR_KEY, op_fields())
    verdict = verify_op(op.sig, op.body, lambda org, desk: lookup(org, "boss"))
    assert verdict.reason.startswith("certificate")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"hlc": "~zz-poison"}, "hlc"),
        ({"hlc": "~"}, "hlc"),
        ({"hlc": "1764504000000-00000"}, "hlc"),
        ({"hlc": "\u0661" * 13 + "-0000"}, "hlc"),  # Arabic-Indic digits match \d, not [0-9]
        ({"desk_seq": 0}, "desk_seq"),
        ({"desk_seq": True}, "desk_seq"),
        ({"desk_seq": 2}, "prev"),  # a later op must name its predecessor
        ({"prev": "ab" * 32}, "prev"),  # the first op has none
        ({"desk_seq": 2, "prev": "AB" * 32}, "prev"),
        ({"inc": ""}, "inc"),
        ({"op_id": ""}, "op_id"),
        ({"type": "Checkin"}, "type"),
        ({"operator": "x" * 201}, "operator"),
        ({"payload": []}, "payload"),
        ({"commit": {"p1": "not a digest"}}, "commit"),
        ({"commit": {"bad id!": "ab" * 32}}, "commit"),
        ({"desk_id": "door-1/x"}, "org_id/desk_id"),
    ],
)
def test_a_signed_body_with_a_bad_envelope_is_refused(change: dict[str, Any], problem: str) -> None:
    with pytest.raises(OpSchemaError):
        sign_op(DOOR_KEY, op_fields(**change))  # a desk never signs what it would refuse
    sig, body = _forge({**asdict(op_fields()), **change})
    verdict = verify_op(sig, body, lookup)
    assert verdict.status == "refused" and verdict.reason == f"schema: {problem}"


def test_missing_or_extra_envelope_fields_are_refused() -> None:
    values = asdict(op_fields())
    for broken in ({k: v for k, v in values.items() if k != "commit"}, {**values, "extra": 1}):
        sig, body = _forge(broken)
        assert verify_op(sig, body, lookup).reason == "schema: fields"


def test_a_door_desk_may_not_record_an_organisers_operation() -> None:
    sig, body = _forge(asdict(op_fields(type="person.erased", payload={"id": "p1"})))
    verdict = verify_op(sig, body, lookup)
    assert verdict.status == "refused" and verdict.reason.startswith("role:")
    assert verify_op(sig, body, lookup, check_role=False).ok
    boss = sign_op(ORGANISER_KEY, op_fields(desk_id="boss", type="person.erased"))
    assert verify_op(boss.sig, boss.body, lookup).ok


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000,
        b'{"org_id":"org1","org_id":"org1"}',
        b'{"desk_seq":1e5}',
        b'{"desk_seq":1.0}',
        b"NaN",
        b'{"n":9007199254740993}',
        '{"s":"e\u0301"}'.encode(),
        b'{"s":"\\u0000"}',
        b'{"s":"\\ud800"}',
        b"[]",
        b"{}",
        b'{"org_id":1,"desk_id":"door-1"}',
    ],
)
def test_hostile_bodies_are_refused_whatever_their_signature(body: bytes) -> None:
    sig = DOOR_KEY.sign(OP_TAG + body)
    verdict = verify_op(sig, body, lookup)
    assert verdict.status == "refused" and verdict.reason.startswith(("malformed", "schema"))


def test_a_non_canonical_spelling_of_a_signed_body_is_refused() -> None:
    values = asdict(op_fields())
    spaced = canonical.encode(values).replace(b",", b", ")
    verdict = verify_op(DOOR_KEY.sign(OP_TAG + spaced), spaced, lookup)
    assert verdict.reason.startswith("malformed")


@pytest.mark.parametrize("sig", [b"", b"x" * 63, b"x" * 65, "x" * 64, None])
def test_a_signature_that_is_not_64_bytes_is_refused(sig: Any) -> None:
    op = sign_op(DOOR_KEY, op_fields())
    assert verify_op(sig, op.body, lookup).reason.startswith("malformed")
    assert verify_op(op.sig, op.body.decode(), lookup).status == "refused"  # type: ignore[arg-type]


def test_a_certificate_with_an_unreadable_key_is_refused() -> None:
    op = sign_op(DOOR_KEY, op_fields())
    broken = DOOR.__class__(**{**DOOR.__dict__, "public_key": "AAAA"})
    assert verify_op(op.sig, op.body, lambda o, d: broken).reason.startswith("certificate")


@settings(max_examples=300)
@given(st.binary(max_size=300), st.binary(min_size=64, max_size=64))
def test_arbitrary_bytes_get_a_verdict_never_an_exception(body: bytes, sig: bytes) -> None:
    assert verify_op(sig, body, lookup).status in {"refused", "waiting"}


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.floats(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=300)
@given(st.dictionaries(st.sampled_from(sorted(asdict(op_fields()))), _values, max_size=11))
def test_signed_envelopes_with_arbitrary_fields_never_raise(change: dict[str, Any]) -> None:
    values = {**asdict(op_fields()), **change}
    try:
        sig, body = _forge(values)
    except canonical.CanonicalError:
        return
    verdict = verify_op(sig, body, lookup)
    assert verdict.status in {"ok", "refused", "waiting"}
    if verdict.ok:
        assert verdict.value is not None and asdict(verdict.value.fields) == values


def test_keys_are_reusable_from_text() -> None:
    again = keys.private_from_text(keys.private_text(DOOR_KEY))
    op = sign_op(again, op_fields())
    assert verify_op(op.sig, op.body, lookup).ok


def test_the_wire_form_round_trips_byte_for_byte() -> None:
    op = sign_op(DOOR_KEY, op_fields(operator="Salmà"))
    wire = to_wire(op, {"p": {"salt": "00" * 16, "fields": {}}})
    parsed = from_wire(json.loads(json.dumps(wire)))
    assert parsed is not None
    sig, body, personal = parsed
    assert (sig, body) == (op.sig, op.body) and personal == wire["personal"]
    assert verify_op(sig, body, lookup).ok


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"sig": "AA=="},
        {"sig": 1, "body": "{}"},
        {"sig": "!!", "body": "{}"},
        {"sig": "AA==", "body": "\ud800"},
        {"sig": "AA==", "body": "{}", "extra": 1},
    ],
)
def test_a_malformed_wire_operation_reads_as_none(data: object) -> None:
    assert from_wire(data) is None


# -- the envelope's bounds, at the boundary ---------------------------------------------------


def _padded(size: int) -> OpFields:
    """The door's operation, its payload padded so that the signed body is `size` bytes."""
    base = len(sign_op(DOOR_KEY, op_fields(payload={"pad": ""})).body)
    return op_fields(payload={"pad": "x" * (size - base)})


def test_a_body_of_the_maximum_size_is_signed_and_verified_one_byte_more_is_refused() -> None:
    op = sign_op(DOOR_KEY, _padded(MAX_BODY_BYTES))
    assert len(op.body) == MAX_BODY_BYTES == 4_000_000
    assert verify_op(op.sig, op.body, lookup, check_role=False).ok
    with pytest.raises(OpSchemaError, match="too large"):
        sign_op(DOOR_KEY, _padded(MAX_BODY_BYTES + 1))
    sig, body = _forge(asdict(_padded(MAX_BODY_BYTES + 1)))
    assert len(body) == MAX_BODY_BYTES + 1
    verdict = verify_op(sig, body, lookup, check_role=False)
    assert verdict.status == "refused" and verdict.reason.startswith("malformed: larger")


def _nested(containers: int) -> object:
    value: object = "deep"
    for _ in range(containers):
        value = [value]
    return value


def test_a_payload_nested_to_the_envelopes_depth_is_signed_one_level_more_is_refused() -> None:
    # the envelope and the payload are two levels: 14 lists inside them make 16, the maximum
    deepest = op_fields(payload={"deep": _nested(MAX_DEPTH - 2)})
    op = sign_op(DOOR_KEY, deepest)
    assert verify_op(op.sig, op.body, lookup, check_role=False).ok
    too_deep = op_fields(payload={"deep": _nested(MAX_DEPTH - 1)})
    with pytest.raises(OpSchemaError, match="not canonical"):
        sign_op(DOOR_KEY, too_deep)
    sig, body = _forge(asdict(too_deep))
    verdict = verify_op(sig, body, lookup, check_role=False)
    assert verdict.status == "refused" and "deeper than 16" in verdict.reason


def test_a_payload_with_no_canonical_form_is_never_signed() -> None:
    for payload in ({"at": 1.5}, {"at": "e\u0301"}, {"n": 2**53}):
        with pytest.raises(OpSchemaError, match="not canonical"):
            sign_op(DOOR_KEY, op_fields(payload=payload))


def _commitments(count: int) -> dict[str, str]:
    return {f"p{i}": digest(str(i).encode()) for i in range(count)}


def test_the_most_personal_data_commitments_an_operation_may_carry() -> None:
    assert MAX_COMMITS == 10_000  # the documented bound, not whatever the constant says
    most = op_fields(type="import.batch", desk_id="boss", commit=_commitments(10_000))
    op = sign_op(ORGANISER_KEY, most)
    assert verify_op(op.sig, op.body, lookup).ok
    one_more = op_fields(type="import.batch", desk_id="boss", commit=_commitments(10_001))
    with pytest.raises(OpSchemaError, match="commit"):
        sign_op(ORGANISER_KEY, one_more)
    sig, body = _forge(asdict(one_more), ORGANISER_KEY)
    assert verify_op(sig, body, lookup).reason == "schema: commit"


def test_an_operator_name_of_200_characters_is_signed_201_is_refused() -> None:
    op = sign_op(DOOR_KEY, op_fields(operator="x" * 200))
    assert verify_op(op.sig, op.body, lookup).ok
    with pytest.raises(OpSchemaError, match="operator"):
        sign_op(DOOR_KEY, op_fields(operator="x" * 201))


def test_commitments_that_are_not_an_object_are_refused_not_a_crash() -> None:
    for commit in ([], ["p1"], "p1", None):
        with pytest.raises(OpSchemaError, match="commit"):
            sign_op(DOOR_KEY, op_fields(commit=commit))
        sig, body = _forge({**asdict(op_fields()), "commit": commit})
        assert verify_op(sig, body, lookup).reason == "schema: commit"


def test_a_verified_operation_cannot_be_altered_after_its_check() -> None:
    op = sign_op(DOOR_KEY, op_fields())
    checked = verify_op(op.sig, op.body, lookup).value
    assert checked is not None
    with pytest.raises(FrozenInstanceError):
        checked.body = b"{}"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        checked.fields.type = "person.erased"  # type: ignore[misc]


# -- the wire form ---------------------------------------------------------------------------


def test_the_wire_form_keeps_the_personal_blocks_given_and_none_is_an_empty_object() -> None:
    op = sign_op(DOOR_KEY, op_fields())
    blocks = {"p1": {"salt": "00" * 16, "fields": {"name": "Amina"}}}
    assert to_wire(op, blocks)["personal"] == blocks
    assert to_wire(op)["personal"] == {}


def test_a_wire_operation_without_personal_blocks_reads_with_none() -> None:
    op = sign_op(DOOR_KEY, op_fields())
    wire = {k: v for k, v in to_wire(op).items() if k != "personal"}
    assert from_wire(wire) == (op.sig, op.body, None)


def test_a_wire_signature_text_is_read_up_to_100_characters() -> None:
    longest = base64.b64encode(b"s" * 75).decode()
    assert len(longest) == 100
    assert from_wire({"sig": longest, "body": "{}"}) == (b"s" * 75, b"{}", None)
    assert from_wire({"sig": longest + "AAAA", "body": "{}"}) is None
    assert from_wire({"sig": longest + "=", "body": "{}"}) is None  # 101 characters, decodable


def test_a_wire_signature_that_is_not_ascii_reads_as_none() -> None:
    assert from_wire({"sig": "é" * 88, "body": "{}"}) is None
