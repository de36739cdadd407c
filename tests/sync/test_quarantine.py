"""Quarantine's two rooms, handler failures logged and retried, refused pushes never marked pushed,
and the `sync quarantine` / `sync retry` / `sync status` commands."""

from __future__ import annotations

import json
import logging
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from mornings_desktop.ledger import fold, hlc, ledger
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Desk, Operation
from mornings_desktop.sync import client, hub_admin, quarantine
from tests.sync.conftest import REPO, cli, cli_env
from tests.sync.test_poison import _attacker_op, _kept, _push_raw

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def hub(hub_db: str, make_desk: MakeDesk) -> str:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    return hub_db


def test_refused_push_is_not_marked_pushed(hub: str, make_desk: MakeDesk) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    url_a = hub_admin.add_desk(hub, "A").url
    url_b = hub_admin.add_desk(hub, "B").url
    client.sync_round(a, url_a)
    with b.db.write() as session:  # an operation under desk A's id: the hub refuses it from B
        forged = ledger.record(session, a.desk_id, "desk.announced", {"id": "x", "name": "forged"})
        # Unsigned (as from a desk before signing): no desk could verify it, so the hub takes it
        # only from the login that claimed desk A (a signed one would be relayed: test_relay).
        session.execute(
            update(Operation)
            .where(Operation.op_id == forged.op_id)
            .values(body=None, sig=None, digest=None)
        )
    r = client.sync_round(b, url_b)
    assert r.refused == 1
    with b.db.read() as session:
        pushed = session.execute(
            select(Operation.pushed).where(Operation.op_id == forged.op_id)
        ).scalar_one()
    assert pushed is False  # kept as unsent, held in quarantine: never counted as on the hub
    assert _kept(b)[forged.op_id][0] == "refused"


def test_handler_failure_is_logged_and_retried_next_round(
    hub: str, make_desk: MakeDesk, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    url_a = hub_admin.add_desk(hub, "A").url
    url_b = hub_admin.add_desk(hub, "B").url
    client.sync_round(a, url_a)
    fold.load_handlers()
    genuine = fold._HANDLERS["desk.announced"]

    def broken(session: Any, op: Op) -> None:
        raise RuntimeError("handler bug")

    monkeypatch.setitem(fold._HANDLERS, "desk.announced", broken)
    with caplog.at_level(logging.ERROR, logger="mornings_desktop.sync.quarantine"):
        r = client.sync_round(b, url_b)
    assert r.quarantined >= 1
    failures = [rec for rec in caplog.records if "cannot apply" in rec.getMessage()]
    assert failures and failures[0].exc_info is not None  # with its traceback
    kept = _kept(b)
    with b.db.read() as session:  # the failed operation is not in the log as if applied
        assert session.get(Operation, kept_id(kept)) is None
    assert any(room == "waiting" and "handler bug" in why for room, why in kept.values())
    monkeypatch.setitem(fold._HANDLERS, "desk.announced", genuine)
    client.sync_round(b, url_b)  # the fixed handler (an upgrade) applies it at the next round
    assert _kept(b) == {}
    with b.db.read() as session:
        assert session.get(Desk, a.desk_id) is not None


def kept_id(kept: dict[str, tuple[str, str]]) -> str:
    return next(op_id for op_id, (room, _) in kept.items() if room == "waiting")


def test_commands_list_retry_and_count(hub: str, make_desk: MakeDesk, tmp_path: Path) -> None:
    ws = make_desk("Accueil 1")
    url = hub_admin.add_desk(hub, "A").url
    client.sync_round(ws, url)
    attacker = hub_admin.add_desk(hub, "X").url
    bad = _attacker_op("desk.announced", "[" * 1000)
    later = _attacker_op(
        "desk.announced",
        json.dumps({"id": str(uuid.uuid4()), "name": "Later"}),
        stamp=hlc.encode(hlc.wall_ms_now() + 3600_000, 0),
    )
    gap = _attacker_op("desk.announced", json.dumps({"id": "g", "name": "G"}))
    gap["desk_seq"] = 3  # desk_seq 1 and 2 of that desk never arrive
    _push_raw(attacker, [bad, later, gap])
    client.sync_round(ws, url)
    path = ws.path
    ws.close()
    env = cli_env()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            cli("--db", str(path), "sync", *args), cwd=REPO, env=env, capture_output=True, text=True
        )

    listed = run("quarantine", "--json")
    assert listed.returncode == 0, listed.stderr
    rooms = {row["op_id"]: (row["room"], row["reason"]) for row in json.loads(listed.stdout)}
    assert rooms[bad["op_id"]][0] == "refused" and "nested" in rooms[bad["op_id"]][1]
    assert rooms[later["op_id"]][0] == "waiting" and "ahead" in rooms[later["op_id"]][1]
    text = run("quarantine")
    assert "refused" in text.stdout and "waiting" in text.stdout
    status = run("status", "--json")
    st = json.loads(status.stdout)
    assert (st["held_waiting"], st["refused"]) == (1, 1)
    assert st["gaps"] == {gap["desk_id"]: [1, 2]}
    assert "lacks 2 operations from 1" in run("status").stdout
    retried = run("retry", "--json")
    assert retried.returncode == 0, retried.stderr
    assert json.loads(retried.stdout)["after"] == {"waiting": 1, "refused": 1}


# Without a hub: the rooms' own rules (example tests of `sync/quarantine.py`).


def _fill_refused(ws: Workspace, n: int) -> None:
    from sqlalchemy import insert

    from mornings_desktop.store.schema_sync import QuarantinedOp

    rows = [
        {"op_id": f"r{i:05d}", "source": "pull", "reason": "malformed: x", "op_json": "{}",
         "at": f"2026-11-01T00:00:00.{i:06d}Z", "room": "refused"}
        for i in range(n)
    ]  # fmt: skip
    with ws.db.write() as session:
        session.execute(insert(QuarantinedOp), rows)
        quarantine.quarantine(session, "w-old", "{}", "pull", "ahead", quarantine.WAITING)


def test_the_refused_room_keeps_the_newest_ten_thousand(make_desk: MakeDesk) -> None:
    """A flood of hostile lines never grows the refused room past `MAX_REFUSED`: the oldest go
    first, and the waiting room (operations still to apply) is never emptied for it."""
    ws = make_desk("Accueil 1")
    _fill_refused(ws, quarantine.MAX_REFUSED)
    with ws.db.write() as session:
        assert quarantine.counts(session) == {"waiting": 1, "refused": 10_000}
        assert quarantine.quarantine(session, "w-new", "{}", "pull", "ahead", quarantine.WAITING)
        assert quarantine.counts(session) == {"waiting": 2, "refused": 10_000}  # nobody evicted
        assert quarantine.quarantine(session, "newest", "{}", "pull", "malformed: y")
        assert quarantine.counts(session) == {"waiting": 2, "refused": 10_000}
        kept = {k.op_id for k in quarantine.listing(session)}
    assert "r00000" not in kept and {"r00001", "newest", "w-old", "w-new"} <= kept


def test_a_line_is_kept_once_with_a_bounded_reason(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    with ws.db.write() as session:
        assert quarantine.quarantine(session, "k1", "{}", "bundle", "malformed: " + "x" * 3000)
        assert not quarantine.quarantine(session, "k1", "{}", "bundle", "malformed: again")
        [kept] = quarantine.listing(session)
    assert len(kept.reason) == 2000 and kept.reason.startswith("malformed: x")
    assert kept.to_json()["source"] == "bundle"


def test_retry_releases_refused_pushes_keeps_unreadable_lines_and_applies_the_rest(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    from mornings_desktop.services import mornings
    from mornings_desktop.sync import admission, bundle

    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    bundle.export_bundle(a, tmp_path / "a.bundle")
    entries = bundle.read_bundle(a, tmp_path / "a.bundle")
    signed = [e for e in entries if admission.is_signed_entry(e)]
    with b.db.write() as session:
        W = quarantine.WAITING
        quarantine.quarantine(session, "pushed", "{}", "push", "hub: refused", W)
        quarantine.quarantine(session, "unreadable", "{not json", "pull", "ahead", W)
        quarantine.quarantine(session, "a-list", "[1, 2]", "pull", "ahead", W)
        waited = quarantine.admit_raw(session, signed, "bundle")  # no certificate of a yet
        assert waited.waiting == len(signed) == 2
        admission.admit_certificates(
            session, [e["certificate"] for e in entries if "certificate" in e]
        )
        again = quarantine.retry(session)
        assert (len(again.fresh), again.waiting, again.refused) == (2, 0, 0)
        left = {k.op_id for k in quarantine.listing(session)}
    assert left == {"unreadable", "a-list"}  # the push goes back to the hub's queue
    assert [m.title for m in mornings.list_mornings(b)] == ["A"]


def test_sequence_gaps_name_the_first_twenty_operations_a_desk_lacks(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    from mornings_desktop.services import mornings, registrations
    from mornings_desktop.sync import admission, bundle
    from tests.sync.test_poison import _write_bundle

    door, office = make_desk("Porte"), make_desk("Bureau")
    morning = mornings.create(door, mornings.MorningInput(title="A", date="2026-12-10"))
    for i in range(12):
        registrations.register_person(door, morning, {"first_name": f"P{i}"})
    bundle.export_bundle(door, tmp_path / "door.bundle")
    entries = bundle.read_bundle(door, tmp_path / "door.bundle")
    certs = [e for e in entries if "certificate" in e]
    signed = {json.loads(e["body"])["desk_seq"]: e for e in entries if admission.is_signed_entry(e)}
    top = max(signed)
    assert top > 22
    _write_bundle(tmp_path / "part.bundle", door, [*certs, signed[2], signed[5]])
    bundle.import_bundle(office, tmp_path / "part.bundle")
    with office.db.read() as session:
        assert quarantine.sequence_gaps(session) == {door.desk_id: [1, 3, 4]}
    _write_bundle(tmp_path / "top.bundle", door, [*certs, signed[top]])
    bundle.import_bundle(office, tmp_path / "top.bundle")
    with office.db.read() as session:
        gaps = quarantine.sequence_gaps(session)
        assert quarantine.sequence_gaps(session, most=2) == {door.desk_id: [1, 3]}
    assert gaps == {door.desk_id: [1, 3, 4, *range(6, 23)]}


def test_a_mixed_batch_counts_each_kept_line_once(make_desk: MakeDesk, tmp_path: Path) -> None:
    """Signed lines, then unsigned ones: a malformed line is refused, one stamped an hour ahead
    waits, and both are counted once (again: nothing new)."""
    from mornings_desktop.sync import admission, bundle

    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    bundle.export_bundle(a, tmp_path / "a.bundle")
    signed = [
        e for e in bundle.read_bundle(a, tmp_path / "a.bundle") if admission.is_signed_entry(e)
    ]
    ahead = {
        "op_id": str(uuid.uuid4()), "desk_id": "old-desk", "desk_seq": 1,
        "hlc": hlc.encode(hlc.wall_ms_now() + 3600_000, 0), "type": "person.updated",
        "payload": {"id": "p1", "fields": {"first_name": "Nadia"}},
    }  # fmt: skip
    batch = [*signed, {"op_id": "x"}, ahead]
    with b.db.write() as session:
        first = quarantine.admit_raw(session, batch, "bundle")
        again = quarantine.admit_raw(session, batch, "bundle")
        rooms = {k.op_id: k.room for k in quarantine.listing(session)}
    assert (first.refused, first.waiting) == (1, len(signed) + 1)
    assert (again.refused, again.waiting, again.fresh) == (0, 0, [])
    assert rooms[ahead["op_id"]] == "waiting"


def test_a_handler_failure_waits_alone_and_is_applied_once_fixed(
    make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a hub: one operation whose handler fails (a bug, fixed by an upgrade) waits with
    its reason; the others of the batch are applied; the next retry applies it."""
    from mornings_desktop.services import mornings
    from mornings_desktop.sync import bundle

    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    bundle.export_bundle(a, tmp_path / "a.bundle")
    fold.load_handlers()
    genuine = fold._HANDLERS["morning.created"]

    def broken(session: Any, op: Op) -> None:
        raise RuntimeError("handler bug")

    monkeypatch.setitem(fold._HANDLERS, "morning.created", broken)
    result = bundle.import_bundle(b, tmp_path / "a.bundle")
    assert (result.applied, result.quarantined) == (1, 1)  # the desk's announcement enters
    with b.db.read() as session:
        [kept] = quarantine.listing(session)
    assert kept.room == "waiting" and kept.reason == "cannot apply: RuntimeError: handler bug"
    monkeypatch.setitem(fold._HANDLERS, "morning.created", genuine)
    with b.db.write() as session:
        assert len(quarantine.retry(session).fresh) == 1
    assert [m.title for m in mornings.list_mornings(b)] == ["A"]


def test_a_signed_operation_too_large_for_its_type_is_refused_alone(make_desk: MakeDesk) -> None:
    """Validly signed by a certified desk, but over its type's size limit: refused (counted
    once), and the next line of the batch still enters."""
    from mornings_desktop.sync import admission
    from tests.sync.test_signed_entry import _op, _signer

    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    key = _signer(b).key
    huge = _op(key, a.org_id, b.desk_id, "desk.announced",
               {"id": b.desk_id, "name": "x" * 20_000}, seq=900, op_id=str(uuid.uuid4()))  # fmt: skip
    fine = _op(key, a.org_id, b.desk_id, "desk.announced",
               {"id": b.desk_id, "name": "Accueil 2"}, seq=901, op_id=str(uuid.uuid4()))  # fmt: skip
    with b.db.read() as session:
        certificates = admission.certificate_records(session)
    with a.db.write() as session:
        admission.admit_certificates(session, certificates)
        first = quarantine.admit_raw(session, [huge, fine], "bundle")
        again = quarantine.admit_raw(session, [huge, fine], "bundle")
        [kept] = quarantine.listing(session)
    assert (first.refused, len(first.fresh)) == (1, 1)
    assert (again.refused, again.fresh) == (0, [])
    assert kept.room == "refused"
    assert kept.reason == "malformed: payload of desk.announced is larger than 16384 bytes"


def test_the_held_lines_are_found_in_every_chunk_of_a_long_batch(make_desk: MakeDesk) -> None:
    """`_kept_among` asks 500 keys at a time: a held key is found whether it is the first, the
    last of a chunk, the first of the next, or alone in the last (short) chunk."""
    ws = make_desk("Accueil 1")
    keys = [f"k{n:04d}" for n in range(1201)]
    held = {keys[0], keys[499], keys[500], keys[999], keys[1000], keys[1200]}
    with ws.db.write() as session:
        for key in sorted(held):
            quarantine.quarantine(session, key, "{}", "pull", "ahead", quarantine.WAITING)
        assert quarantine._kept_among(session, keys) == held
        assert quarantine._kept_among(session, keys[1:]) == held - {keys[0]}
        assert quarantine._kept_among(session, []) == set()
