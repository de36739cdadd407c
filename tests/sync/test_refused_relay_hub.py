"""`refused_relay.relay` against a real hub (real PostgreSQL): the operations this desk refused
because of a revocation go to the hub in chunks, each marked `relayed` once the hub answered and
never sent again; the rest of the refused and waiting rooms stays; the hub's own refusal of a call
(this login's quota) stops the round's relay with one warning, a broken connection fails it."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import hub_admin, refused_relay
from mornings_desktop.sync.quarantine import REFUSED
from tests.sync.test_faults import _work

MakeDesk = Callable[..., Workspace]
REASON = "revoked: the organiser revoked this desk"


def _kept(ws: Workspace, n: int) -> list[tuple[str, str]]:
    """`n` signed operations made on `ws`, as (op_id, the text a refused room keeps)."""
    _work(ws, n, "door")
    with ws.db.read() as session:
        rows = session.execute(
            select(Operation.op_id, Operation.body, Operation.sig)
            .where(Operation.type == "morning.created")
            .order_by(Operation.desk_seq.desc())
            .limit(n)
        ).all()
    return [(str(o), json.dumps({"body": b, "sig": s, "personal": {}})) for o, b, s in rows]


def _hold(ws: Workspace, kept: list[tuple[str, str]], *, room: str = REFUSED,
          reason: str = REASON, source: str = "bundle") -> None:  # fmt: skip
    with ws.db.write() as session:
        for op_id, text in kept:
            session.add(
                QuarantinedOp(
                    op_id=op_id, source=source, reason=reason, op_json=text,
                    at="2026-12-02T09:00:00Z", room=room,
                )
            )  # fmt: skip


def _sources(ws: Workspace) -> dict[str, str]:
    with ws.db.read() as session:
        rows = session.execute(select(QuarantinedOp.op_id, QuarantinedOp.source)).all()
    return {str(o): str(s) for o, s in rows}


def _on_hub(hub: str) -> set[str]:
    with psycopg.connect(hub) as conn:
        return {str(o) for (o,) in conn.execute("SELECT op_id FROM mornings.ops")}


def _relay(ws: Workspace, url: str) -> int:
    with psycopg.connect(url) as conn:
        return refused_relay.relay(ws, conn)


def test_refused_operations_go_in_chunks_once(hub: str, make_desk: MakeDesk) -> None:
    door, office = make_desk("Porte"), make_desk("Bureau")
    url = hub_admin.add_desk(hub, "Office").url
    kept = _kept(door, 1_200)
    relayed, others = kept[:1_100], kept[1_100:]
    _hold(office, relayed)
    _hold(office, others[:20], room="waiting")  # not refused (yet)
    _hold(office, others[20:40], reason="bad signature")  # refused, not for a revocation
    _hold(office, others[40:60], source="pull")  # came from the hub
    _hold(office, others[60:80], source="push")  # the hub refused it
    _hold(office, [("junk-1", "not json"), ("junk-2", json.dumps({"body": "{}"}))])
    # What the hub refuses (a body that names no operation) is answered, not marked.
    _hold(office, [("odd-1", json.dumps({"body": json.dumps({"op_id": "odd-1"}), "sig": "s"}))])

    assert _relay(office, url) == len(relayed)
    assert {o for o, _ in relayed} <= _on_hub(hub)
    assert not {o for o, _ in others} & _on_hub(hub)
    sources = _sources(office)
    assert {sources[o] for o, _ in relayed} == {refused_relay.RELAYED}
    assert sources["odd-1"] == "bundle" and sources["junk-1"] == "bundle"
    assert {sources[o] for o, _ in others[20:40]} == {"bundle"}
    assert _relay(office, url) == 0  # the refused one again, answered refused again


def test_the_hubs_refusal_stops_the_relay_until_a_later_round(
    hub: str, make_desk: MakeDesk, caplog: pytest.LogCaptureFixture
) -> None:
    """A quota of 700 an hour: the first chunk of 500 goes, the second (500) is refused, and the
    round stops there (a third chunk of 200 would still fit)."""
    door, office = make_desk("Porte"), make_desk("Bureau")
    url = hub_admin.add_desk(hub, "Office", hourly_quota=700).url
    _hold(office, _kept(door, 1_200))
    with caplog.at_level(logging.WARNING, logger=refused_relay.__name__):
        assert _relay(office, url) == 500
    assert [r.message for r in caplog.records] == [
        "the hub took no more refused operations this round"
    ]
    assert list(_sources(office).values()).count(refused_relay.RELAYED) == 500


def test_a_broken_connection_fails_the_relay(hub: str, make_desk: MakeDesk) -> None:
    door, office = make_desk("Porte"), make_desk("Bureau")
    url = hub_admin.add_desk(hub, "Office").url
    _hold(office, _kept(door, 3))
    conn: psycopg.Connection[Any] = psycopg.connect(url)
    conn.close()
    with pytest.raises(psycopg.OperationalError):
        refused_relay.relay(office, conn)
    assert refused_relay.RELAYED not in _sources(office).values()
