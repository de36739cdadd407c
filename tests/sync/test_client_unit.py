"""The desk side of a round, read directly (no hub): the back-off between failed rounds, and the
idle contact written at most once a minute per hub."""

from __future__ import annotations

from collections.abc import Callable

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.sync import client
from mornings_desktop.sync.pull import HUB_ID, LAST_PULL
from mornings_desktop.sync.push import LAST_PUSH
from mornings_desktop.timeutil import now_iso

MakeDesk = Callable[..., Workspace]


def test_failed_rounds_back_off_doubling_from_thirty_seconds_to_ten_minutes() -> None:
    waits = [client.wait_backoff(n) for n in range(0, 8)]
    assert waits == [30.0, 30.0, 60.0, 120.0, 240.0, 480.0, 600.0, 600.0]
    assert client.wait_backoff(3, base=10.0, cap=25.0) == 25.0
    assert client.wait_backoff(2, base=10.0) == 20.0


def test_minus_seconds_goes_back_in_time() -> None:
    assert client._minus_seconds("2026-12-01T08:01:00.000000Z", 60) == "2026-12-01T08:00:00.000000Z"


def _read(ws: Workspace, key: str) -> str | None:
    with ws.db.read() as session:
        return meta.get(session, key)


def _put(ws: Workspace, key: str, value: str) -> None:
    with ws.db.write() as session:
        meta.put(session, key, value)


def test_an_idle_contact_is_written_at_most_once_a_minute_per_hub(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    client._touch(ws, LAST_PULL, hub_id="hub-1")
    assert _read(ws, LAST_PULL) is not None and _read(ws, HUB_ID) == "hub-1"

    recent = client._minus_seconds(now_iso(), 30)
    _put(ws, LAST_PULL, recent)
    client._touch(ws, LAST_PULL, hub_id="hub-1")
    assert _read(ws, LAST_PULL) == recent  # half a minute ago: not written again

    client._touch(ws, LAST_PULL, hub_id="hub-2")  # another hub: written, and the hub noted
    assert _read(ws, LAST_PULL) != recent and _read(ws, HUB_ID) == "hub-2"

    old = client._minus_seconds(now_iso(), 90)
    _put(ws, LAST_PULL, old)
    client._touch(ws, LAST_PULL, hub_id="hub-2")
    assert (_read(ws, LAST_PULL) or "") > old  # a minute and a half ago: written again

    _put(ws, LAST_PUSH, recent)
    client._touch(ws, LAST_PUSH)  # no hub named: the known one, left as it is
    assert _read(ws, LAST_PUSH) == recent and _read(ws, HUB_ID) == "hub-2"
    _put(ws, LAST_PUSH, old)
    client._touch(ws, LAST_PUSH)
    assert (_read(ws, LAST_PUSH) or "") > old and _read(ws, HUB_ID) == "hub-2"
