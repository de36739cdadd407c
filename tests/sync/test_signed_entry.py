"""Signed operations are verified once when they enter a desk (issue 12 step 2, DESIGN §6).

Attacks by someone holding the organisation's bundle key (a desk of the organisation, a stolen
laptop): impersonating another desk, a door desk recording what only an organiser may, a forged
line with a valid shape and a bad signature. Each is refused alone, with the verdict's reason, and
every desk still admits people afterwards."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from mornings_desktop.ledger import signing
from mornings_desktop.services import checkin, mornings, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import admission, bundle
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate, issue_certificate
from mornings_desktop.trust.signed_op import OpFields, sign_op, to_wire
from tests.sync.test_poison import _write_bundle

MakeDesk = Callable[..., Workspace]


def _signer(ws: Workspace):  # type: ignore[no-untyped-def]
    with ws.db.read() as session:
        return signing.signer_for(session, ws.desk_id)


def _op(key, org_id: str, desk_id: str, op_type: str, payload: dict, seq: int = 1,  # type: ignore[no-untyped-def,type-arg]
        op_id: str | None = None, stamp: str = "1764496800000-0000") -> dict:  # type: ignore[type-arg]  # fmt: skip
    fields = OpFields(
        org_id=org_id,
        desk_id=desk_id,
        inc="attack",
        desk_seq=seq,
        prev="" if seq == 1 else "a" * 64,
        op_id=op_id or f"{desk_id}/op-{seq}-{op_type}",
        hlc=stamp,
        type=op_type,
        operator="mallory",
        payload=payload,
    )
    wire = to_wire(sign_op(key, fields))
    del wire["personal"]
    return wire


def _kept(ws: Workspace) -> dict[str, tuple[str, str]]:
    with ws.db.read() as session:
        rows = session.execute(select(QuarantinedOp)).scalars()
        return {r.op_id: (r.room, r.reason) for r in rows}


def _op_ids(ws: Workspace) -> set[str]:
    with ws.db.read() as session:
        return set(session.execute(select(Operation.op_id)).scalars())


def _admits(ws: Workspace, name: str) -> None:
    morning = mornings.create(ws, mornings.MorningInput(title=name, date="2026-12-10"))
    with ws.transaction() as tx:
        person = registrations.add_person(tx, {"first_name": name})
        reg = registrations.add_registration(ws, tx, morning, person, external_ref=f"EVB-{name}")
    assert checkin.scan(ws, morning, f"EVB-{name}").result == "admitted"
    assert reg


def _door_certificate(org_ws: Workspace, desk_id: str):  # type: ignore[no-untyped-def]
    org_key = signing.org_key(org_ws.org_id)
    assert org_key is not None
    door_key = keys.new_key()
    cert = Certificate(
        org_ws.org_id, desk_id, "Porte", "door", keys.public_text(door_key), "2026-11-30T10:00:00Z"
    )
    return door_key, {"certificate": issue_certificate(org_key, cert).to_json()}


def test_signed_operations_travel_and_verify(make_desk: MakeDesk, tmp_path: Path) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    bundle.export_bundle(a, tmp_path / "a.bundle")
    assert bundle.import_bundle(b, tmp_path / "a.bundle").applied == 2
    with b.db.read() as session:
        rows = session.execute(select(Operation).where(Operation.desk_id == a.desk_id)).scalars()
        assert all(r.digest and r.sig and r.body for r in rows)
    assert _kept(b) == {}
    bundle.export_bundle(b, tmp_path / "b.bundle")  # b relays a's operations
    assert bundle.import_bundle(a, tmp_path / "b.bundle").quarantined == 0


def test_impersonation_is_refused(make_desk: MakeDesk, tmp_path: Path) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    bundle.export_bundle(a, tmp_path / "a.bundle")
    bundle.import_bundle(b, tmp_path / "a.bundle")  # b knows a's certificate
    forged = _op(
        _signer(b).key, a.org_id, a.desk_id, "morning.created",
        {"id": "m-forged", "fields": {"title": "Forged", "date": "2026-12-10"}},
    )  # fmt: skip
    _write_bundle(tmp_path / "forged.bundle", b, [forged])
    result = bundle.import_bundle(b, tmp_path / "forged.bundle")
    assert (result.applied, result.quarantined) == (0, 1)
    assert [v for v in _kept(b).values()] == [("refused", "bad-signature")]
    assert f"{a.desk_id}/op-1-morning.created" not in _op_ids(b)
    _admits(a, "Amina")
    _admits(b, "Youssef")


def test_door_desk_may_not_record_organiser_operations(make_desk: MakeDesk, tmp_path: Path) -> None:
    a = make_desk("Accueil 1")
    door_key, certificate = _door_certificate(a, "door-1")
    erased = _op(door_key, a.org_id, "door-1", "person.erased", {"id": "p1"}, seq=1)
    batch = _op(door_key, a.org_id, "door-1", "import.batch", {"id": "b1", "rows": []}, seq=2)
    _write_bundle(tmp_path / "door.bundle", a, [certificate, erased, batch])
    result = bundle.import_bundle(a, tmp_path / "door.bundle")
    assert (result.applied, result.quarantined) == (0, 2)
    reasons = sorted(reason for _room, reason in _kept(a).values())
    assert reasons == [
        "role: a door desk may not record import.batch",
        "role: a door desk may not record person.erased",
    ]
    _admits(a, "Amina")


def test_bad_signature_with_a_valid_shape_is_refused(make_desk: MakeDesk, tmp_path: Path) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    bundle.export_bundle(a, tmp_path / "a.bundle")
    entries = bundle.read_bundle(a, tmp_path / "a.bundle")
    good = [e for e in entries if "sig" in e]
    sig = bytearray(base64.b64decode(good[-1]["sig"]))
    sig[0] ^= 1
    good[-1] = {"body": good[-1]["body"], "sig": base64.b64encode(bytes(sig)).decode()}
    certs = [e for e in entries if "certificate" in e]
    _write_bundle(tmp_path / "bad.bundle", a, certs + good)
    result = bundle.import_bundle(b, tmp_path / "bad.bundle")
    assert (result.applied, result.quarantined) == (1, 1)  # desk.announced passes
    assert list(_kept(b).values()) == [("refused", "bad-signature")]
    again = bundle.import_bundle(b, tmp_path / "bad.bundle")  # never verified twice
    assert (again.applied, again.quarantined) == (0, 0)
    _admits(b, "Youssef")


def test_unknown_certificate_waits_then_enters(make_desk: MakeDesk, tmp_path: Path) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    bundle.export_bundle(a, tmp_path / "a.bundle")
    entries = bundle.read_bundle(a, tmp_path / "a.bundle")
    _write_bundle(tmp_path / "nocert.bundle", a, [e for e in entries if "sig" in e])
    first = bundle.import_bundle(b, tmp_path / "nocert.bundle")
    assert (first.applied, first.quarantined) == (0, 2)
    assert {room for room, _ in _kept(b).values()} == {"waiting"}
    assert all(r.startswith("unknown-certificate: ") for _, r in _kept(b).values())
    with b.db.write() as session:
        admission.admit_certificates(
            session, [e["certificate"] for e in entries if "certificate" in e]
        )
        from mornings_desktop.sync import quarantine

        again = quarantine.retry(session)
    assert len(again.fresh) == 2 and _kept(b) == {}


def _certificates(ws: Workspace, tmp_path: Path) -> list[dict]:  # type: ignore[type-arg]
    bundle.export_bundle(ws, tmp_path / f"{ws.desk_id}.certs.bundle")
    entries = bundle.read_bundle(ws, tmp_path / f"{ws.desk_id}.certs.bundle")
    return [e for e in entries if "certificate" in e]


def test_a_hijacked_op_id_blocks_nothing(make_desk: MakeDesk, tmp_path: Path) -> None:
    """A validly signed operation of desk b under desk a's op_id, and a forgery claiming desk a
    under the same op_id, arrive first on desk c: the genuine operation still enters."""
    a, b, c = make_desk("Accueil 1"), make_desk("Accueil 2"), make_desk("Accueil 3")
    mornings.create(a, mornings.MorningInput(title="Vraie", date="2026-12-10"))
    with a.db.read() as session:
        genuine_id = session.execute(
            select(Operation.op_id).where(Operation.type == "morning.created")
        ).scalar_one()
    fields = {"title": "Détournée", "date": "2026-12-11"}
    hijack = _op(_signer(b).key, a.org_id, b.desk_id, "morning.created",
                 {"id": "m-hijack", "fields": fields}, seq=900, op_id=genuine_id)  # fmt: skip
    forged = _op(_signer(b).key, a.org_id, a.desk_id, "morning.created",
                 {"id": "m-forged", "fields": fields}, seq=2, op_id=genuine_id)  # fmt: skip
    certs = _certificates(a, tmp_path) + _certificates(b, tmp_path)
    _write_bundle(tmp_path / "attack.bundle", c, [*certs, forged, hijack])
    first = bundle.import_bundle(c, tmp_path / "attack.bundle")
    assert (first.applied, first.quarantined) == (1, 1)
    assert list(_kept(c).values()) == [("refused", "bad-signature")]
    bundle.export_bundle(a, tmp_path / "a.bundle")
    assert bundle.import_bundle(c, tmp_path / "a.bundle").quarantined == 0
    titles = sorted(m.title for m in mornings.list_mornings(c))
    assert titles == ["Détournée", "Vraie"]  # both real, signed facts; the forgery nowhere
    _admits(c, "Amina")


def test_duplicate_keys_in_a_signed_body_are_refused(make_desk: MakeDesk, tmp_path: Path) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    good = _op(_signer(b).key, a.org_id, b.desk_id, "morning.created",
               {"id": "m-dup", "fields": {"title": "Un"}}, seq=900,
               op_id=str(uuid.uuid4()))  # fmt: skip
    body = good["body"].replace('"hlc":', '"hlc":"1764496800000-0000","hlc":', 1)
    sig = _signer(b).key.sign(b"mornings-op-v1\n" + body.encode())
    twisted = {"body": body, "sig": base64.b64encode(sig).decode()}
    _write_bundle(tmp_path / "dup.bundle", a, [*_certificates(b, tmp_path), twisted])
    result = bundle.import_bundle(a, tmp_path / "dup.bundle")
    assert (result.applied, result.quarantined) == (0, 1)
    [(room, reason)] = _kept(a).values()
    assert room == "refused" and reason.startswith("malformed")
    _admits(a, "Amina")


def test_a_signed_edit_after_the_erasure_does_not_undo_it(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """Desk b (validly certified) signs an edit of an erased person with the highest stamp it
    can: the tombstone still wins, nothing of the edit is kept."""
    from mornings_desktop.ledger import hlc
    from mornings_desktop.services import erasure, people

    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    with a.transaction() as tx:
        person = registrations.add_person(tx, {"first_name": "Nadia", "email": "n@x.ma"})
    erasure.erase_person(a, person)
    now = hlc.encode(hlc.wall_ms_now() + 4 * 60_000, 9999)  # still due: within 5 minutes
    edit = _op(_signer(b).key, a.org_id, b.desk_id, "person.updated",
               {"id": person, "fields": {"first_name": "Nadia", "email": "n@x.ma"}},
               seq=900, stamp=now, op_id=str(uuid.uuid4()))  # fmt: skip
    far = _op(_signer(b).key, a.org_id, b.desk_id, "person.updated",
              {"id": person, "fields": {"last_name": "Revenue"}}, seq=901,
              stamp="9999999999999-9999", op_id=str(uuid.uuid4()))  # fmt: skip
    _write_bundle(tmp_path / "undo.bundle", a, [*_certificates(b, tmp_path), edit, far])
    result = bundle.import_bundle(a, tmp_path / "undo.bundle")
    assert result.applied == 1, _kept(a)  # the far-future one waits
    row = people.get_person(a, person)
    assert row.erased and row.first_name == "" and row.email == "" and row.last_name == ""
    assert [room for room, _ in _kept(a).values()] == ["waiting"]


def test_a_hijacked_op_id_about_an_erased_person_keeps_nothing_of_them(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    from mornings_desktop.ledger import hlc
    from mornings_desktop.ledger.personal_split import split
    from mornings_desktop.services import erasure, people
    from mornings_desktop.trust.personal import commit_personal

    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    with a.transaction() as tx:
        person = registrations.add_person(tx, {"first_name": "Nadia", "email": "n@x.ma"})
    erasure.erase_person(a, person)
    with a.db.read() as session:
        taken = session.execute(select(Operation.op_id).limit(1)).scalar_one()
    payload = {"id": person, "fields": {"first_name": "Nadia", "email": "n@x.ma"}}
    public, parts = split("person.updated", payload)
    commitment, block = commit_personal(parts[person])
    fields = OpFields(a.org_id, b.desk_id, "attack", 900, "a" * 64, taken,
                      hlc.encode(hlc.wall_ms_now(), 0), "person.updated", "mallory", public,
                      {person: commitment})  # fmt: skip
    wire = to_wire(sign_op(_signer(b).key, fields), {person: block})
    _write_bundle(tmp_path / "late.bundle", a, [*_certificates(b, tmp_path), wire])
    result = bundle.import_bundle(a, tmp_path / "late.bundle")
    assert (result.applied, result.quarantined) == (1, 0)
    row = people.get_person(a, person)
    assert row.erased and row.first_name == "" and row.email == ""
    with a.db.read() as session:
        held = session.execute(select(Operation.op_id).where(Operation.op_id == taken)).all()
        from mornings_desktop.store.schema_trust import OpPersonal

        blocks = session.execute(select(OpPersonal.block)).scalars().all()
    assert len(held) == 1 and not any("Nadia" in text for text in blocks)
