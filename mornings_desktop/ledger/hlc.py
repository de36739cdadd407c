"""Hybrid logical clock: timestamps that follow wall time but never go backwards or collide.

A reading is text `WWWWWWWWWWWWW-CCCC` (13-digit milliseconds since the epoch, 4-digit counter), so
readings compare as strings. A stamp `reading/desk_id` orders edits totally: ties between desks are
broken by desk id, the same on every desk.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

_COUNTER_MAX = 9999
# A remote reading never drags this desk's clock further than this ahead of its own wall clock
# (a desk whose clock is 2 hours ahead must not drag every desk with it).
MAX_AHEAD_MS = 5 * 60 * 1000
_READING = re.compile(r"\A[0-9]{13}-[0-9]{4}\Z")


def is_reading(text: object) -> bool:
    """True for a well-formed reading; nothing else is a stamp."""
    return isinstance(text, str) and _READING.match(text) is not None


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
    """The next local reading after `last` (the newest reading this desk has seen).

    Never raises: a `last` that is not a reading (a clock poisoned by an older version) is
    ignored, and one beyond wall + 5 minutes counts as wall + 5 minutes."""
    wall = now_ms()
    if last is None or not is_reading(last):
        return encode(wall, 0)
    last_wall, last_counter = decode(last)
    if last_wall > wall + MAX_AHEAD_MS:
        last_wall, last_counter = wall + MAX_AHEAD_MS, 0
    if wall > last_wall:
        return encode(wall, 0)
    if last_counter >= _COUNTER_MAX:
        return encode(last_wall + 1, 0)
    return encode(last_wall, last_counter + 1)


def observe(last: str | None, remote: str, now_ms: Callable[[], int] = wall_ms_now) -> str | None:
    """The newest reading after seeing a remote one (so later local edits order after it).

    Never raises and never moves the clock beyond wall + 5 minutes: a remote reading that is
    not a reading is ignored, one further ahead counts as wall + 5 minutes."""
    if not is_reading(remote):
        return last
    cap = encode(now_ms() + MAX_AHEAD_MS, 0)
    remote = min(remote, cap)
    if last is None or not is_reading(last) or remote > last:
        return remote
    return last
