"""The limits `mornings.ingest` keeps, at their edges with a real desk login: 10,000 operations a
call, and 200,000 operations an hour on a hub made without a quota."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest

from tests.sync import test_hub_sql_signed_limits

desk = test_hub_sql_signed_limits.desk


def test_a_call_takes_10000_operations_and_no_more(desk: psycopg.Connection[Any]) -> None:
    rows = [{"op_id": f"x{k}"} for k in range(10_001)]
    answered = desk.execute("SELECT * FROM mornings.ingest(%s)", (json.dumps(rows[:-1]),))
    assert len(answered.fetchall()) == 10_000  # each answered (refused: not operations)
    with pytest.raises(psycopg.Error, match="at most 10000 operations at a time"):
        desk.execute("SELECT * FROM mornings.ingest(%s)", (json.dumps(rows),))


def test_a_hub_made_without_a_quota_allows_200000_operations_an_hour(hub: str) -> None:
    with psycopg.connect(hub) as conn:
        row = conn.execute("SELECT value FROM mornings.meta WHERE key = 'hourly_quota'").fetchone()
    assert row == ("200000",)
