"""Signed entries entering a desk, decided one by one (`sync/admission.py`, DESIGN §6).

Example tests of the guards a desk and an attacker rely on: a hostile line refused alone and
the lines after it still checked, each digest verified once, what this desk already holds never
verified again, certificates counted and kept once, and the signed settings (which name the
bundle key) never handed to the hub."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import delete, select

from mornings_desktop.ledger import signing
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Meta, Operation
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import admission, org_records
from mornings_desktop.sync.quarantine import admit_raw, listing, quarantine
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate
from mornings_desktop.trust.signed_op import OpFields, digest, sign_op, to_wire

MakeDesk = Callable[..., Workspace]
ORG = "org-admission"
KEY = keys.new_key()
CERT = Certificate(
    ORG, "desk-1", "Accueil", "organiser", keys.public_text(KEY), "2026-11-30T10:00:00Z"
)


def _entry(seq: int, *, desk: str = "desk-1", key: Any = KEY) -> dict[str, Any]:
    fields = OpFields(
        ORG, desk, "inc-1", seq, "" if seq == 1 else "a" * 64, f"{desk}/op-{seq}",
        "1764496800000-0000", "morning.created", "Nadia",
        {"id": f"m-{seq}", "fields": {"title": "Petit-déjeuner", "date": "2026-12-10"}},
    )  # fmt: skip
    return to_wire(sign_op(key, fields))


def _lookup(org_id: str, desk_id: str) -> Certificate | None:
    return CERT if (org_id, desk_id) == (ORG, "desk-1") else None


def _nothing_held(digests: list[str]) -> set[str]:
    return set()


def _digest(entry: Mapping[str, Any]) -> str:
    return digest(str(entry["body"]).encode("utf-8"))


def test_only_an_object_with_a_signature_and_a_body_is_a_signed_entry() -> None:
    assert admission.is_signed_entry({"sig": "x", "body": "y"})
    assert not admission.is_signed_entry({"body": "y"})  # an unsigned line: read as such
    assert not admission.is_signed_entry({"sig": "x"})
    assert not admission.is_signed_entry(["sig", "body"])


def test_a_malformed_line_is_refused_alone_and_the_next_lines_are_checked() -> None:
    bad = {"sig": 5, "body": "not a body"}
    good = _entry(1)
    out = admission.check_signed([bad, good], _lookup, _nothing_held)
    [(key, raw, reason)] = out.refused
    assert raw is bad and reason == "malformed: not a signed operation"
    assert key.startswith("bad-") and len(key) == 64  # as long as a digest: the room's key
    assert [d for d, _, _ in out.passed] == [_digest(good)]


def test_a_malformed_line_is_keyed_by_its_content_whatever_its_key_order() -> None:
    one = {"sig": 1, "body": "x", "personal": {}}
    same = {"personal": {}, "body": "x", "sig": 1}
    other = {"sig": 2, "body": "x", "personal": {}}
    keys_of = [
        k for k, _, _ in admission.check_signed([one, same, other], _lookup, _nothing_held).refused
    ]
    assert keys_of[0] == keys_of[1] != keys_of[2]


def test_a_malformed_line_is_keyed_by_its_first_million_characters() -> None:
    """A huge hostile line costs one bounded digest; lines alike in their first million
    characters are kept as one."""
    prefix = len('{"body": "')  # the line's JSON text, keys sorted

    def line(at: int) -> dict[str, Any]:
        text = ["a"] * 1_000_010
        text[at - prefix] = "b"  # the character at `at` of the line's JSON text
        return {"body": "".join(text), "sig": 0}

    def key(raw: dict[str, Any]) -> str:
        [(found, _, _)] = admission.check_signed([raw], _lookup, _nothing_held).refused
        return found

    plain = key({"body": "a" * 1_000_010, "sig": 0})
    assert key(line(999_999)) != plain
    assert key(line(1_000_000)) == plain


def test_a_waiting_line_does_not_hold_back_the_next_ones() -> None:
    stranger = _entry(1, desk="desk-2")  # no certificate for desk-2 here yet
    good = _entry(1)
    out = admission.check_signed([stranger, good], _lookup, _nothing_held)
    assert [(d, reason) for d, _, reason in out.waiting] == [
        (_digest(stranger), f"unknown-certificate: {ORG}/desk-2")
    ]
    assert [d for d, _, _ in out.passed] == [_digest(good)]


def test_a_forged_line_does_not_hold_back_the_next_ones() -> None:
    forged = _entry(1, key=keys.new_key())  # claims desk-1, signed by another key
    good = _entry(2)
    out = admission.check_signed([forged, good], _lookup, _nothing_held)
    assert [(d, reason) for d, _, reason in out.refused] == [(_digest(forged), "bad-signature")]
    assert [d for d, _, _ in out.passed] == [_digest(good)]


def test_each_digest_is_verified_once_and_what_is_held_is_skipped() -> None:
    held_entry, twice, other = _entry(1), _entry(2), _entry(3)
    asked: list[list[str]] = []

    def held_of(digests: list[str]) -> set[str]:
        asked.append(sorted(digests))
        return {_digest(held_entry)}

    out = admission.check_signed([held_entry, twice, twice, other], _lookup, held_of)
    assert [d for d, _, _ in out.passed] == [_digest(twice), _digest(other)]
    assert asked == [sorted({_digest(held_entry), _digest(twice), _digest(other)})]
    assert out.refused == [] and out.waiting == []


def test_a_desk_knows_what_it_holds_and_keeps_aside_in_batches_of_any_size(
    make_desk: MakeDesk,
) -> None:
    ws = make_desk("Accueil 1")
    mornings.create(ws, mornings.MorningInput(title="A", date="2026-12-10"))
    with ws.db.write() as session:
        logged = sorted(str(d) for d in session.execute(select(Operation.digest)).scalars())
        quarantine(session, "f" * 64, "{}", "bundle", "bad-signature")
    assert len(logged) >= 2
    unknown = [f"{n:064x}" for n in range(1_200)]
    asked = [logged[0], *unknown[:600], logged[1], *unknown[600:], "f" * 64]
    with ws.db.read() as session:
        assert admission.held_in(session)(asked) == {logged[0], logged[1], "f" * 64}
        assert admission.held_in(session)([]) == set()


def test_an_operation_this_desk_holds_is_not_verified_again(make_desk: MakeDesk) -> None:
    """A line this desk already applied comes back (relayed, pulled again): it is skipped,
    even when this desk could not verify it today."""
    a = make_desk("Accueil 1")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    with a.db.read() as session:
        held = session.execute(select(Operation.body, Operation.sig)).first()
    assert held is not None
    again = {"body": held[0], "sig": held[1]}

    def nobody(org_id: str, desk_id: str) -> None:
        return None

    with a.db.read() as session:
        out = admission.check_signed([again], nobody, admission.held_in(session))
    assert (out.passed, out.refused, out.waiting) == ([], [], [])


def _certificates(ws: Workspace) -> list[dict[str, str]]:
    with ws.db.read() as session:
        return admission.certificate_records(session)


def _held_certificates(ws: Workspace) -> set[str]:
    with ws.db.read() as session:
        return set(session.execute(select(CertificateRow.desk_id)).scalars())


def test_certificates_are_kept_once_and_counted(make_desk: MakeDesk) -> None:
    a, b, c = make_desk("Accueil 1"), make_desk("Accueil 2"), make_desk("Accueil 3")
    junk: list[object] = [{"body": "x"}, "not a record", {"body": "{}", "sig": "!!"}]
    records = [*junk, *_certificates(b), *_certificates(c)]
    with a.db.write() as session:
        assert admission.admit_certificates(session, records) == 2
    assert {b.desk_id, c.desk_id} <= _held_certificates(a)
    with a.db.write() as session:
        assert admission.admit_certificates(session, records) == 0  # nothing new


def test_a_certificate_of_another_organisation_or_key_is_not_kept(make_desk: MakeDesk) -> None:
    a = make_desk("Accueil 1")
    stranger = make_desk("Ailleurs", fresh_org=True)
    with a.db.write() as session:
        assert admission.admit_certificates(session, _certificates(stranger)) == 0
    assert stranger.desk_id not in _held_certificates(a)


def test_a_desk_without_the_organisation_key_keeps_no_certificate(make_desk: MakeDesk) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    with a.db.write() as session:
        session.execute(delete(Meta).where(Meta.key == signing.ORG_PUBLIC_KEY))
        assert meta.get(session, signing.ORG_PUBLIC_KEY) is None
        assert admission.admit_certificates(session, _certificates(b)) == 0
    assert b.desk_id not in _held_certificates(a)


def test_the_settings_naming_the_bundle_key_go_into_bundles_never_to_the_hub(
    make_desk: MakeDesk,
) -> None:
    a = make_desk("Accueil 1")
    org_key = signing.org_key(a.org_id)
    assert org_key is not None
    signed = org_records.make_settings(org_key, a.org_id, a.ticket_key.hex(), "")
    with a.db.write() as session:
        value = org_records.check_settings(
            signed.to_json(), keys.public_text(org_key), a.org_id, a.ticket_key.hex()
        )
        assert value is not None
        org_records.keep_settings(session, value, signed, trusted_anchor=True)
    with a.db.read() as session:
        for_bundles = admission.certificate_records(session, with_settings=True)
        for_hub = admission.certificate_records(session)
    assert any("bundle_key" in r["body"] for r in for_bundles)
    assert not any("bundle_key" in r["body"] for r in for_hub)
    assert for_hub == [r for r in for_bundles if "bundle_key" not in r["body"]]


def test_a_line_with_a_body_and_no_signature_is_read_as_an_unsigned_one(
    make_desk: MakeDesk,
) -> None:
    a = make_desk("Accueil 1")
    with a.db.write() as session:
        result = admit_raw(session, [{"body": "x"}], "bundle")
        [kept] = listing(session)
    assert result.refused == 1
    assert kept.reason.startswith("malformed: operation lacks")


def test_a_line_with_foreign_personal_blocks_is_refused_alone() -> None:
    tampered = {**_entry(1), "personal": {"p-stranger": {"first_name": "Mallory"}}}
    good = _entry(2)
    out = admission.check_signed([tampered, good], _lookup, _nothing_held)
    assert [(d, reason) for d, _, reason in out.refused] == [
        (_digest(tampered), "personal: no commitment for p-stranger")
    ]
    assert [d for d, _, _ in out.passed] == [_digest(good)]
