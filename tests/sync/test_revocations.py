"""What a desk does when the certificates or revocations it holds change (`sync/revocations.py`,
DESIGN §6 "Incarnations and revocation", "Quarantine").

Example tests: a new certificate frees what waited for it; a revocation takes the refused
operations out of the log with their personal blocks, keeps those whose ancestors it lacks in
the waiting room, and a revised revocation brings them back whole, as they came (by bundle:
still to relay to the hub)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from mornings_desktop.services import registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.store.schema_trust import OpPersonal
from mornings_desktop.sync import admission, bundle, revocation_check, revocations
from mornings_desktop.sync.quarantine import counts, retry
from tests.sync.test_revocation_check import Held, _revocation

MakeDesk = Callable[..., Workspace]


def _learn(h: Held, at: int, issued: str) -> revocations.Changed:
    seq, digest = h.chain[at]
    record = _revocation(h.office, h.desk_id, {h.inc: (seq, digest)}, issued)
    with h.office.db.write() as session:
        desks = revocation_check.admit_revocations(session, [record]).desks
        return revocations.trust_changed(session, revoked=desks)


def _log(ws: Workspace, desk_id: str) -> dict[str, tuple[int, bool]]:
    """digest → (desk_seq, pushed) of a desk's operations in this desk's log."""
    with ws.db.read() as session:
        rows = session.execute(
            select(Operation.digest, Operation.desk_seq, Operation.pushed).where(
                Operation.desk_id == desk_id
            )
        ).all()
    return {str(d): (int(s), bool(p)) for d, s, p in rows}


def _rooms(ws: Workspace) -> dict[str, str]:
    with ws.db.read() as session:
        return {r.op_id: r.room for r in session.execute(select(QuarantinedOp)).scalars()}


def _names(ws: Workspace, h: Held) -> list[str]:
    return sorted(
        r.first_name for r in registrations.list_registrations(ws, h.door.morning) if r.first_name
    )


def test_a_revocation_takes_out_what_follows_the_mark_and_a_revised_one_brings_it_back(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    h = Held(make_desk, tmp_path)
    before = _log(h.office, h.desk_id)
    names = _names(h.office, h)
    assert names == ["P0", "P1"] and not any(pushed for _, pushed in before.values())
    with h.office.db.read() as session:
        blocks = len(session.execute(select(OpPersonal)).all())

    morning = h.types.index("morning.created")
    changed = _learn(h, morning, "2026-11-30T10:00:00Z")  # the Morning stays, nobody in it
    later = {d for d, (seq, _) in before.items() if seq > h.chain[morning][0]}
    assert {op.desk_seq for op in changed.removed} == {before[d][0] for d in later}
    assert changed.retried and changed.touched == changed.fresh + changed.removed
    assert all(op.payload for op in changed.removed)  # ids of what they touched: to refresh
    assert set(_log(h.office, h.desk_id)) == set(before) - later
    assert {d: r for d, r in _rooms(h.office).items()} == dict.fromkeys(later, "refused")
    assert _names(h.office, h) == []
    with h.office.db.read() as session:
        assert len(session.execute(select(OpPersonal)).all()) < blocks

    back = _learn(h, len(h.chain) - 1, "2026-12-01T10:00:00Z")  # revised: the whole chain
    assert {op.desk_seq for op in back.fresh} == {before[d][0] for d in later}
    assert back.removed == []
    assert _log(h.office, h.desk_id) == before  # as it came: by bundle, still to relay
    assert _rooms(h.office) == {}
    assert _names(h.office, h) == names  # with the people's names: their blocks were kept


def test_what_a_revocation_cannot_decide_yet_waits_for_its_ancestors(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """The office holds the door's first operations only; the revocation's mark is a later one
    it never saw: what it holds cannot be placed on the kept chain yet, so it waits."""
    h = Held(make_desk, tmp_path)
    registrations.register_person(h.door.ws, h.door.morning, {"first_name": "P2"})
    inc, seq, mark = h.door.last()
    record = _revocation(h.office, h.desk_id, {inc: (seq, mark)})
    with h.office.db.write() as session:
        desks = revocation_check.admit_revocations(session, [record]).desks
        changed = revocations.trust_changed(session, revoked=desks)
    held = _log(h.office, h.desk_id)
    assert held == {} and changed.removed and set(_rooms(h.office).values()) == {"waiting"}
    stick = tmp_path / "door-again.mornings-bundle"
    bundle.export_bundle(h.door.ws, stick)
    bundle.import_bundle(h.office, stick)  # the ancestors arrive
    with h.office.db.write() as session:
        freed = retry(session)  # the next round (or `mornings sync retry`): everything enters
    assert len(freed.fresh) == len(changed.removed) and freed.waiting == 0
    assert _rooms(h.office) == {}
    assert len(_log(h.office, h.desk_id)) > len(held)
    assert _names(h.office, h) == ["P0", "P1", "P2"]


def test_nothing_new_changes_nothing(make_desk: MakeDesk, tmp_path: Path) -> None:
    h = Held(make_desk, tmp_path)
    with h.office.db.write() as session:
        unchanged = revocations.trust_changed(session)
    assert (unchanged.fresh, unchanged.removed, unchanged.retried) == ([], [], False)


def test_a_new_certificate_frees_what_waited_for_it(make_desk: MakeDesk, tmp_path: Path) -> None:
    h = Held(make_desk, tmp_path)
    hall = make_desk("Hall")
    entries = bundle.read_bundle(h.door.ws, h.door.stick)
    signed = [e for e in entries if admission.is_signed_entry(e)]
    with hall.db.write() as session:
        from mornings_desktop.sync.quarantine import admit_raw

        admit_raw(session, signed, "bundle")
        assert counts(session)["waiting"] == len(signed)
        unchanged = revocations.trust_changed(session)
        assert unchanged.fresh == [] and counts(session)["waiting"] == len(signed)
        new = admission.admit_certificates(
            session, [e["certificate"] for e in entries if "certificate" in e]
        )
        changed = revocations.trust_changed(session, certificates=new)
        assert changed.retried and len(changed.fresh) == len(signed)
        assert counts(session)["waiting"] == 0
    assert _names(hall, h) == ["P0", "P1"]


def test_a_revocation_leaves_the_waiting_room_and_other_blocks_alone(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    from mornings_desktop.sync.quarantine import WAITING, quarantine

    h = Held(make_desk, tmp_path)
    with h.office.db.write() as session:
        quarantine(session, "f" * 64, "{unreadable", "pull", "not due yet", WAITING)
    morning = h.types.index("morning.created")
    changed = _learn(h, morning, "2026-11-30T10:00:00Z")
    removed = {d for d, r in _rooms(h.office).items() if r == "refused"}
    assert len(removed) == len(changed.removed) > 1
    assert _rooms(h.office)["f" * 64] == "waiting"  # not a revoked desk's: untouched
    with h.office.db.read() as session:
        blocks = set(session.execute(select(OpPersonal.digest)).scalars())
    assert not blocks & removed  # kept in the quarantine's signed form only
    _learn(h, morning + 1, "2026-12-01T10:00:00Z")  # revised: what it refused is tried again
    assert _rooms(h.office)["f" * 64] == "waiting"
