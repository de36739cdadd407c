"""The limits `mornings.offer_revocations` keeps against a desk login that offers too much, probed
at their edges with a real desk login: revocations of at most 801,000 characters, 200 per login,
8 of them large."""

from __future__ import annotations

import json
from typing import Any

import psycopg

from tests.sync import test_hub_sql_signed_limits

desk = test_hub_sql_signed_limits.desk


def _revoke(conn: psycopg.Connection[Any], bodies: list[str]) -> int:
    batch = json.dumps([{"body": b, "sig": "s"} for b in bodies])
    row = conn.execute("SELECT mornings.offer_revocations(%s)", (batch,)).fetchone()
    assert row is not None
    return int(row[0])


def _revocation(n: int, length: int = 0) -> str:
    text = json.dumps({"desk_id": f"d{n}", "issued": "2026-12-03T08:00:00Z", "pad": ""})
    return text[:-2] + "x" * max(0, length - len(text)) + '"}'


def test_revocations_of_801000_characters_are_kept_and_longer_are_not(
    desk: psycopg.Connection[Any],
) -> None:
    assert len(_revocation(0, 801_000)) == 801_000
    assert _revoke(desk, [_revocation(0, 801_001)]) == 0
    assert _revoke(desk, [_revocation(1, 801_000)]) == 1


def test_a_login_keeps_at_most_8_large_revocations_and_200_in_all(
    desk: psycopg.Connection[Any],
) -> None:
    assert _revoke(desk, [_revocation(k, 5000) for k in range(9)]) == 8
    small = [_revocation(100 + k) for k in range(200)]
    assert _revoke(desk, small[:100]) == 100
    assert _revoke(desk, small[100:]) == 200 - 108
