"""The limits `mornings.offer_records` keeps against a desk login that offers too much (hostile or
out of date), probed at their edges with a real desk login: records of 4,000 characters, a
rotation naming 2,000 certificates (136,000), at most 8 large records per login."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from mornings_desktop.sync import hub_admin

ROTATION = '"new_org_key":'  # what makes a large record a rotation


@pytest.fixture
def desk(hub: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(hub_admin.add_desk(hub, "Porte").url, autocommit=True) as conn:
        yield conn


def _body(length: int, tag: str, prefix: str = "") -> str:
    head = json.dumps({"t": tag}) + prefix
    return head + "x" * (length - len(head))


def _offer(conn: psycopg.Connection[Any], bodies: list[str]) -> list[str]:
    batch = json.dumps([{"body": b, "sig": "s"} for b in bodies])
    return [str(r[1]) for r in conn.execute("SELECT * FROM mornings.offer_records(%s)", (batch,))]


def test_a_record_of_4000_characters_is_kept_and_one_more_is_refused(
    desk: psycopg.Connection[Any],
) -> None:
    assert _offer(desk, [_body(4000, "a")]) == []
    assert _offer(desk, [_body(4001, "b")]) == ["too-large"]


def test_a_rotation_of_136000_characters_is_kept_and_one_more_is_refused(
    desk: psycopg.Connection[Any],
) -> None:
    assert _offer(desk, [_body(136_000, "a", ROTATION)]) == []
    assert _offer(desk, [_body(136_001, "b", ROTATION)]) == ["too-large"]


def test_a_login_keeps_at_most_8_large_records(desk: psycopg.Connection[Any]) -> None:
    assert _offer(desk, [_body(5000, f"r{k}", ROTATION) for k in range(8)]) == []
    assert _offer(desk, [_body(5000, "r8", ROTATION)]) == ["quota"]
