"""The desk's clock against the hub's, read directly: the offset kept only when it moved by more
than a second, read back, and the sentence for a clock more than two minutes off."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import hub_clock

MakeDesk = Callable[..., Workspace]


def test_the_offset_is_kept_in_milliseconds_and_rewritten_only_past_a_second(
    make_desk: MakeDesk,
) -> None:
    ws = make_desk("Accueil 1")
    hub_clock.remember(ws, None)
    assert hub_clock.stored_offset(ws) is None
    hub_clock.remember(ws, 2.5004)
    assert ws.meta(hub_clock.CLOCK_OFFSET) == "2500"
    assert hub_clock.stored_offset(ws) == 2.5
    hub_clock.remember(ws, 3.5)  # a second away: not written
    assert hub_clock.stored_offset(ws) == 2.5
    hub_clock.remember(ws, 1.5)
    assert hub_clock.stored_offset(ws) == 2.5
    hub_clock.remember(ws, 3.6)
    assert hub_clock.stored_offset(ws) == 3.6
    hub_clock.remember(ws, -120.25)
    assert hub_clock.stored_offset(ws) == -120.25


def test_an_offset_reads_back_or_is_none() -> None:
    assert hub_clock.parse_offset("-1500") == -1.5
    assert hub_clock.parse_offset("0") == 0.0
    for text in (None, "", "1.5", "soon"):
        assert hub_clock.parse_offset(text) is None, text


def test_more_than_two_minutes_off_is_told_with_how_far_and_which_way() -> None:
    assert not hub_clock.is_off(None)
    assert not hub_clock.is_off(120.0) and not hub_clock.is_off(-120.0)
    assert hub_clock.is_off(120.5) and hub_clock.is_off(-120.5)
    assert hub_clock.spell(200.4) == "3 min 20 s"
    assert hub_clock.spell(-7500) == "2 h 05 min"
    assert hub_clock.spell(3600) == "1 h 00 min"
    assert hub_clock.spell(59.6) == "1 min 00 s"
    assert hub_clock.warning(None) is None
    assert hub_clock.warning(119.0) is None
    assert hub_clock.warning(200.0) == (
        "this computer's clock is 3 min 20 s ahead of the hub's; set the right date and time"
        " (admissions are stamped with it)"
    )
    assert (hub_clock.warning(-7500.0) or "").startswith(
        "this computer's clock is 2 h 05 min behind"
    )


class _Hub:
    """A connection whose `desk_clock` answers `row` (what a hub could answer)."""

    def __init__(self, row: tuple[object, ...] | None) -> None:
        self.row = row

    def execute(self, *_args: object) -> _Hub:
        return self

    def fetchone(self) -> tuple[object, ...] | None:
        return self.row

    def commit(self) -> None:
        pass


def test_the_offset_is_rounded_to_the_millisecond_and_odd_answers_give_none() -> None:
    hub_now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    desk = hub_now + timedelta(seconds=1.23456)
    offset = hub_clock.exchange(_Hub((hub_now,)), lambda: desk)  # type: ignore[arg-type]
    assert offset == 1.235
    for row in (None, ("2026-12-02T09:00:00Z",), (None,)):
        assert hub_clock.exchange(_Hub(row), lambda: desk) is None, row  # type: ignore[arg-type]


def test_hours_are_counted_in_3600_seconds() -> None:
    assert hub_clock.spell(7198) == "1 h 59 min"
    assert hub_clock.spell(7200) == "2 h 00 min"
