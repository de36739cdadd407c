"""What a pull counts and when it tries again, against a real hub (`sync/pull.py`): kept lines
counted once each whatever room they go to; a handler that failed once applied by the same round,
one fixed later applied by the next round with nothing new pulled; the current Mornings first only
on a first pull; the hub's fold numbers read only from a hub that has them."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from mornings_desktop.ledger import fold, hlc
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Desk
from mornings_desktop.sync import client, early, hub_admin, hub_marks, hub_schema, pull
from tests.sync.test_faults import _work
from tests.sync.test_join_early import join_desk
from tests.sync.test_poison import _attacker_op, _kept, _push_raw

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def office(hub_db: str, make_desk: MakeDesk) -> Workspace:
    """The organiser's desk, its work on the hub (its login in `office.hub_url`)."""
    a = make_desk("Office")
    hub_admin.init_hub(hub_db, a.org_id, a.ticket_key.hex())
    a.hub_url = hub_admin.add_desk(hub_db, "A").url  # type: ignore[attr-defined]
    client.sync_round(a, a.hub_url)  # type: ignore[attr-defined]
    return a


def test_a_refused_and_a_waiting_line_are_counted_once_each(
    hub_db: str, office: Workspace, make_desk: MakeDesk
) -> None:
    attacker = hub_admin.add_desk(hub_db, "X").url
    nested = _attacker_op("desk.announced", "[" * 1000)  # refused: never applicable
    ahead = _attacker_op(  # waits: stamped an hour ahead of every clock
        "desk.announced",
        json.dumps({"id": str(uuid.uuid4()), "name": "Later"}),
        stamp=hlc.encode(hlc.wall_ms_now() + 3600_000, 0),
    )
    _push_raw(attacker, [nested, ahead])
    b = make_desk("Door")
    r = client.sync_round(b, hub_admin.add_desk(hub_db, "B").url, push=False)
    rooms = {op_id: room for op_id, (room, _) in _kept(b).items()}
    assert rooms == {nested["op_id"]: "refused", ahead["op_id"]: "waiting"}
    assert r.quarantined == 2
    assert r.pulled == r.applied + 2  # every row read is applied or kept, none twice


def _failing(
    genuine: Callable[[Any, Op], None], desk_id: str, broken: list[bool]
) -> Callable[[Any, Op], None]:
    """`desk.announced`'s handler, failing for `desk_id` while `broken[0]`."""

    def handler(session: Any, op: Op) -> None:
        if op.payload.get("id") == desk_id and broken[0]:
            raise RuntimeError("handler bug")
        genuine(session, op)

    return handler


def test_a_failed_handler_is_tried_again_by_the_same_round_then_by_the_next(
    hub_db: str, office: Workspace, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    fold.load_handlers()
    genuine = fold._HANDLERS["desk.announced"]

    def announced(ws: Workspace) -> bool:
        with ws.db.read() as session:
            return session.get(Desk, office.desk_id) is not None

    # A failure that ends while the round goes on (a full disk freed): the round's own retry
    # at the end of its pull applies it.
    broken = [True]
    monkeypatch.setitem(fold._HANDLERS, "desk.announced", _failing(genuine, office.desk_id, broken))

    def fixed_once_pulled(stage: str, _: int) -> None:
        if stage == "pull":  # the chunks are committed; the retry comes next
            assert [room for room, _ in _kept(b).values()] == ["waiting"]
            broken[0] = False

    b = make_desk("Door")
    url = hub_admin.add_desk(hub_db, "B").url
    r = client.sync_round(b, url, push=False, progress=fixed_once_pulled)
    assert not broken[0] and r.quarantined == 1
    assert _kept(b) == {} and announced(b)

    # A lasting failure waits; once the handler is fixed (an upgrade), the next round applies it
    # though the hub has nothing new.
    c = make_desk("Desk 3")
    url = hub_admin.add_desk(hub_db, "C").url
    monkeypatch.setitem(fold._HANDLERS, "desk.announced", _failing(genuine, office.desk_id, [True]))
    client.sync_round(c, url, push=False)
    assert [room for room, _ in _kept(c).values()] == ["waiting"] and not announced(c)
    monkeypatch.setitem(fold._HANDLERS, "desk.announced", genuine)
    again = client.sync_round(c, url, push=False)
    assert again.pulled == 0
    assert _kept(c) == {} and announced(c)


def _stages(ws: Workspace, url: str) -> list[str]:
    seen: list[str] = []
    client.sync_round(ws, url, push=False, progress=lambda stage, _: seen.append(stage))
    return seen


def test_the_current_mornings_come_first_only_on_a_first_pull(
    hub_db: str, office: Workspace, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(early, "EARLY_MIN", 0)  # a first pass however small the hub
    b, url = join_desk(office, hub_db, make_desk, "Door")
    assert "ready" in _stages(b, url)  # usable before the history
    _work(office, 3, "later")
    client.sync_round(office, office.hub_url)  # type: ignore[attr-defined]  # new on the hub
    later = _stages(b, url)
    assert "pull" in later and "early" not in later and "ready" not in later


def test_fold_numbers_are_read_only_from_a_hub_that_keeps_them(
    hub_db: str, office: Workspace
) -> None:
    url = hub_admin.add_desk(hub_db, "Reader").url
    with psycopg.connect(url) as conn:
        info = hub_schema.read_info(conn)
        conn.commit()

        def folds(version: int) -> list[Any]:
            older = dataclasses.replace(info, schema_version=version)
            batches = list(pull._fetch(conn, older, 0, 1000, lambda: None))
            return [row[10] for rows, _ in batches for row in rows]

        # Schema 5 is the first hub that numbers folds: one at 4 answers none.
        assert all(n is not None for n in folds(5))
        assert all(n is not None for n in folds(info.schema_version))
        assert folds(4) == [None] * len(folds(5))
        assert folds(5)
        last = max(list(pull._fetch(conn, info, 0, 1000, lambda: None))[-1][0])
    # The desk keeps the fold number of the last row it applied beside its cursor.
    with office.db.read() as session:
        assert meta.get(session, pull.cursor_key(info.hub_id)) == str(last[0])
        assert meta.get(session, hub_marks.cursor_fold_key(info.hub_id)) == str(last[10])
