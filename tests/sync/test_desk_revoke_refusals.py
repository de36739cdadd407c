"""`desk revoke` in process, what the command-line tests check from a child process (where a
mutant of `sync/desk_revoke.py` never runs): a name no desk has, this desk itself, a door desk,
a key that is not the organisation's (nothing kept: the transaction rolls back), a desk named by
its id, the time a second revocation is issued, and the report the command prints as JSON."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from mornings_desktop.errors import NotFound, UserError
from mornings_desktop.ledger import signing
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.meta_keys import DESK_ROLE
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.store.schema_trust import CertificateRow, RevocationRow
from mornings_desktop.sync import bundle, desk_revoke, hub_existing
from mornings_desktop.sync.quarantine import REFUSED
from mornings_desktop.sync.revocation_check import REVOKED, in_force
from mornings_desktop.trust import certificates
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_revoke import Door

MakeDesk = Callable[..., Workspace]
file_keyring = lifecycle.file_keyring  # the organiser's keyring (autouse)


def _office_with_door(make_desk: MakeDesk, tmp: Path) -> tuple[Workspace, Door]:
    door = Door(make_desk, tmp)
    office = make_desk("Office")
    bundle.import_bundle(office, door.stick)
    return office, door


def _nothing_signed(office: Workspace, door: Door) -> None:
    with office.db.read() as session:
        assert in_force(session) == {}
        assert session.execute(select(RevocationRow.digest)).first() is None
    assert door.admitted(office) == {0, 1, 2}


def test_a_name_no_desk_has_and_this_desk_itself_are_refused(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, door = _office_with_door(make_desk, tmp_path)
    with pytest.raises(UserError, match="No desk named Nobody"):
        desk_revoke.revoke(office, " Nobody ")
    with pytest.raises(UserError, match="Office is this desk"):
        desk_revoke.revoke(office, "Office")
    with pytest.raises(UserError, match="is this desk"):
        desk_revoke.revoke(office, office.desk_id)
    _nothing_signed(office, door)


def test_a_door_desk_is_refused_even_with_the_organisation_key(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, door = _office_with_door(make_desk, tmp_path)
    with office.db.write() as session:
        meta.put(session, DESK_ROLE, "door")
    with pytest.raises(UserError, match="door desk"):
        desk_revoke.revoke(office, "Door")
    _nothing_signed(office, door)


def test_a_key_that_is_not_the_organisations_keeps_nothing(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, door = _office_with_door(make_desk, tmp_path)
    stranger = Ed25519PrivateKey.generate()
    with pytest.raises(UserError, match="does not recognise the key"):
        desk_revoke.revoke(office, "Door", signer=stranger)
    _nothing_signed(office, door)


def test_a_desk_named_by_its_id_is_revoked_and_reported_as_json(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, door = _office_with_door(make_desk, tmp_path)
    heard: list[list[Op]] = []
    office.subscribe(heard.append)
    revoked = desk_revoke.revoke(office, door.ws.desk_id, door.between.isoformat())
    assert revoked.desk == "Door" and revoked.signed == 1
    assert door.admitted(office) == {0}
    assert heard and all(heard), "the screens are told what the revocation took out"
    [inc] = revoked.incarnations
    assert inc.kept_seq >= 1 and len(inc.kept_digest) == 64 and inc.set_aside >= 2
    assert revoked.to_json() == {
        "desk": "Door",
        "until": door.between.isoformat(),
        "signed": 1,
        "incarnations": [
            {
                "desk_id": door.ws.desk_id,
                "inc": inc.inc,
                "kept_seq": inc.kept_seq,
                "kept_digest": inc.kept_digest,
                "made_at": inc.made_at,
                "set_aside": inc.set_aside,
            }
        ],
    }


def test_revoking_again_at_the_same_moment_is_issued_one_second_later(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, door = _office_with_door(make_desk, tmp_path)
    now = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=2)
    with office.db.read() as session:
        assert desk_revoke.issued_after(
            session, office.org_id, door.ws.desk_id, now + timedelta(microseconds=999)
        ) == now.strftime("%Y-%m-%dT%H:%M:%SZ")
    desk_revoke.revoke(office, "Door", door.between.isoformat(), now=now)
    desk_revoke.revoke(office, "Door", now=now)  # the same clock reading: issued after
    with office.db.read() as session:
        issued = sorted(session.execute(select(RevocationRow.issued)).scalars())
        assert desk_revoke.issued_after(
            session, office.org_id, door.ws.desk_id, now - timedelta(hours=1)
        ) == (now + timedelta(seconds=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
        # Another desk's revocations do not move this one's.
        assert desk_revoke.issued_after(session, office.org_id, "another", now) == now.strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
    assert issued == [
        now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        (now + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    ]
    assert door.admitted(office) == {0, 1, 2}  # the later one, up to now, is in force


def test_a_later_revocation_reads_what_the_earlier_refused_past_unreadable_rows(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, door = _office_with_door(make_desk, tmp_path)
    desk = door.ws.desk_id
    hlc_text = "0" * 13 + "-0000-x"

    def body(**fields: object) -> str:
        return json.dumps({"body": json.dumps(fields)})

    unreadable = {
        "!1-not-json": "{",
        "!2-no-body": json.dumps({"sig": "x"}),
        "!3-a-list": json.dumps({"body": "[1]"}),
        "!4-other-desk": body(desk_id="other", hlc=hlc_text, desk_seq=1),
        "!5-bad-stamp": body(desk_id=desk, hlc="yesterday", desk_seq=1),
        "!6-text-seq": body(desk_id=desk, hlc=hlc_text, desk_seq="1"),
    }
    with office.db.write() as session:  # set aside before the revocation's rows: read first
        for op_id in unreadable:
            session.add(
                QuarantinedOp(
                    op_id=op_id, source="bundle", reason=REVOKED + " by x", op_json="{",
                    at="2026-12-01T09:00:00Z", room=REFUSED,
                )
            )  # fmt: skip
    early = desk_revoke.revoke(office, "Door", door.between.isoformat())
    assert door.admitted(office) == {0}
    with office.db.write() as session:  # (a change of trust drops such rows: written after)
        for op_id, text in unreadable.items():
            row = session.get(QuarantinedOp, op_id)
            assert row is not None
            row.op_json = text
    later = desk_revoke.revoke(office, "Door")  # the refused ones, read back, are kept
    assert door.admitted(office) == {0, 1, 2}
    assert later.incarnations[0].kept_seq >= early.incarnations[0].kept_seq + 2
    assert later.incarnations[0].set_aside == 0


def test_a_cut_off_before_anything_the_desk_made_keeps_nothing_and_says_so(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    before = datetime.now(UTC) - timedelta(seconds=30)
    office, door = _office_with_door(make_desk, tmp_path)
    revoked = desk_revoke.revoke(office, "Door", before.isoformat())
    [inc] = revoked.incarnations  # listed although nothing of it is kept
    assert (inc.desk_id, inc.kept_seq, inc.kept_digest, inc.made_at) == (
        door.ws.desk_id, 0, "", None,
    )  # fmt: skip
    with door.ws.db.read() as session:
        made = session.execute(
            select(func.count()).select_from(Operation).where(Operation.desk_id == door.ws.desk_id)
        ).scalar_one()
    assert inc.set_aside == made >= 4  # its announcement, its Morning and three admissions
    with pytest.raises(NotFound):  # the Morning it made is refused with the rest
        door.admitted(office)


def test_a_desk_certified_twice_is_revoked_under_its_name(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, door = _office_with_door(make_desk, tmp_path)
    cert, _ = hub_existing.find_certificate(office, "Door")
    again = dataclasses.replace(cert, issued="2026-12-01T10:00:00Z")  # certified anew
    org_key = signing.org_key(office.org_id)
    assert org_key is not None
    with office.db.write() as session:
        signing.store_certificate(session, again, certificates.issue_certificate(org_key, again))
        held = session.execute(
            select(func.count())
            .select_from(CertificateRow)
            .where(CertificateRow.desk_id == door.ws.desk_id)
        ).scalar_one()
    assert held == 2
    revoked = desk_revoke.revoke(office, "Door", door.between.isoformat())
    assert (revoked.desk, revoked.signed) == ("Door", 1)
    assert door.admitted(office) == {0}
