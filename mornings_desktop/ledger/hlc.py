"""Hybrid logical clock: timestamps that follow wall time but never go backwards or collide.

A reading is text `WWWWWWWWWWWWW-CCCC` (13-digit milliseconds since the epoch, 4-digit counter), so
readings compare as strings. A stamp `reading/desk_id` orders edits totally: ties between desks are
broken by desk id, the same on every desk.
"""

from __future__ import annotations

import time
from collections.abc import Callable

_COUNTER_MAX = 9999


def encode(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:013d}-{counter:04d}"


def decode(reading: str) -> tuple[int, int]:
    wall, _, counter = reading.partition("-")
    return int(wall), int(counter)


def stamp(reading: str, desk_id: str) -> str:
    """The total order key of an operation: compare stamps as strings."""
    return f"{reading}/{desk_id}"


def wall_ms_now() -> int:
    return time.time_ns() // 1_000_000


def tick(last: str | None, now_ms: Callable[[], int] = wall_ms_now) -> str:
    """The next local reading after `last` (the newest reading this desk has seen)."""
    wall = now_ms()
    if last is None:
        return encode(wall, 0)
    last_wall, last_counter = decode(last)
    if wall > last_wall:
        return encode(wall, 0)
    if last_counter >= _COUNTER_MAX:
        return encode(last_wall + 1, 0)
    return encode(last_wall, last_counter + 1)


def observe(last: str | None, remote: str) -> str:
    """The newest reading after seeing a remote one (so later local edits order after it)."""
    if last is None or remote > last:
        return remote
    return last
