"""A pull reads the hub `batch` rows at a time until a short batch: one round takes everything
past the cursor, however many batches that makes (real PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin
from tests.sync.test_faults import _local_ops, _work

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def hub(hub_db: str, make_desk: MakeDesk) -> str:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    return hub_db


def test_one_round_pulls_every_batch_up_to_the_short_one(hub: str, make_desk: MakeDesk) -> None:
    a, b = make_desk("A"), make_desk("B")
    url_a, url_b = hub_admin.add_desk(hub, "A").url, hub_admin.add_desk(hub, "B").url
    _work(a, 25, "a")
    client.sync_round(a, url_a)
    with psycopg.connect(hub) as conn:
        [(on_hub,)] = conn.execute("SELECT count(*) FROM mornings.ops").fetchall()
    assert on_hub >= 25
    result = client.sync_round(b, url_b, batch=10, push=False)
    # Each row once: the next batch starts after the last row of the one before.
    assert result.pulled == on_hub and _local_ops(a) <= _local_ops(b)
    assert client.sync_round(b, url_b, batch=10, push=False).pulled == 0  # nothing left
