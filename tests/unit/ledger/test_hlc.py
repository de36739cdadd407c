"""The hybrid logical clock on fixed readings: it follows the wall, never goes back, never repeats."""

from __future__ import annotations

import time

import pytest

from mornings_desktop.ledger import hlc


def test_a_reading_is_13_digits_of_milliseconds_and_4_of_counter() -> None:
    assert hlc.encode(5, 3) == "0000000000005-0003"
    assert hlc.encode(1_800_000_000_123, 9999) == "1800000000123-9999"
    assert hlc.decode("1800000000123-0042") == (1_800_000_000_123, 42)
    assert hlc.decode(hlc.encode(7, 0)) == (7, 0)


def test_a_stamp_orders_by_reading_then_desk() -> None:
    assert hlc.stamp("0000000000005-0003", "desk-a") == "0000000000005-0003/desk-a"
    assert hlc.stamp(hlc.encode(5, 3), "desk-b") > hlc.stamp(hlc.encode(5, 3), "desk-a")
    assert hlc.stamp(hlc.encode(5, 4), "desk-a") > hlc.stamp(hlc.encode(5, 3), "desk-z")


@pytest.mark.parametrize(
    ("last", "now", "expected"),
    [
        (None, 5, (5, 0)),  # the first reading
        ((5, 3), 6, (6, 0)),  # the wall moved on: counter back to 0
        ((5, 3), 5, (5, 4)),  # same millisecond: the counter moves
        ((5, 3), 4, (5, 4)),  # the wall went back: the clock does not
        ((5, 9998), 5, (5, 9999)),
        ((5, 9999), 5, (6, 0)),  # counter full: borrow the next millisecond
        ((5, 9999), 2, (6, 0)),
    ],
)
def test_tick(last: tuple[int, int] | None, now: int, expected: tuple[int, int]) -> None:
    reading = hlc.tick(None if last is None else hlc.encode(*last), lambda: now)
    assert reading == hlc.encode(*expected)


def test_tick_reads_the_wall_clock() -> None:
    before = time.time_ns() // 1_000_000
    wall, counter = hlc.decode(hlc.tick(None))
    after = time.time_ns() // 1_000_000
    assert before <= wall <= after and counter == 0
    assert before <= hlc.wall_ms_now() <= time.time_ns() // 1_000_000


@pytest.mark.parametrize(
    ("last", "remote", "expected"),
    [
        (None, "0000000000005-0000", "0000000000005-0000"),
        ("0000000000005-0000", "0000000000006-0000", "0000000000006-0000"),
        ("0000000000006-0000", "0000000000005-0009", "0000000000006-0000"),
        ("0000000000006-0001", "0000000000006-0001", "0000000000006-0001"),
    ],
)
def test_observe_keeps_the_newest(last: str | None, remote: str, expected: str) -> None:
    assert hlc.observe(last, remote) == expected


FIVE_MINUTES = 300_000


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ((1_000 + FIVE_MINUTES, 7), (1_000 + FIVE_MINUTES, 8)),  # exactly 5 minutes ahead: kept
        ((1_001 + FIVE_MINUTES, 7), (1_000 + FIVE_MINUTES, 1)),  # beyond: counts as wall + 5 min
        ((9_999_999_999_999, 9999), (1_000 + FIVE_MINUTES, 1)),
    ],
)
def test_tick_never_runs_more_than_five_minutes_ahead_of_the_wall(
    last: tuple[int, int], expected: tuple[int, int]
) -> None:
    assert hlc.MAX_AHEAD_MS == FIVE_MINUTES
    assert hlc.tick(hlc.encode(*last), lambda: 1_000) == hlc.encode(*expected)


@pytest.mark.parametrize(
    ("remote", "expected"),
    [
        ((1_000 + FIVE_MINUTES - 1, 9999), (1_000 + FIVE_MINUTES - 1, 9999)),
        ((1_000 + FIVE_MINUTES, 0), (1_000 + FIVE_MINUTES, 0)),
        ((1_000 + FIVE_MINUTES, 1), (1_000 + FIVE_MINUTES, 0)),  # beyond: wall + 5 minutes
        ((9_999_999_999_999, 9999), (1_000 + FIVE_MINUTES, 0)),
    ],
)
def test_observe_never_moves_the_clock_beyond_five_minutes_ahead(
    remote: tuple[int, int], expected: tuple[int, int]
) -> None:
    assert hlc.observe(None, hlc.encode(*remote), lambda: 1_000) == hlc.encode(*expected)
    assert hlc.observe("not a reading", hlc.encode(*remote), lambda: 1_000) == hlc.encode(*expected)


@pytest.mark.parametrize("poisoned", ["", "garbage", "1800000000123", "1800000000123-42x"])
def test_a_clock_that_is_no_reading_is_ignored(poisoned: str) -> None:
    """A clock an older version left as something else: the next reading follows the wall."""
    assert hlc.tick(poisoned, lambda: 7) == hlc.encode(7, 0)
