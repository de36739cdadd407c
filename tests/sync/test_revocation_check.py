"""The revocations a desk holds and the check every operation of a revoked desk goes through
(`sync/revocation_check.py`, DESIGN §6 "Incarnations and revocation").

Example tests of what a desk decides on its own: the revocation in force is the latest issued,
only one signed for this organisation is kept, each refusal says why in a sentence naming the
desk, an operation of the accepted chain is kept and a missing ancestor waits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete, select

from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Meta
from mornings_desktop.store.schema_trust import CertificateRow, RevocationRow
from mornings_desktop.sync import bundle, org_records, revocation_check
from mornings_desktop.sync.revocation_check import Check, admit_revocations
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Revocation, issue_revocation
from tests.sync.test_revocation_desk import Door

MakeDesk = Callable[..., Workspace]


def _org_key(ws: Workspace):  # type: ignore[no-untyped-def]
    key = signing.org_key(ws.org_id)
    assert key is not None
    return key


def _revocation(
    ws: Workspace,
    desk_id: str,
    marks: dict[str, tuple[int, str]],
    issued: str = "2026-11-30T10:00:00Z",
    accepted: tuple[str, ...] = (),
    *,
    org_id: str | None = None,
    key: object = None,
) -> dict[str, str]:
    rev = Revocation(org_id or ws.org_id, desk_id, marks, issued, accepted)
    return issue_revocation(key or _org_key(ws), rev).to_json()  # type: ignore[arg-type]


def _admit(ws: Workspace, records: list[object]) -> frozenset[str]:
    with ws.db.write() as session:
        return admit_revocations(session, records).desks


def _held(ws: Workspace) -> int:
    with ws.db.read() as session:
        return len(session.execute(select(RevocationRow)).all())


class Held:
    """An office that holds a door desk's operations (three: the morning and two admissions
    after its announcement), and the door's chain: (inc, [(seq, digest), …])."""

    def __init__(self, make_desk: MakeDesk, tmp: Path) -> None:
        self.door = Door(make_desk, tmp)
        self.office = make_desk("Office")
        bundle.import_bundle(self.office, self.door.stick)
        with self.door.ws.db.read() as session:
            from mornings_desktop.store.schema import Operation

            rows = session.execute(
                select(Operation.inc, Operation.desk_seq, Operation.digest, Operation.type)
                .where(Operation.desk_id == self.door.ws.desk_id)
                .order_by(Operation.desk_seq)
            ).all()
        self.inc = str(rows[0][0])
        self.chain = [(int(seq), str(digest)) for _, seq, digest, _ in rows]
        self.types = [str(t) for *_, t in rows]
        self.org_id, self.desk_id = self.office.org_id, self.door.ws.desk_id

    def revoke(self, at: int, **extra: object) -> frozenset[str]:
        seq, digest = self.chain[at]
        return _admit(
            self.office,
            [_revocation(self.office, self.desk_id, {self.inc: (seq, digest)}, **extra)],  # type: ignore[arg-type]
        )

    def verdict(self, at: int, *, inc: str | None = None, digest: str | None = None):  # type: ignore[no-untyped-def]
        seq, held = self.chain[at]
        with self.office.db.read() as session:
            return Check(session).verdict(
                self.org_id, self.desk_id, inc or self.inc, seq, digest or held
            )


def test_the_chain_up_to_the_mark_is_kept_and_what_follows_is_refused_with_a_sentence(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    h = Held(make_desk, tmp_path)
    assert h.revoke(2) == {h.desk_id}
    for at in range(3):
        assert h.verdict(at).status == "ok", at
    after = h.verdict(3)
    assert after.status == "refused"
    assert after.reason == (
        "revoked: the organiser revoked the desk Door; it was made after the last operation"
        " kept from that desk ('mornings sync accept' on the organiser's desk can take it back)"
    )


def test_a_fork_below_the_mark_is_refused_as_a_copy(make_desk: MakeDesk, tmp_path: Path) -> None:
    h = Held(make_desk, tmp_path)
    h.revoke(3)
    forked = h.verdict(1, digest="e" * 64)
    assert forked.status == "refused"
    assert "the desk Door; it is not on the chain of operations kept from that desk" in (
        forked.reason
    )
    assert h.verdict(1).status == "ok"


def test_an_incarnation_the_revocation_does_not_name_is_refused_as_a_restored_copy(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    h = Held(make_desk, tmp_path)
    h.revoke(3)
    other = h.verdict(0, inc="another-life")
    assert other.status == "refused"
    assert "it comes from a restored or copied database of that desk" in other.reason


def test_a_desk_without_a_known_name_is_named_by_its_id(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    h = Held(make_desk, tmp_path)
    h.revoke(1)
    with h.office.db.write() as session:
        session.execute(delete(CertificateRow).where(CertificateRow.desk_id == h.desk_id))
    reason = h.verdict(3).reason
    assert f"revoked the desk {h.desk_id};" in reason


def test_operations_taken_back_by_the_organiser_are_kept(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    h = Held(make_desk, tmp_path)
    h.revoke(1, accepted=(h.chain[3][1],))
    assert h.verdict(3).status == "ok"
    assert h.verdict(2).status == "refused"


def test_a_missing_ancestor_waits(make_desk: MakeDesk, tmp_path: Path) -> None:
    """A desk that holds nothing of the revoked desk cannot tell whether an operation below the
    mark is on the kept chain: it waits for the ancestors, and takes it once they arrive."""
    door = Door(make_desk, tmp_path)
    hall = make_desk("Hall")
    inc, seq, mark = door.last()
    _admit(hall, [_revocation(hall, door.ws.desk_id, {inc: (seq, mark)})])
    with door.ws.db.read() as session:
        from mornings_desktop.store.schema import Operation

        first = session.execute(
            select(Operation.digest).where(
                Operation.desk_id == door.ws.desk_id, Operation.desk_seq == 1
            )
        ).scalar_one()
        prevs = dict(
            session.execute(
                select(Operation.digest, Operation.prev).where(Operation.desk_id == door.ws.desk_id)
            ).all()
        )
    with hall.db.read() as session:
        alone = Check(session).verdict(hall.org_id, door.ws.desk_id, inc, 1, str(first))
        together = Check(session, {str(d): str(p or "") for d, p in prevs.items()}).verdict(
            hall.org_id, door.ws.desk_id, inc, 1, str(first)
        )
    assert alone.status == "waiting"
    assert together.status == "ok"
    with hall.db.read() as session:
        assert Check(session).prev_of(str(first)) is None  # neither held nor arriving


def test_the_latest_issued_revocation_is_in_force(make_desk: MakeDesk, tmp_path: Path) -> None:
    h = Held(make_desk, tmp_path)
    assert h.revoke(1, issued="2026-11-30T10:00:00Z") == {h.desk_id}
    assert h.verdict(2).status == "refused"
    assert h.revoke(3, issued="2026-12-01T10:00:00Z") == {h.desk_id}  # revised: later mark
    assert h.verdict(2).status == "ok"
    assert h.revoke(0, issued="2026-11-29T10:00:00Z") == frozenset()  # older: not in force
    assert h.verdict(2).status == "ok"
    assert _held(h.office) == 3
    with h.office.db.read() as session:
        assert len(revocation_check.in_force_digests(session)) == 1
        [(key, value)] = revocation_check.in_force(session).items()
    assert key == (h.org_id, h.desk_id) and value.issued == "2026-12-01T10:00:00Z"


def test_a_revocation_is_kept_once_and_others_are_ignored(make_desk: MakeDesk) -> None:
    a = make_desk("Accueil 1")
    mark = {"inc-1": (1, "d" * 64)}
    good = _revocation(a, "door-1", mark)
    foreign = _revocation(a, "door-2", mark, org_id="another-org")
    forged = _revocation(a, "door-3", mark, key=keys.new_key())
    records: list[object] = ["not a record", {"body": "x"}, foreign, forged, good]
    assert _admit(a, records) == {"door-1"}
    assert _admit(a, records) == frozenset()  # the same again: nothing new
    assert _held(a) == 1
    with a.db.read() as session:
        assert revocation_check.revocation_records(session) == [good]
        assert Check(session)  # a revocation is in force: operations are checked


def test_a_desk_without_an_organisation_key_keeps_no_revocation(make_desk: MakeDesk) -> None:
    a = make_desk("Accueil 1")
    record = _revocation(a, "door-1", {"inc-1": (1, "d" * 64)})
    with a.db.write() as session:
        session.execute(delete(Meta).where(Meta.key == signing.ORG_PUBLIC_KEY))
        assert admit_revocations(session, [record]).desks == frozenset()
        assert revocation_check.in_force(session) == {}
        assert not Check(session)
    assert _held(a) == 0


def test_an_unreadable_recovery_key_leaves_the_organisation_key_in_charge(
    make_desk: MakeDesk,
) -> None:
    a = make_desk("Accueil 1")
    with a.db.write() as session:
        meta.put(session, org_records.RECOVERY_PUBLIC_KEY, "not a key")
    assert _admit(a, [_revocation(a, "door-1", {"inc-1": (1, "d" * 64)})]) == {"door-1"}


def test_a_revocation_signed_by_the_recovery_key_counts(make_desk: MakeDesk) -> None:
    a = make_desk("Accueil 1")
    recovery_key = keys.new_key()
    with a.db.write() as session:
        meta.put(session, org_records.RECOVERY_PUBLIC_KEY, keys.public_text(recovery_key))
    record = _revocation(a, "door-1", {"inc-1": (1, "d" * 64)}, key=recovery_key)
    assert _admit(a, [record]) == {"door-1"}


def test_after_a_rotation_every_revoked_desk_is_checked_again(make_desk: MakeDesk) -> None:
    """Accepting a rotation may end a revocation (signed by the old key, not listed) or begin
    one: the next admission names every desk a revocation held here names, once."""
    a = make_desk("Accueil 1")
    mark = {"inc-1": (1, "d" * 64)}
    _admit(a, [_revocation(a, "door-1", mark), _revocation(a, "door-2", mark)])
    with a.db.write() as session:
        meta.put(session, org_records.RECHECK, "1")
    assert _admit(a, []) == {"door-1", "door-2"}
    assert _admit(a, []) == frozenset()  # told once


def test_a_desk_with_two_certificates_is_named_in_the_refusal(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """A desk reset with a new key holds two certificates: its refusals still name it."""
    from mornings_desktop.sync import admission
    from mornings_desktop.trust.certificates import Certificate, issue_certificate

    h = Held(make_desk, tmp_path)
    again = Certificate(
        h.org_id,
        h.desk_id,
        "Door",
        "door",
        keys.public_text(keys.new_key()),
        "2026-12-01T10:00:00Z",
    )
    with h.office.db.write() as session:
        record = issue_certificate(_org_key(h.office), again).to_json()
        assert admission.admit_certificates(session, [record]) == 1
    h.revoke(1)
    assert "revoked the desk Door;" in h.verdict(3).reason
