"""Certificates, revocations, rotations and settings: signed by the right key, refused otherwise."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import FrozenInstanceError, replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop.trust import canonical, keys
from mornings_desktop.trust.certificates import (
    CERT_TAG,
    MAX_ACCEPTED,
    MAX_RECORD_BYTES,
    REVOCATION_TAG,
    ROTATION_TAG,
    SETTINGS_TAG,
    Certificate,
    Revocation,
    Rotation,
    Settings,
    Signed,
    issue_certificate,
    issue_revocation,
    issue_rotation,
    issue_settings,
    verify_certificate,
    verify_revocation,
    verify_rotation,
    verify_settings,
)

ORG = keys.new_key()
RECOVERY = keys.new_key()
OTHER = keys.new_key()
DESK = keys.new_key()
ISSUED = "2026-11-30T12:00:00Z"
CERT = Certificate("org1", "desk-a", "Door 1", "door", keys.public_text(DESK), ISSUED)


def _resign(key: Any, tag: bytes, fields: dict[str, Any]) -> Signed:
    body = canonical.encode(fields)
    return Signed(body, key.sign(tag + body))


def test_a_certificate_verifies_under_the_organisation_key() -> None:
    signed = issue_certificate(ORG, CERT)
    verdict = verify_certificate(signed, ORG.public_key())
    assert verdict.ok and verdict.value == CERT
    assert Signed.from_json(signed.to_json()) == signed
    assert len(signed.digest) == 64


def test_a_certificate_signed_by_another_key_is_refused() -> None:
    verdict = verify_certificate(issue_certificate(OTHER, CERT), ORG.public_key())
    assert verdict.status == "refused" and verdict.reason == "bad-signature"


def test_an_edited_certificate_is_refused() -> None:
    signed = issue_certificate(ORG, CERT)
    forged = Signed(signed.body.replace(b'"door"', b'"organiser"'), signed.sig)
    assert verify_certificate(forged, ORG.public_key()).reason == "bad-signature"


def test_a_signature_of_another_kind_does_not_pass_for_a_certificate() -> None:
    fields = {"org_id": "org1", "ticket_key_id": "k1", "bundle_key": "A" * 43 + "=",
              "recovery_public_key": "", "issued": ISSUED}  # fmt: skip
    signed = issue_settings(ORG, Settings(**fields))
    assert verify_certificate(signed, ORG.public_key()).reason == "bad-signature"


@pytest.mark.parametrize(
    "change",
    [
        {"role": "admin"},
        {"role": 1},
        {"desk_id": "desk/a"},
        {"desk_id": "desk\u0661"},  # an Arabic-Indic digit
        {"org_id": ""},
        {"public_key": "AAAA"},
        {"public_key": "A" * 42 + "B="},  # shaped like a key, but not canonical base64
        {"issued": "2026-11-30 12:00"},
        {"name": "x" * 201},
        {"extra": "field"},
    ],
)
def test_a_validly_signed_certificate_with_bad_fields_is_refused(change: dict[str, Any]) -> None:
    fields = {**CERT.__dict__, **change}
    if set(change) <= set(CERT.__dict__):  # a desk never issues what it would refuse
        with pytest.raises(ValueError):
            issue_certificate(ORG, Certificate(**fields))
    verdict = verify_certificate(_resign(ORG, CERT_TAG, fields), ORG.public_key())
    assert verdict.status == "refused" and verdict.reason.startswith("schema")


def test_a_non_canonical_but_signed_body_is_refused() -> None:
    body = b'{"org_id": "org1"}'
    verdict = verify_certificate(Signed(body, ORG.sign(CERT_TAG + body)), ORG.public_key())
    assert verdict.reason.startswith("malformed")


@settings(max_examples=200)
@given(st.binary(max_size=300), st.binary(max_size=70))
def test_hostile_bytes_get_a_verdict_never_an_exception(body: bytes, sig: bytes) -> None:
    for verify in (verify_certificate, verify_settings, verify_rotation, verify_revocation):
        assert verify(Signed(body, sig), ORG.public_key()).status == "refused"  # type: ignore[operator]


@pytest.mark.parametrize(
    "data", [None, [], {"body": 1, "sig": ""}, {"body": "{}", "sig": "!!"}, {"body": "{}"}]
)
def test_a_record_not_shaped_like_one_reads_as_none(data: object) -> None:
    assert Signed.from_json(data) is None


REVOCATION = Revocation("org1", "desk-a", {"inc1": (12, "ab" * 32), "inc2": (0, "")}, ISSUED)


def test_a_revocation_verifies_under_the_org_key_or_the_recovery_key() -> None:
    for signer in (ORG, RECOVERY):
        verdict = verify_revocation(
            issue_revocation(signer, REVOCATION), ORG.public_key(), RECOVERY.public_key()
        )
        assert verdict.ok and verdict.value == REVOCATION
    by_recovery = issue_revocation(RECOVERY, REVOCATION)
    assert verify_revocation(by_recovery, ORG.public_key()).reason == "bad-signature"
    by_other = issue_revocation(OTHER, REVOCATION)
    assert not verify_revocation(by_other, ORG.public_key(), RECOVERY.public_key()).ok


@pytest.mark.parametrize(
    "marks",
    [
        {"inc1": (0, "ab" * 32)},  # a digest with no sequence
        {"inc1": (3, "")},
        {"inc1": (3, "AB" * 32)},
        {"inc1": (-1, "")},
        {"bad inc": (0, "")},
        {f"i{n}": (0, "") for n in range(1001)},
    ],
)
def test_a_revocation_with_bad_marks_is_refused(marks: dict[str, tuple[int, str]]) -> None:
    revocation = replace(REVOCATION, incarnations=marks)
    with pytest.raises(ValueError):
        issue_revocation(ORG, revocation)


def test_a_revocation_with_a_malformed_mark_signed_anyway_is_refused() -> None:
    fields = {"org_id": "org1", "desk_id": "d", "issued": ISSUED,
              "incarnations": {"i": {"seq": 1, "digest": "ab" * 32, "x": 1}}}  # fmt: skip
    signed = _resign(ORG, b"mornings-revocation-v1\n", fields)
    assert verify_revocation(signed, ORG.public_key()).reason.startswith("schema")


def test_a_rotation_is_signed_by_the_recovery_key_only() -> None:
    new_org = keys.new_key()
    cert_digest = issue_certificate(ORG, CERT).digest
    rotation = Rotation("org1", keys.public_text(new_org), (cert_digest,), ISSUED)
    verdict = verify_rotation(issue_rotation(RECOVERY, rotation), RECOVERY.public_key())
    assert verdict.ok and verdict.value == rotation
    assert not verify_rotation(issue_rotation(ORG, rotation), RECOVERY.public_key()).ok
    with pytest.raises(ValueError):
        issue_rotation(RECOVERY, replace(rotation, certificates=("not a digest",)))


def test_a_rotation_lists_the_revocations_it_keeps_and_one_without_the_list_still_reads() -> None:
    new_org = keys.public_text(keys.new_key())
    old = Rotation("org1", new_org, (), ISSUED)
    body = issue_rotation(RECOVERY, old).body
    assert b"revocations" not in body  # written as before the field: older desks read it
    assert verify_rotation(issue_rotation(RECOVERY, old), RECOVERY.public_key()).value == old
    revocation = issue_revocation(ORG, Revocation("org1", "desk-a", {}, ISSUED))
    kept = replace(old, revocations=(revocation.digest,))
    assert verify_rotation(issue_rotation(RECOVERY, kept), RECOVERY.public_key()).value == kept
    fields = {"org_id": "org1", "new_org_key": new_org, "certificates": [], "issued": ISSUED}
    for bad in ([], ["not a digest"], [revocation.digest] * 2, "x"):
        forged = _resign(RECOVERY, ROTATION_TAG, {**fields, "revocations": bad})
        assert not verify_rotation(forged, RECOVERY.public_key()).ok, bad
    # A revocation the rotation lists reads without the current keys; its body is still checked.
    assert not verify_revocation(revocation, OTHER.public_key()).ok
    assert verify_revocation(revocation, OTHER.public_key(), None, {revocation.digest}).ok
    damaged = Signed(revocation.body.replace(b"org1", b"org 1"), revocation.sig)
    assert not verify_revocation(damaged, OTHER.public_key(), None, {damaged.digest}).ok


def test_settings_verify_and_bad_settings_are_refused() -> None:
    bundle_key = base64.b64encode(bytes(range(32))).decode()
    recovery = keys.public_text(RECOVERY)
    good = Settings("org1", "ticket-1", bundle_key, recovery, ISSUED)
    assert verify_settings(issue_settings(ORG, good), ORG.public_key()).value == good
    assert verify_settings(
        issue_settings(ORG, replace(good, recovery_public_key="")), ORG.public_key()
    ).ok
    assert not verify_settings(issue_settings(OTHER, good), ORG.public_key()).ok
    with pytest.raises(ValueError):
        issue_settings(ORG, replace(good, bundle_key="short"))
    with pytest.raises(ValueError):
        issue_settings(ORG, replace(good, recovery_public_key="not a key"))


def test_a_revised_revocation_names_the_accepted_digests_sorted_and_once() -> None:
    revised = replace(REVOCATION, accepted=("cd" * 32, "ab" * 32))
    verdict = verify_revocation(issue_revocation(ORG, revised), ORG.public_key())
    assert verdict.ok and verdict.value is not None
    assert verdict.value.accepted == ("ab" * 32, "cd" * 32)
    # Without accepted digests the body is the one a first revocation always had.
    assert b"accepted" not in issue_revocation(ORG, REVOCATION).body
    for bad in (("AB" * 32,), ("xyz",)):
        with pytest.raises(ValueError):
            issue_revocation(ORG, replace(REVOCATION, accepted=bad))


# -- bounds and shapes, at the boundary -------------------------------------------------------


def _signed_body_of(size: int, key: Any = ORG, tag: bytes = CERT_TAG) -> Signed:
    """A canonical body of exactly `size` bytes (not a valid record), signed with `tag`."""
    base = len(canonical.encode({"pad": ""}))
    return _resign(key, tag, {"pad": "x" * (size - base)})


def test_a_record_of_the_maximum_size_is_read_one_byte_more_is_not() -> None:
    largest = _signed_body_of(MAX_RECORD_BYTES)
    assert len(largest.body) == MAX_RECORD_BYTES == 1_000_000
    assert verify_certificate(largest, ORG.public_key()).reason == "schema: record"
    too_large = _signed_body_of(MAX_RECORD_BYTES + 1)
    assert verify_certificate(too_large, ORG.public_key()).reason == "malformed: record too large"


@pytest.mark.parametrize("length", [0, 63, 65, 128])
def test_a_signature_that_is_not_64_bytes_is_malformed(length: int) -> None:
    signed = issue_certificate(ORG, CERT)
    forged = Signed(signed.body, (signed.sig * 2)[:length])
    assert verify_certificate(forged, ORG.public_key()).reason == "malformed: not a signed record"


def test_a_record_nested_deeper_than_any_record_is_malformed() -> None:
    # a revocation is three objects deep; four levels are read (and refused as no record), five not
    four = _resign(ORG, CERT_TAG, {"a": {"b": {"c": {"d": 1}}}})
    assert verify_certificate(four, ORG.public_key()).reason == "schema: record"
    five = _resign(ORG, CERT_TAG, {"a": {"b": {"c": {"d": []}}}})
    assert verify_certificate(five, ORG.public_key()).reason == "malformed: nested deeper than 4"


def test_a_signed_body_that_is_not_an_object_is_no_record() -> None:
    values: list[object] = [[], "org1", 1, None]
    for value in values:
        signed = _resign(ORG, CERT_TAG, value)  # type: ignore[arg-type]
        assert verify_certificate(signed, ORG.public_key()).reason == "schema: record"


def test_a_certificate_name_of_200_characters_is_issued() -> None:
    long_name = replace(CERT, name="x" * 200)
    assert (
        verify_certificate(issue_certificate(ORG, long_name), ORG.public_key()).value == long_name
    )


def test_a_verified_certificate_cannot_be_altered_and_serves_as_a_key() -> None:
    cert = verify_certificate(issue_certificate(ORG, CERT), ORG.public_key()).value
    assert cert is not None
    with pytest.raises(FrozenInstanceError):
        cert.role = "organiser"  # type: ignore[misc]
    assert {cert: 1}[CERT] == 1  # hashable: certificates are looked up by value
    signed = issue_certificate(ORG, CERT)
    with pytest.raises(FrozenInstanceError):
        signed.body = b"{}"  # type: ignore[misc]


def test_a_record_whose_text_is_not_encodable_or_whose_signature_is_not_ascii_is_none() -> None:
    assert Signed.from_json({"body": "\ud800", "sig": "AA=="}) is None
    assert Signed.from_json({"body": "{}", "sig": "éééé"}) is None
    assert Signed.from_json({"body": "{}", "sig": "AA==", "x": ""}) is None
    assert Signed.from_json({"body": "{}", "sig": 1}) is None
    assert Signed.from_json({"body": "{}", "sig": "AA=="}) == Signed(b"{}", b"\0")


def test_a_vouched_record_is_read_only_when_its_own_digest_is_vouched() -> None:
    revocation = issue_revocation(OTHER, REVOCATION)
    other = issue_revocation(OTHER, replace(REVOCATION, issued="2026-12-01T12:00:00Z"))
    org = ORG.public_key()
    assert verify_revocation(revocation, org, None, {revocation.digest}).ok
    assert verify_revocation(revocation, org, None, [other.digest]).reason == "bad-signature"
    assert verify_revocation(revocation, org, None, ()).reason == "bad-signature"
    by_org = issue_revocation(ORG, REVOCATION)
    assert verify_revocation(by_org, org, None, [other.digest]).ok  # signed: vouching not needed


def test_a_revocation_may_name_up_to_1000_incarnations() -> None:
    most = replace(REVOCATION, incarnations={f"i{n}": (0, "") for n in range(1000)})
    assert verify_revocation(issue_revocation(ORG, most), ORG.public_key()).value == most


@pytest.mark.parametrize(
    "mark",
    [
        {"seq": 3, "digest": None},
        {"seq": 3, "digest": 0},
        {"seq": 3, "digest": ""},
        {"seq": 0, "digest": None},
        {"seq": True, "digest": "ab" * 32},
        {"seq": "3", "digest": "ab" * 32},
        {"seq": 3},
        [3, "ab" * 32],
    ],
)
def test_a_signed_revocation_with_a_malformed_mark_is_refused(mark: object) -> None:
    fields = {"org_id": "org1", "desk_id": "d", "issued": ISSUED, "incarnations": {"i": mark}}
    signed = _resign(ORG, REVOCATION_TAG, fields)
    assert verify_revocation(signed, ORG.public_key()).reason == "schema: record"


def _digests(count: int) -> list[str]:
    return sorted(hashlib.sha256(str(n).encode()).hexdigest() for n in range(count))


def test_a_revised_revocation_takes_back_up_to_10000_operations() -> None:
    assert MAX_ACCEPTED == 10_000  # the documented bound, not whatever the constant says
    most = replace(REVOCATION, accepted=tuple(_digests(10_000)))
    assert verify_revocation(issue_revocation(ORG, most), ORG.public_key()).value == most
    with pytest.raises(ValueError):
        issue_revocation(ORG, replace(REVOCATION, accepted=tuple(_digests(10_001))))
    fields = {"org_id": "org1", "desk_id": "d", "issued": ISSUED, "incarnations": {}}
    for bad in ([], _digests(2)[::-1], "ab" * 32, [1]):
        signed = _resign(ORG, REVOCATION_TAG, {**fields, "accepted": bad})
        assert verify_revocation(signed, ORG.public_key()).reason == "schema: record", bad


def test_a_rotation_keeps_up_to_10000_certificates() -> None:
    new_org = keys.public_text(keys.new_key())
    most = Rotation("org1", new_org, tuple(_digests(10_000)), ISSUED)
    assert verify_rotation(issue_rotation(RECOVERY, most), RECOVERY.public_key()).value == most
    with pytest.raises(ValueError):
        issue_rotation(RECOVERY, replace(most, certificates=tuple(_digests(10_001))))


@pytest.mark.parametrize(
    "change",
    [
        {"certificates": "ab" * 32},
        {"certificates": {"ab" * 32: "kept"}},  # an object of digests is not the list
        {"new_org_key": "A" * 43 + "B"},  # not shaped like a key
        {"new_org_key": "A" * 42 + "B="},  # shaped like a key, but not canonical base64
        {"new_org_key": 1},
        {"org_id": "org/1"},
        {"issued": "today"},
        {"extra": 1},
    ],
)
def test_a_signed_rotation_with_bad_fields_is_refused(change: dict[str, Any]) -> None:
    fields = {"org_id": "org1", "new_org_key": keys.public_text(keys.new_key()),
              "certificates": [], "issued": ISSUED, **change}  # fmt: skip
    signed = _resign(RECOVERY, ROTATION_TAG, fields)
    assert verify_rotation(signed, RECOVERY.public_key()).reason == "schema: record"


@pytest.mark.parametrize(
    "change",
    [
        {"recovery_public_key": 0},
        {"recovery_public_key": None},
        {"recovery_public_key": "not a key"},
        {"ticket_key_id": "ticket 1"},
        {"org_id": ""},
        {"issued": 20261130},
        {"bundle_key": "short"},
        {"extra": ""},
    ],
)
def test_signed_settings_with_bad_fields_are_refused(change: dict[str, Any]) -> None:
    fields = {"org_id": "org1", "ticket_key_id": "ticket-1", "bundle_key": "A" * 43 + "=",
              "recovery_public_key": "", "issued": ISSUED, **change}  # fmt: skip
    signed = _resign(ORG, SETTINGS_TAG, fields)
    assert verify_settings(signed, ORG.public_key()).reason == "schema: record"


@pytest.mark.parametrize(
    "change",
    [
        {"incarnations": []},
        {"incarnations": "inc1"},
        {"incarnations": {"bad inc": {"seq": 0, "digest": ""}}},
        {"issued": "2026-11-30"},
        {"desk_id": "desk/a"},
        {"org_id": 1},
        {"extra": 1},
        {"accepted": None},
    ],
)
def test_a_signed_revocation_with_bad_fields_is_refused(change: dict[str, Any]) -> None:
    fields = {"org_id": "org1", "desk_id": "desk-a", "issued": ISSUED,
              "incarnations": {"inc1": {"seq": 0, "digest": ""}}, **change}  # fmt: skip
    signed = _resign(ORG, REVOCATION_TAG, fields)
    assert verify_revocation(signed, ORG.public_key()).reason == "schema: record"


def test_records_read_cannot_be_altered_after_their_check() -> None:
    bundle_key = base64.b64encode(bytes(range(32))).decode()
    rotation = Rotation("org1", keys.public_text(keys.new_key()), (), ISSUED)
    for record, name in (
        (verify_revocation(issue_revocation(ORG, REVOCATION), ORG.public_key()).value, "issued"),
        (
            verify_rotation(issue_rotation(RECOVERY, rotation), RECOVERY.public_key()).value,
            "issued",
        ),
        (Settings("org1", "ticket-1", bundle_key, "", ISSUED), "bundle_key"),
    ):
        assert record is not None
        with pytest.raises(FrozenInstanceError):
            setattr(record, name, "x")


def test_a_record_built_from_text_instead_of_bytes_is_malformed_not_a_crash() -> None:
    signed = issue_certificate(ORG, CERT)
    as_text = Signed(signed.body.decode(), signed.sig)  # type: ignore[arg-type]
    assert verify_certificate(as_text, ORG.public_key()).reason == "malformed: not a signed record"
    sig_text = Signed(signed.body, "x" * 64)  # type: ignore[arg-type]
    assert verify_certificate(sig_text, ORG.public_key()).reason == "malformed: not a signed record"
