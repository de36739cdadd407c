"""`incarnations.joined_twice` and `copied_desks` read directly on a log written row by row: a
join file used on two databases, a copied database, a restored one and a desk with one life
(the command-line tests only see the sentence they lead to)."""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import text

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import incarnations

_INSERT = text(
    "INSERT INTO operations (op_id, desk_id, desk_seq, hlc, type, payload, applied,"
    " received_at, pushed, inc) VALUES (:op_id, :desk, :seq, :hlc, :type, :payload, 1,"
    " '2026-12-01T00:00:00Z', 0, :inc)"
)


def _op(
    desk: str, inc: str, seq: int, hlc: str, op_type: str = "morning.created"
) -> dict[str, object]:
    payload = {"id": desk} if op_type == "desk.announced" else {"id": f"m-{desk}-{inc}-{seq}"}
    return {
        "op_id": f"{desk}-{inc}-{seq}-{hlc}",
        "desk": desk,
        "seq": seq,
        "hlc": hlc,
        "type": op_type,
        "payload": json.dumps(payload),
        "inc": inc,
    }


def test_each_kind_of_second_life_is_named_where_it_belongs(
    make_desk: Callable[..., Workspace],
) -> None:
    ws = make_desk("Bureau")
    rows = [
        # "joined": one join file, two laptops: both lives begin by announcing the desk, and
        # they write at the same time (also a copy by time: named once, as joined twice).
        _op("joined", "i1", 1, "2026-12-01T08:00:00.000Z", "desk.announced"),
        _op("joined", "i2", 1, "2026-12-01T08:01:00.000Z", "desk.announced"),
        _op("joined", "i1", 2, "2026-12-01T08:05:00.000Z"),
        _op("joined", "i2", 2, "2026-12-01T08:06:00.000Z"),
        # "copied": a database copied to a second laptop: two lives that interleave in time.
        _op("copied", "c1", 1, "2026-12-01T08:00:00.000Z"),
        _op("copied", "c2", 1, "2026-12-01T08:02:00.000Z"),
        _op("copied", "c1", 2, "2026-12-01T08:03:00.000Z"),
        _op("copied", "c2", 2, "2026-12-01T08:04:00.000Z"),
        # "kept": a copy that kept its incarnation: one (desk, inc, desk_seq) twice.
        _op("kept", "k1", 1, "2026-12-01T08:00:00.000Z"),
        _op("kept", "k1", 1, "2026-12-01T08:00:01.000Z"),
        # "restored": the old life ends before the new one begins; announced once only.
        _op("restored", "r1", 1, "2026-12-01T07:00:00.000Z", "desk.announced"),
        _op("restored", "r1", 2, "2026-12-01T07:10:00.000Z"),
        _op("restored", "r2", 1, "2026-12-01T08:00:00.000Z"),
        # "alone": one life.
        _op("alone", "a1", 1, "2026-12-01T08:00:00.000Z", "desk.announced"),
        _op("alone", "a1", 2, "2026-12-01T08:01:00.000Z"),
    ]
    with ws.db.write() as session:
        for row in rows:
            session.execute(_INSERT, row)
        session.execute(
            text(
                "INSERT INTO desks (id, name, is_local, created_at)"
                " VALUES ('joined', 'Porte B', 0, '2026-12-01T08:00:00Z')"
            )
        )
    with ws.db.read() as session:
        assert incarnations.joined_twice(session) == {"joined": "Porte B"}
        assert incarnations.copied_desks(session) == ["copied", "kept"]


def test_a_desk_joined_twice_without_a_name_is_named_by_its_id(
    make_desk: Callable[..., Workspace],
) -> None:
    ws = make_desk("Bureau")
    with ws.db.write() as session:
        for row in (
            _op("nameless", "n1", 1, "2026-12-01T08:00:00.000Z", "desk.announced"),
            _op("nameless", "n2", 1, "2026-12-01T09:00:00.000Z", "desk.announced"),
        ):
            session.execute(_INSERT, row)
    with ws.db.read() as session:
        assert incarnations.joined_twice(session) == {"nameless": "nameless"}
        assert incarnations.copied_desks(session) == []  # one after the other: not a copy
