"""`sync accept` without a hub, in process: what the listing shows and leaves out (rows set aside
for other reasons, rows that do not read as an operation), the listing as JSON, a key that is not
the organisation's (nothing taken back), the screens told what came back, and a digest whose
revocation is no longer held (nothing to revise)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, select

from mornings_desktop.errors import UserError
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.store.schema_trust import RevocationRow
from mornings_desktop.sync import bundle, desk_revoke, offline_accept
from mornings_desktop.sync.quarantine import REFUSED
from mornings_desktop.sync.revocation_check import REVOKED, in_force
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_revoke import Door

MakeDesk = Callable[..., Workspace]
file_keyring = lifecycle.file_keyring  # the organiser's keyring (autouse)


def _revoked_office(make_desk: MakeDesk, tmp: Path) -> tuple[Workspace, Door]:
    door = Door(make_desk, tmp)
    office = make_desk("Office")
    bundle.import_bundle(office, door.stick)
    desk_revoke.revoke(office, "Door", door.between.isoformat())
    assert door.admitted(office) == {0}
    return office, door


def test_the_listing_shows_only_what_a_revocation_refused_as_json(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, door = _revoked_office(make_desk, tmp_path)
    held = offline_accept.listing(office)
    assert len(held) >= 2
    with office.db.read() as session:
        rows = {
            str(op_id): (str(text), str(at))
            for op_id, text, at in session.execute(
                select(QuarantinedOp.op_id, QuarantinedOp.op_json, QuarantinedOp.at).where(
                    QuarantinedOp.room == REFUSED
                )
            )
        }
    first = held[0]
    body = json.loads(json.loads(rows[first.digest][0])["body"])
    assert first.to_json() == {
        "digest": first.digest,
        "desk_id": door.ws.desk_id,
        "desk": "Door",
        "type": body["type"],
        "hlc": body["hlc"],
        "received_at": rows[first.digest][1],
    }
    assert first.type and first.hlc and first.received_at

    # Set aside for another reason, or unreadable: not offered to take back.
    signed_body = json.dumps({"desk_id": door.ws.desk_id, "type": "x", "hlc": "0"})
    with office.db.write() as session:
        for op_id, reason, text in (
            ("other", "malformed: a field is missing", json.dumps({"body": signed_body})),
            ("not-json", REVOKED + " by x", "{"),
            ("no-body", REVOKED + " by x", json.dumps({"sig": "x"})),
            ("a-list", REVOKED + " by x", json.dumps({"body": "[1, 2]"})),
            ("not-text", REVOKED + " by x", json.dumps({"body": 5})),
        ):
            session.add(
                QuarantinedOp(
                    op_id=op_id,
                    source="bundle",
                    reason=reason,
                    op_json=text,
                    at="2026-12-01T09:00:00Z",
                    room=REFUSED,
                )
            )
    assert offline_accept.listing(office) == held
    assert door.admitted(office) == {0}


def test_a_key_that_is_not_the_organisations_takes_nothing_back(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, door = _revoked_office(make_desk, tmp_path)
    held = offline_accept.listing(office)
    with pytest.raises(UserError, match="does not recognise the key"):
        offline_accept.accept(office, [held[0].digest], signer=Ed25519PrivateKey.generate())
    assert offline_accept.listing(office) == held
    assert door.admitted(office) == {0}


def test_what_comes_back_is_told_to_the_screens(make_desk: MakeDesk, tmp_path: Path) -> None:
    office, door = _revoked_office(make_desk, tmp_path)
    heard: list[list[Op]] = []
    office.subscribe(heard.append)
    digests = [h.digest for h in offline_accept.listing(office)]
    assert offline_accept.accept(office, digests) == sorted(digests)
    assert door.admitted(office) == {0, 1, 2}
    assert heard and all(heard)


def test_a_digest_whose_revocation_is_no_longer_held_has_nothing_to_revise(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, door = _revoked_office(make_desk, tmp_path)
    held = offline_accept.listing(office)
    with office.db.write() as session:
        session.execute(delete(RevocationRow))
    assert offline_accept.accept(office, [held[0].digest]) == []
    with office.db.read() as session:
        assert session.execute(select(RevocationRow.digest)).first() is None
    assert offline_accept.listing(office) == held
    assert door.admitted(office) == {0}


def test_rows_that_do_not_read_set_aside_first_hide_nothing(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    door = Door(make_desk, tmp_path)
    office = make_desk("Office")
    bundle.import_bundle(office, door.stick)
    with office.db.write() as session:  # kept before the revocation's: read first
        for op_id, text in (
            ("!1-not-json", "{"),  # kept before the revocation's rows: read first
            ("!2-a-list", "{"),
        ):
            session.add(
                QuarantinedOp(
                    op_id=op_id, source="bundle", reason=REVOKED + " by x", op_json=text,
                    at="2000-01-01T00:00:00Z", room=REFUSED,
                )
            )  # fmt: skip
    [inc] = desk_revoke.revoke(office, "Door", door.between.isoformat()).incarnations
    with office.db.write() as session:  # (a change of trust drops such a row: changed after)
        row = session.get(QuarantinedOp, "!2-a-list")
        assert row is not None
        row.op_json = json.dumps({"body": "[1, 2]"})
    held = offline_accept.listing(office)
    assert len(held) == inc.set_aside >= 2 and {h.desk for h in held} == {"Door"}


def test_each_desks_digests_are_taken_back_under_its_own_revocation(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """Two desks revoked; the revocation of the first (by desk id) is no longer held: nothing to
    revise for it (what it refused comes back with the next change of trust), and the other
    desk's revocation is revised all the same."""
    office = make_desk("Office")
    doors = []
    for name in ("Door", "Hall"):
        folder = tmp_path / name
        folder.mkdir()
        door = Door(make_desk, folder, name=name)
        bundle.import_bundle(office, door.stick)
        desk_revoke.revoke(office, name, door.between.isoformat())
        doors.append(door)
    doors.sort(key=lambda d: d.ws.desk_id)
    first, second = doors
    with office.db.write() as session:
        session.execute(delete(RevocationRow).where(RevocationRow.desk_id == first.ws.desk_id))
    held = offline_accept.listing(office)
    one = next(h.digest for h in held if h.desk_id == first.ws.desk_id)
    other = next(h.digest for h in held if h.desk_id == second.ws.desk_id)
    assert offline_accept.accept(office, [one, other]) == sorted([one, other])
    with office.db.read() as session:
        revised = in_force(session)
    assert (office.org_id, first.ws.desk_id) not in revised
    assert other in revised[(office.org_id, second.ws.desk_id)].accepted
