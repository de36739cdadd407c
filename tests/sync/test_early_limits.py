"""The first pass's limits (`sync/early.py`), at their edges against a real hub (PostgreSQL):
it runs from 5,000 rows on the hub (4,999 are pulled in order), its scan reads on past the hub's
own page of 10,000 rows, and it applies 100 operations a transaction (the door's scan waits for
one such chunk at most), which the progress a person sees counts, in the hub's order, every run
of chosen rows whole.

The hubs of the first two are filled by the hub's owner with rows of a past Morning (none of
them chosen): `mornings.pull` serves them to a desk login like any other row.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import select

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.meta_keys import HISTORY_PENDING
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import admission, client, early, hub_admin
from mornings_desktop.sync.verify_pool import VerifyPool
from tests.sync.test_join_early import Stop, _stopping_at, join_desk

MakeDesk = Callable[..., Workspace]


def _add_past_rows(hub: str, count: int) -> None:
    """`count` more rows on the hub: registrations of a Morning long past (never chosen)."""
    with psycopg.connect(hub) as conn:
        top = conn.execute("SELECT coalesce(max(hub_seq), 0) FROM mornings.ops").fetchone()
        assert top is not None
        conn.execute(
            "INSERT INTO mornings.ops (hub_seq, op_id, desk_id, desk_seq, hlc, type, payload,"
            " login, digest)"
            " SELECT g, 'past-' || g, 'desk-past', g, 'hlc', 'registration.created',"
            " json_build_object('id', 'reg-' || g, 'morning_id', 'morning-past')::text,"
            " 'past', 'digest-' || g"
            " FROM generate_series(%s::bigint + 1, %s::bigint + %s) g",
            (int(top[0]), int(top[0]), count),
        )


def _first_pass(door: Workspace, url: str) -> tuple[early.Early | None, list[tuple[str, int]]]:
    seen: list[tuple[str, int]] = []
    with door.db.read() as session:
        lookup = admission.certificate_lookup(session)
    with psycopg.connect(url) as conn, VerifyPool() as pool:
        ran = early.run(door, conn, "hub", lookup, pool, lambda s, n: seen.append((s, n)))
    return ran, seen


def test_the_first_pass_runs_from_5000_rows_on_the_hub(hub: str, make_desk: MakeDesk) -> None:
    url = hub_admin.add_desk(hub, "B").url
    _add_past_rows(hub, 4999)
    door = make_desk("Porte")
    assert _first_pass(door, url) == (None, [])  # pulled in order: nothing said, nothing set
    assert door.meta(HISTORY_PENDING) is None
    _add_past_rows(hub, 1)
    ran, seen = _first_pass(door, url)
    assert ran is not None and (ran.total, ran.chosen, ran.applied) == (5000, 0, 0)
    assert seen == [("ready", 5000)]
    assert door.meta(HISTORY_PENDING) == "hub"


def test_the_scan_reads_on_past_the_hubs_page_of_10000_rows(hub: str, make_desk: MakeDesk) -> None:
    url = hub_admin.add_desk(hub, "B").url
    _add_past_rows(hub, 10_001)
    with psycopg.connect(url) as conn:  # the hub's own page: 10,000 rows at most
        page = conn.execute("SELECT count(*) FROM mornings.pull(0, 20000)").fetchone()
    assert page == (10_000,)
    ran, seen = _first_pass(make_desk("Porte"), url)
    assert ran is not None and ran.total == 10_001
    assert seen == [("ready", 10_001)]  # the person is told of every row past the cursor


class Coming:
    """Desk A's 120 Mornings on the hub, every twelfth one long past (not chosen): the chosen rows
    fall in runs of unequal lengths between them."""

    def __init__(self, hub: str, a: Workspace) -> None:
        self.a = a
        coming = (dt.date.today() + dt.timedelta(days=30)).isoformat()
        self.past: set[str] = set()
        with a.transaction() as tx:
            for i in range(120):
                morning = f"m-{i}-{os.urandom(4).hex()}"
                if i % 12 == 1:
                    self.past.add(morning)
                day = "2020-01-09" if morning in self.past else coming
                tx.record(
                    "morning.created", {"id": morning, "fields": {"title": f"M{i}", "date": day}}
                )
        client.sync_round(a, hub_admin.add_desk(hub, "A").url)
        with psycopg.connect(hub) as conn:
            rows = conn.execute(
                "SELECT op_id, payload::jsonb->>'id' FROM mornings.ops ORDER BY hub_seq"
            ).fetchall()
        # in the hub's order: every row but the past Mornings
        self.chosen = [str(op) for op, named in rows if named not in self.past]
        assert len(self.chosen) > 110 and len(rows) > len(self.chosen)


@pytest.fixture
def coming(hub_db: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch) -> Coming:
    a = make_desk("Office")
    hub_admin.init_hub(hub_db, a.org_id, a.ticket_key.hex())
    monkeypatch.setattr(early, "EARLY_MIN", 0)  # the first pass on this small hub too
    return Coming(hub_db, a)


def _ops(ws: Workspace) -> set[str]:
    with ws.db.read() as session:
        return set(session.execute(select(Operation.op_id)).scalars())


def test_the_first_pass_applies_100_operations_a_transaction(
    coming: Coming, hub_db: str, make_desk: MakeDesk
) -> None:
    b, url = join_desk(coming.a, hub_db, make_desk, "Door")
    seen: list[tuple[str, int]] = []
    client.sync_round(b, url, push=False, progress=lambda s, n: seen.append((s, n)))
    # every chosen row, whichever run it falls in: 100 in the first transaction, then the rest
    assert [n for s, n in seen if s == "early"] == [100, len(coming.chosen)]


def test_a_first_pass_stopped_after_its_first_transaction_holds_the_first_100_chosen(
    coming: Coming, hub_db: str, make_desk: MakeDesk
) -> None:
    """The chosen rows are applied in the hub's order, as a pull applies them."""
    b, url = join_desk(coming.a, hub_db, make_desk, "Door")
    before = _ops(b)
    with pytest.raises(Stop):
        client.sync_round(b, url, push=False, progress=_stopping_at("early"))
    assert _ops(b) - before == set(coming.chosen[:100])
