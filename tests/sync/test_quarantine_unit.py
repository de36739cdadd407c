"""Quarantine's bookkeeping read directly: a line already held is never applied again from a
later batch (and does not stop the lines after it), and the gaps of a desk's second holed
incarnation are keyed apart."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select, text

from mornings_desktop.ledger import hlc
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import quarantine

MakeDesk = Callable[..., Workspace]


def _unsigned(op_id: str) -> dict[str, Any]:
    return {
        "op_id": op_id, "desk_id": "old-desk", "desk_seq": 1,
        "hlc": hlc.encode(hlc.wall_ms_now(), 0), "type": "person.updated",
        "payload": {"id": "p1", "fields": {"first_name": "Nadia"}},
    }  # fmt: skip


def test_a_held_line_arriving_again_stays_held_and_the_next_line_goes_in(
    make_desk: MakeDesk,
) -> None:
    ws = make_desk("Accueil 1")
    held, fresh = str(uuid.uuid4()), str(uuid.uuid4())
    with ws.db.write() as session:
        assert quarantine.quarantine(session, held, "{}", "pull", "ahead", quarantine.WAITING)
        result = quarantine.admit_raw(session, [_unsigned(held), _unsigned(fresh)], "pull")
        assert [op.op_id for op in result.fresh] == [fresh]
        assert (result.refused, result.waiting) == (0, 0)
        logged = set(session.execute(select(Operation.op_id)).scalars())
        assert fresh in logged and held not in logged
        assert [k.op_id for k in quarantine.listing(session)] == [held]


_INSERT = text(
    "INSERT INTO operations (op_id, desk_id, desk_seq, hlc, type, payload, applied,"
    " received_at, pushed, inc) VALUES (:op_id, 'desk-a', :seq, :hlc, 'morning.created',"
    " '{}', 1, '2026-12-01T00:00:00Z', 0, :inc)"
)


def test_a_second_holed_incarnation_of_a_desk_is_keyed_by_the_first_eight_of_its_inc(
    make_desk: MakeDesk,
) -> None:
    ws = make_desk("Accueil 1")
    with ws.db.write() as session:
        for inc, seqs in (("0123456789abcdef", (1, 4)), ("fedcba9876543210", (2, 3, 6))):
            for seq in seqs:
                session.execute(
                    _INSERT,
                    {"op_id": f"{inc}-{seq}", "seq": seq, "inc": inc,
                     "hlc": f"2026-12-01T08:00:0{seq}.000Z"},
                )  # fmt: skip
    with ws.db.read() as session:
        assert quarantine.sequence_gaps(session) == {
            "desk-a": [2, 3],
            "desk-a·fedcba98": [1, 4, 5],
        }
