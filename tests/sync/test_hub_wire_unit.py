"""What a desk puts on the wire and takes from it, read directly (`sync/hub_wire.py`, no hub):
each unsent row as sent (its own op_id, even when kept under its digest; a person's blocks beside
the signed text), a pulled row as an entry (signed or not), and operations pulled back marked
pushed (by digest or by op_id; those the pull has just stored left alone)."""

from __future__ import annotations

import json
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services import mornings, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import hub_wire, push
from tests.sync.test_faults import _work

MakeDesk = Callable[..., Workspace]


def _unsent(ws: Workspace) -> list[dict[str, Any]]:
    with ws.db.read() as session:
        rows = session.execute(push.columns().where(Operation.pushed.is_(False))).mappings()
        return [dict(r) for r in rows]


def _wire(ws: Workspace, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    with ws.db.read() as session:
        sent, keys = hub_wire.push_rows(sqlite_connection(session), rows)
    assert keys == [str(r["op_id"]) for r in rows]
    return sent


def test_each_row_goes_with_its_own_op_id_and_a_persons_blocks(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    morning = mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    registrations.register_person(
        ws, morning, {"first_name": "Salma", "last_name": "Berrada", "email": "s@example.org"}
    )
    rows = [r for r in _unsent(ws) if r["body"] is not None]
    sent = _wire(ws, rows)
    assert [w["op_id"] for w in sent] == [r["op_id"] for r in rows]
    with_blocks = [w for w in sent if w["type"] == "person.created"]
    assert with_blocks and all(w["personal"] for w in with_blocks)
    assert all("personal" not in w for w in sent if w["type"] == "morning.created")
    # A row kept under its digest (another body held its op_id): the body's op_id goes.
    kept = dict(rows[0], op_id=rows[0]["digest"])
    [wire] = _wire(ws, [kept])
    assert wire["op_id"] == json.loads(rows[0]["body"])["op_id"] != rows[0]["digest"]
    # Half a signed form (a body without its signature, or the other way) goes as columns only.
    for half in (dict(rows[0], sig=None), dict(rows[0], body=None)):
        [wire] = _wire(ws, [half])
        assert "body" not in wire and "sig" not in wire and "personal" not in wire


def test_a_pulled_row_becomes_an_entry_signed_or_not() -> None:
    signed = ("o1", "d1", 1, "h", "t", {"a": 1}, "BODY", "SIG", None)
    assert hub_wire.pulled_entry(signed) == {"sig": "SIG", "body": "BODY", "personal": {}}
    blocks = {"p1": {"salt": "x"}}
    assert hub_wire.pulled_entry((*signed[:8], blocks))["personal"] == blocks
    columns = {"op_id": "o1", "desk_id": "d1", "desk_seq": 1, "hlc": "h", "type": "t"}
    for body, sig in ((None, None), (None, "SIG"), ("BODY", None)):
        entry = hub_wire.pulled_entry((*signed[:6], body, sig, None))
        assert entry == {**columns, "payload": {"a": 1}}


def _pushed(ws: Workspace) -> set[str]:
    with ws.db.read() as session:
        return set(session.scalars(select(Operation.op_id).where(Operation.pushed.is_(True))))


def test_operations_pulled_back_are_marked_pushed(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    _work(ws, 4, "back")
    rows = [r for r in _unsent(ws) if r["body"] is not None][-4:]
    signed = [{"sig": r["sig"], "body": r["body"]} for r in rows]
    before = _pushed(ws)
    with ws.db.write() as session:  # by digest only (signed rows)
        hub_wire.mark_pushed(session, signed[:2])
    assert _pushed(ws) - before == {rows[0]["op_id"], rows[1]["op_id"]}
    with ws.db.write() as session:  # by op_id only (rows without a signed body)
        hub_wire.mark_pushed(session, [{"op_id": rows[2]["op_id"]}])
    assert rows[2]["op_id"] in _pushed(ws)
    # What the pull has just stored is left as it is (it was stored pushed): by digest for a
    # signed one, by op_id for one without a signed form.
    fresh = [
        SimpleNamespace(op_id="other", envelope=SimpleNamespace(digest=rows[3]["digest"])),
        SimpleNamespace(op_id=rows[3]["op_id"], envelope=None),
    ]
    with ws.db.write() as session:
        hub_wire.mark_pushed(session, [signed[3]], fresh[:1])  # type: ignore[arg-type]
        hub_wire.mark_pushed(session, [{"op_id": rows[3]["op_id"]}], fresh[1:])  # type: ignore[arg-type]
    assert rows[3]["op_id"] not in _pushed(ws)
