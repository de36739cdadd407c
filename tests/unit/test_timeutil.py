"""Stored instants: UTC text that sorts in time order, written the same way whatever the path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mornings_desktop.timeutil import from_iso, to_iso

_ZONES = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@given(moment=st.datetimes(timezones=st.just(UTC)), zone=_ZONES)
def test_to_iso_is_the_stored_format_and_reads_back(moment: datetime, zone: timezone) -> None:
    try:
        local = moment.astimezone(zone)
    except OverflowError:
        local = moment
    text = to_iso(local)
    assert text == moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if moment.year >= 1000:
        assert len(text) == 27 and from_iso(text) == moment


def test_to_iso_examples() -> None:
    casablanca = timezone(timedelta(hours=1))
    assert to_iso(datetime(2026, 12, 10, 9, 15, 2, 5, tzinfo=casablanca)) == (
        "2026-12-10T08:15:02.000005Z"
    )
    assert to_iso(datetime(2026, 1, 1, tzinfo=UTC)) == "2026-01-01T00:00:00.000000Z"
    assert to_iso(datetime(999, 1, 1, tzinfo=UTC)) == "999-01-01T00:00:00.000000Z"
    with pytest.raises(ValueError, match="naive"):
        to_iso(datetime(2026, 1, 1))  # naive: the point of the test
