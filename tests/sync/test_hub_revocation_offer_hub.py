"""`hub_revocation_offer.offer` against a real hub (real PostgreSQL): the revocations a desk holds
given to a hub of schema 7 on, once per set of revocations and hub; an older hub is not asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import hub_admin, hub_revocation_offer, revocation_check
from mornings_desktop.trust.certificates import Revocation, issue_revocation
from tests.sync.test_revocation_desk import _learn

MakeDesk = Callable[..., Workspace]


def _closed(url: str) -> psycopg.Connection[Any]:
    conn = psycopg.connect(url)
    conn.close()
    return conn


def _hub_revocations(hub: str) -> int:
    with psycopg.connect(hub) as conn:
        row = conn.execute("SELECT count(*) FROM mornings.revocations").fetchone()
    assert row is not None
    return int(row[0])


def _offer(ws: Workspace, url: str, hub_id: str, schema: int) -> int:
    with psycopg.connect(url) as conn:
        return hub_revocation_offer.offer(ws, conn, hub_id, schema)


def test_revocations_are_offered_once_per_set_and_hub(hub: str, make_desk: MakeDesk) -> None:
    ws, revoked, other = make_desk("Accueil 1"), make_desk("Porte"), make_desk("Hall")
    url = hub_admin.add_desk(hub, "A").url
    assert _offer(ws, url, "hub", 8) == 0  # nothing held: nothing offered
    key = signing.org_key(ws.org_id)
    assert key is not None
    for desk in (revoked, other):
        record = issue_revocation(
            key, Revocation(ws.org_id, desk.desk_id, {}, "2026-12-01T00:00:00Z")
        ).to_json()
        _learn(ws, record)

    for older in (5, 6):  # a hub without offer_revocations is not asked
        assert hub_revocation_offer.offer(ws, _closed(url), "hub", older) == 0
    assert _offer(ws, url, "hub", 7) == 2
    assert _hub_revocations(hub) == 2
    assert hub_revocation_offer.offer(ws, _closed(url), "hub", 7) == 0  # the same set: no call
    assert hub_revocation_offer.offer(ws, _closed(url), "hub", 8) == 0
    with pytest.raises(psycopg.OperationalError):  # another hub: offered there too
        hub_revocation_offer.offer(ws, _closed(url), "another-hub", 8)
    assert _offer(ws, url, "another-hub", 8) == 0  # this hub already holds them
    assert _hub_revocations(hub) == 2


def test_more_revocations_than_the_hub_takes_at_a_time(hub: str, make_desk: MakeDesk) -> None:
    """The hub takes at most 100 revocations a call: 101 go in two calls."""
    ws = make_desk("Accueil 1")
    url = hub_admin.add_desk(hub, "A").url
    key = signing.org_key(ws.org_id)
    assert key is not None
    records = [
        issue_revocation(
            key, Revocation(ws.org_id, f"desk-{i:03d}", {}, "2026-12-01T00:00:00Z")
        ).to_json()
        for i in range(101)
    ]
    with ws.db.write() as session:
        revocation_check.admit_revocations(session, records)
    assert _offer(ws, url, "hub", 8) == 101
    assert _hub_revocations(hub) == 101
