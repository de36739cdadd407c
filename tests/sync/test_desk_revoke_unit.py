"""`desk revoke`'s readings, directly: the `--until` time (zone, slack for a clock a little
ahead, refusals) and the time an operation's stamp says it was made."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mornings_desktop.errors import UserError
from mornings_desktop.ledger import hlc
from mornings_desktop.sync import desk_revoke

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def test_until_defaults_to_now_and_reads_zones() -> None:
    assert desk_revoke.parse_until(None, NOW) == NOW
    assert desk_revoke.parse_until(" 2026-12-01T08:00Z ", NOW) == datetime(
        2026, 12, 1, 8, 0, tzinfo=UTC
    )
    local = desk_revoke.parse_until("2026-12-01T08:00", NOW)  # this computer's time zone
    assert local == datetime(2026, 12, 1, 8, 0).astimezone()


def test_until_may_be_up_to_five_minutes_ahead_and_no_more() -> None:
    for ahead in (timedelta(minutes=4, seconds=59), timedelta(minutes=5)):
        moment = NOW + ahead
        assert desk_revoke.parse_until(moment.isoformat(), NOW) == moment
    with pytest.raises(UserError, match="in the future"):
        desk_revoke.parse_until((NOW + timedelta(minutes=5, seconds=1)).isoformat(), NOW)


def test_until_that_is_no_time_is_refused() -> None:
    with pytest.raises(UserError, match="is not a date and time"):
        desk_revoke.parse_until("yesterday", NOW)


def test_a_stamp_reads_as_the_moment_it_was_made() -> None:
    ms = 1_764_581_400_123  # 2026-12-01T09:30:00.123Z
    assert desk_revoke._stamp_time(hlc.encode(ms, 7)) == datetime.fromtimestamp(ms / 1000, UTC)
    assert desk_revoke._stamp_time("not a stamp") is None
