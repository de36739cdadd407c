"""Certificates, revocations, rotations and settings: signed by the right key, refused otherwise."""

from __future__ import annotations

import base64
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop.trust import canonical, keys
from mornings_desktop.trust.certificates import (
    CERT_TAG,
    ROTATION_TAG,
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
