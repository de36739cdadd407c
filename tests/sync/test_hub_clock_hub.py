"""`hub_clock.exchange` against a real hub (real PostgreSQL): the desk's offset measured at the
middle of the call; a hub that does not let the desk call it, or was made before it, gives none
and leaves the connection usable."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import psycopg

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import hub_admin, hub_clock
from mornings_desktop.timeutil import now_utc

MakeDesk = Callable[..., Workspace]


def _stepping(ahead_s: float, step_s: float) -> Callable[[], datetime]:
    """A desk clock `ahead_s` ahead of the real time that moves `step_s` between its readings."""
    start = now_utc() + timedelta(seconds=ahead_s)
    readings: Iterator[int] = iter(range(10))
    return lambda: start + timedelta(seconds=step_s * next(readings))


def test_the_offset_is_taken_at_the_middle_of_the_call(hub: str) -> None:
    url = hub_admin.add_desk(hub, "A").url
    with psycopg.connect(url) as conn:
        on_time = hub_clock.exchange(conn, now_utc)
        assert on_time is not None and abs(on_time) < 1.0
        # Read 3,600 s ahead before the call and 3,620 s ahead after it: 3,610 s at its middle.
        ahead = hub_clock.exchange(conn, _stepping(3600.0, 20.0))
        assert ahead is not None and abs(ahead - 3610.0) < 1.0
        behind = hub_clock.exchange(conn, _stepping(-600.0, 4.0))
        assert behind is not None and abs(behind + 598.0) < 1.0


def _as_admin(hub: str, sql: str) -> None:
    with psycopg.connect(hub) as conn:
        conn.execute(sql)


def test_a_hub_without_the_clock_gives_none_and_the_round_goes_on(hub: str) -> None:
    url = hub_admin.add_desk(hub, "A").url
    with psycopg.connect(hub) as conn:
        grantees = [
            str(g)
            for (g,) in conn.execute(
                "SELECT DISTINCT grantee FROM information_schema.routine_privileges "
                "WHERE routine_name = 'desk_clock' AND grantee <> current_user"
            ).fetchall()
        ]
    assert grantees
    for grantee in grantees:  # the desk may no longer call it
        _as_admin(
            hub, f'REVOKE EXECUTE ON FUNCTION mornings.desk_clock(timestamptz) FROM "{grantee}"'
        )
    with psycopg.connect(url) as conn:
        assert hub_clock.exchange(conn, now_utc) is None
        assert conn.execute("SELECT 1").fetchone() == (1,)  # rolled back: usable
    _as_admin(hub, "DROP FUNCTION mornings.desk_clock(timestamptz)")  # a hub made before it
    with psycopg.connect(url) as conn:
        assert hub_clock.exchange(conn, now_utc) is None
        assert conn.execute("SELECT 1").fetchone() == (1,)
