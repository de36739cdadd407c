"""`refused_relay._wire`, read directly: what a push would send for the signed form a refused room
keeps (the columns read from the body, the payload as a desk writes it, the blocks when there
are some), and nothing for a kept text that is not a signed form."""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import select

from mornings_desktop.ledger import signed_store
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services import mornings, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync.refused_relay import _wire

MakeDesk = Callable[..., Workspace]


def test_a_kept_signed_operation_goes_as_a_push_sends_it(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    morning = mornings.create(ws, mornings.MorningInput(title="Matinale à Fès", date="2026-12-10"))
    registrations.register_person(
        ws, morning, {"first_name": "Saïd", "last_name": "Alaoui", "email": "s@example.org"}
    )
    with ws.db.read() as session:
        op = session.execute(
            select(Operation).where(Operation.type == "person.created")
        ).scalar_one()
        session.expunge(op)
        assert op.digest is not None and op.body is not None
        blocks = signed_store.blocks_of(sqlite_connection(session), [op.digest])[op.digest]
    kept: dict[str, object] = {"body": op.body, "sig": op.sig, "personal": blocks}
    wire = _wire(json.dumps(kept))
    assert wire is not None
    columns = {k: getattr(op, k) for k in ("op_id", "desk_id", "desk_seq", "hlc", "type")}
    assert {k: wire[k] for k in columns} == columns
    body = json.loads(op.body)
    assert wire["payload"] == json.dumps(body["payload"], ensure_ascii=False)
    assert (wire["body"], wire["sig"], wire["personal"]) == (op.body, op.sig, blocks)
    nothing: tuple[object, ...] = ({}, None, "blocks")
    for personal in nothing:  # no blocks: none sent
        assert "personal" not in (_wire(json.dumps(dict(kept, personal=personal))) or {})
    # A payload with letters beyond ASCII (a Morning's title, in the signed text) goes as written.
    with ws.db.read() as session:
        made = session.execute(
            select(Operation.body, Operation.sig).where(Operation.type == "morning.created")
        ).one()
    wire = _wire(json.dumps({"body": made[0], "sig": made[1]}))
    assert wire is not None and "Matinale à Fès" in wire["payload"]


def test_a_kept_text_that_is_not_a_signed_form_gives_nothing() -> None:
    body = json.dumps({"op_id": "o", "payload": {"name": "Saïd"}})
    assert _wire(json.dumps({"body": body, "sig": "s"})) is not None
    for text in (
        "not json",
        "[" * 100_000,  # too deep for the JSON reader
        json.dumps(["body", "sig"]),
        json.dumps({"body": 1, "sig": "s"}),
        json.dumps({"sig": "s"}),
        json.dumps({"body": "not json", "sig": "s"}),
        json.dumps({"body": "[" * 100_000, "sig": "s"}),
        json.dumps({"body": "[1]", "sig": "s"}),
        json.dumps({"body": body}),
        json.dumps({"body": body, "sig": 1}),
    ):
        assert _wire(text) is None, text[:40]
