"""What a push counts, against a real hub (`sync/push.py`): the operations the hub stored, then,
sent again after their answers were lost, the ones it already had; `send` (a re-push after a hub
restore) counts alike."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
from sqlalchemy import update

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import client, hub_admin, push
from tests.sync.test_faults import _work

MakeDesk = Callable[..., Workspace]


def _unsent(ws: Workspace) -> list[str]:
    with ws.db.read() as session:
        return push.unsent_keys(session)


def test_a_push_counts_what_the_hub_stored_then_what_it_already_had(
    hub: str, make_desk: MakeDesk
) -> None:
    a = make_desk("Accueil 1")
    _work(a, 5, "n")
    url = hub_admin.add_desk(hub, "A").url
    keys = _unsent(a)
    first = client.sync_round(a, url, pull=False)
    assert (first.pushed, first.confirmed, first.refused) == (len(keys), 0, 0)
    with a.db.write() as session:  # the answers lost: every operation unsent again
        session.execute(update(Operation).values(pushed=False))
    again = client.sync_round(a, url, pull=False)
    assert (again.pushed, again.confirmed, again.refused) == (0, len(keys), 0)


def test_send_counts_each_answer_once(hub: str, make_desk: MakeDesk) -> None:
    b = make_desk("Accueil 2")
    _work(b, 4, "s")
    url = hub_admin.add_desk(hub, "B").url
    keys = _unsent(b)
    query = push.columns().where(Operation.op_id.in_(keys))
    with psycopg.connect(url) as conn:
        sent = push.send(b, conn, query)
        assert sent is not None and sent.stored >= 4 and sent.refused == 0
        assert sent.stored + sent.present == len(keys)
        again = push.send(b, conn, query)
    assert again is not None and (again.stored, again.present) == (0, len(keys))
    assert not _unsent(b)  # every answer recorded: pushed
