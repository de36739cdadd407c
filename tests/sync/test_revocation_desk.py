"""Revocations on a desk, without a hub (DESIGN.md §6 "Incarnations and revocation"): only an
organisation-signed revocation counts, and a desk that learns of one rebuilds its tables from the
log without the operations it refuses — the same tables as a desk that never held them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from mornings_desktop.ledger import signing
from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_trust import RevocationRow
from mornings_desktop.store.tables import metadata
from mornings_desktop.sync import bundle, revocation_check, revocations
from mornings_desktop.sync.quarantine import listing
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import CERT_TAG, Revocation, Signed, issue_revocation
from tests.sync.registered import morning_with_codes

MakeDesk = Callable[..., Workspace]
ISSUED = "2026-11-30T10:00:00Z"


class Door:
    """A desk that admits two people, the second after the mark the organiser will give."""

    def __init__(self, make_desk: MakeDesk, tmp: Path) -> None:
        self.ws = make_desk("Door")
        self.morning, self.codes = morning_with_codes(self.ws, 2)
        assert checkin.scan(self.ws, self.morning, self.codes[0]).result == "admitted"
        self.mark = self.last()
        assert checkin.scan(self.ws, self.morning, self.codes[1]).result == "admitted"
        self.stick = tmp / "door.mornings-bundle"
        bundle.export_bundle(self.ws, self.stick)

    def last(self) -> tuple[str, int, str]:
        with self.ws.db.read() as session:
            row = session.execute(
                select(Operation.inc, Operation.desk_seq, Operation.digest)
                .where(Operation.desk_id == self.ws.desk_id)
                .order_by(Operation.desk_seq.desc())
                .limit(1)
            ).one()
        return str(row[0]), int(row[1]), str(row[2])

    def revocation(self, key: Any) -> dict[str, str]:
        inc, seq, digest = self.mark
        rev = Revocation(self.ws.org_id, self.ws.desk_id, {inc: (seq, digest)}, ISSUED)
        return issue_revocation(key, rev).to_json()

    def admitted(self, ws: Workspace) -> set[int]:
        rows = {r.code: r.checked_in for r in registrations.list_registrations(ws, self.morning)}
        return {i for i, code in enumerate(self.codes) if rows.get(code)}


def _learn(ws: Workspace, record: dict[str, str]) -> revocations.Changed:
    with ws.db.write() as session:
        desks = revocation_check.admit_revocations(session, [record]).desks
        return revocations.trust_changed(session, revoked=desks)


def folded(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    from mornings_desktop.ledger.rebuild import LOCAL_TABLES

    out: dict[str, list[tuple[Any, ...]]] = {}
    with ws.db.read() as session:
        for name, table in sorted(metadata().tables.items()):
            if name in LOCAL_TABLES:
                continue
            order = ", ".join(c.name for c in table.primary_key.columns)
            rows = session.execute(text(f"SELECT * FROM {name} ORDER BY {order}"))
            out[name] = [tuple(r) for r in rows]
    return out


def test_a_revocation_not_signed_by_the_organisation_is_ignored(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    door = Door(make_desk, tmp_path)
    office = make_desk("Office")
    bundle.import_bundle(office, door.stick)
    assert door.admitted(office) == {0, 1}

    forged = door.revocation(keys.new_key())  # anyone's key but the organisation's
    changed = _learn(office, forged)
    assert changed.removed == []
    with office.db.read() as session:
        assert session.execute(select(RevocationRow)).first() is None
    assert door.admitted(office) == {0, 1}

    # A record shaped like a revocation but signed as a certificate does not pass either.
    org_key = signing.org_key(office.org_id)
    assert org_key is not None
    body = door.revocation(org_key)["body"].encode("utf-8")
    as_certificate = Signed(body, org_key.sign(CERT_TAG + body)).to_json()
    assert _learn(office, as_certificate).removed == []
    assert door.admitted(office) == {0, 1}


def test_a_desk_that_learns_of_a_revocation_rebuilds_without_the_later_check_in(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    door = Door(make_desk, tmp_path)
    office = make_desk("Office")
    bundle.import_bundle(office, door.stick)
    assert door.admitted(office) == {0, 1}

    org_key = signing.org_key(office.org_id)
    assert org_key is not None
    changed = _learn(office, door.revocation(org_key))
    assert [op.type for op in changed.removed] == ["checkin.created"]
    assert door.admitted(office) == {0}
    with office.db.read() as session:
        kept = [k for k in listing(session) if k.room == "refused"]
    assert len(kept) == 1 and kept[0].reason.startswith("revoked: the organiser revoked the desk")
    assert "Door" in kept[0].reason

    # The same tables as a desk that knew of the revocation before the stick came: it refuses
    # the later check-in on import, and never applies it.
    hall = make_desk("Hall")
    _learn(hall, door.revocation(org_key))
    imported = bundle.import_bundle(hall, door.stick)
    assert imported.quarantined == 1
    assert door.admitted(hall) == {0}
    assert folded(hall) == folded(office)

    # The revocation travels in bundles: a desk that only gets the office's stick refuses too.
    carried = tmp_path / "office.mornings-bundle"
    bundle.export_bundle(office, carried)
    far = make_desk("Far")
    bundle.import_bundle(far, door.stick)
    assert door.admitted(far) == {0, 1}
    told: list[Any] = []
    far.subscribe_changes(told.append)  # what the window hears: the check-in area changed
    bundle.import_bundle(far, carried)
    assert door.admitted(far) == {0}
    assert any(c.checkins and c.touches(door.morning) for c in told)
    assert folded(far) == folded(office)


def test_the_revoked_desk_itself_keeps_its_own_operations_and_never_reuses_a_number(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """The revoked laptop learns of its own revocation (a bundle from the office): what it made
    stays in its log (every other desk refuses it, which is the revocation's point), and its next
    operation gets a new number — taking its own operations out would hand their numbers out
    again, so two different operations of one desk would share one (desk, inc, desk_seq)."""
    door = Door(make_desk, tmp_path)
    org_key = signing.org_key(door.ws.org_id)
    assert org_key is not None
    before = door.last()
    changed = _learn(door.ws, door.revocation(org_key))
    assert changed.removed == []
    assert door.admitted(door.ws) == {0, 1}
    assert door.last() == before
    walk_in = registrations.register_walk_in(door.ws, door.morning, "Zineb Alami", "", "guest")
    assert walk_in
    with door.ws.db.read() as session:
        numbers = session.execute(
            text(
                "SELECT inc, desk_seq, count(*) FROM operations WHERE desk_id = :d"
                " GROUP BY inc, desk_seq HAVING count(*) > 1"
            ),
            {"d": door.ws.desk_id},
        ).all()
    assert numbers == []
    assert door.last()[1] > before[1]
