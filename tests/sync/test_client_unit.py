"""The desk side of a round, read directly (no hub): the back-off between failed rounds, the
idle contact written at most once a minute per hub, a push's progress and its idle contact, and
the healing against the hub's marks (what the hub answers is given by the test)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import client, hub_marks, pull
from mornings_desktop.sync.hub_schema import HubInfo
from mornings_desktop.sync.pull import HUB_ID, LAST_PULL
from mornings_desktop.sync.push import LAST_PUSH, Sent
from mornings_desktop.timeutil import now_iso, to_iso
from tests.sync.test_faults import _work

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


def _sending(stored: int, present: int, calls: list[list[str]]) -> Callable[..., None]:
    """A `send_keys` that hears the hub answer `stored` new and `present` known for each batch
    it is given (and marks nothing pushed: the next read finds the same keys, the loop ends)."""

    def send_keys(
        ws: Workspace, conn: Any, keys: list[str], heard: Callable[[Sent], None], *, batch: int
    ) -> None:
        calls.append(list(keys))
        heard(Sent(stored=stored, present=present))

    return send_keys


def test_a_push_tells_its_progress_as_operations_stored_and_confirmed(
    make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = make_desk("Accueil 1")
    _work(ws, 3, "p")
    calls: list[list[str]] = []
    told: list[tuple[str, int]] = []
    monkeypatch.setattr(client, "send_keys", _sending(2, 2, calls))
    result = client.RoundResult(hub="hub")
    client._push(ws, None, 500, result, lambda stage, n: told.append((stage, n)))  # type: ignore[arg-type]
    assert len(calls) == 1 and calls[0]  # the unsent keys, once (no progress: no second pass)
    # Two new and two already there are four done, even when as many are new as known.
    assert told == [("push", 4)] and (result.pushed, result.confirmed) == (2, 2)


def test_an_idle_push_notes_the_contact_and_a_push_that_sent_leaves_it_to_send_keys(
    make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = make_desk("Accueil 1")
    old = client._minus_seconds(now_iso(), 600)
    calls: list[list[str]] = []
    monkeypatch.setattr(client, "send_keys", _sending(1, 0, calls))
    _work(ws, 1, "sent")
    _put(ws, LAST_PUSH, old)
    client._push(ws, None, 500, client.RoundResult(hub="hub"), None)  # type: ignore[arg-type]
    assert calls and _read(ws, LAST_PUSH) == old  # sent: `send_keys` notes it, not the round

    idle = make_desk("Accueil 2")
    with idle.db.write() as session:  # everything of this desk already on the hub
        session.execute(update(Operation).values(pushed=True))
    _put(idle, LAST_PUSH, old)
    calls.clear()
    client._push(idle, None, 500, client.RoundResult(hub="hub"), None)  # type: ignore[arg-type]
    assert not calls and (_read(idle, LAST_PUSH) or "") > old  # nothing to send: contact noted


def test_the_hub_marks_heal_a_restored_hub_and_only_a_pushing_round_sends_again(
    make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`_heal`: no marks (not a desk login), nothing; marks of a restored hub reset the cursor
    (the round pulls again from 0) and, when the round pushes, what the hub lacks goes again."""
    ws = make_desk("Accueil 1")
    info = HubInfo(org_id="", ticket_key="", hub_id="hub-1", schema_version=8, login="desk")
    marks = object()
    read: list[int] = []
    repushed: list[tuple[object, int]] = []
    restored = [False]

    def read_marks(conn: Any, cursor: int) -> object | None:
        read.append(cursor)
        return marks if cursor else None  # a desk that never pulled: the hub has no marks yet

    monkeypatch.setattr(hub_marks, "read", read_marks)
    monkeypatch.setattr(hub_marks, "renumbered", lambda *a: restored[0])

    def repush(ws: Workspace, conn: Any, hub_id: str, found: object, cursor: int, *a: Any) -> int:
        repushed.append((found, cursor))
        return 3

    monkeypatch.setattr(hub_marks, "repush", repush)
    result = client.RoundResult(hub="hub")
    client._heal(ws, None, info, 100, result, push=True)  # type: ignore[arg-type]
    assert read == [0] and not repushed and result.resent == 0  # no marks: nothing done
    read.clear()
    _put(ws, pull.cursor_key("hub-1"), "42")

    client._heal(ws, None, info, 100, result, push=True)  # type: ignore[arg-type]
    assert repushed == [(marks, 42)] and result.resent == 3 and not result.renumbered

    restored[0] = True
    client._heal(ws, None, info, 100, result, push=True)  # type: ignore[arg-type]
    assert repushed[-1] == (marks, 0) and result.renumbered and result.resent == 6

    client._heal(ws, None, info, 100, result, push=False)
    assert len(repushed) == 2  # a pull-only round sends nothing


def test_an_idle_contact_is_written_again_after_sixty_seconds_not_before(
    make_desk: MakeDesk,
) -> None:
    ws = make_desk("Accueil 1")

    def ago(seconds: float) -> str:
        return to_iso(datetime.now(UTC) - timedelta(seconds=seconds))

    client._touch(ws, LAST_PULL, hub_id="hub-1")
    just_under = ago(59.5)
    _put(ws, LAST_PULL, just_under)
    client._touch(ws, LAST_PULL, hub_id="hub-1")
    assert _read(ws, LAST_PULL) == just_under
    just_over = ago(60.5)
    _put(ws, LAST_PULL, just_over)
    client._touch(ws, LAST_PULL, hub_id="hub-1")
    assert (_read(ws, LAST_PULL) or "") > just_over


def test_a_rounds_result_says_nothing_it_did_not_measure() -> None:
    """A round's result before anything was measured: a clock not said to be off, its new
    operations kept out of its text (thousands of them in a log line), and a status unchangeable."""
    import dataclasses

    result = client.RoundResult(hub="hub")
    assert result.clock_off is False and result.clock_offset_s is None
    counts = {k: v for k, v in result.to_json().items() if isinstance(v, int)}
    assert counts == dict.fromkeys(counts, 0) and len(counts) == 10  # eight counts, two flags
    result.fresh_ops.append(object())  # type: ignore[arg-type]
    assert "fresh_ops" not in repr(result) and "fresh_ops" not in result.to_json()
    assert client.RoundResult(hub="hub").fresh_ops == []  # each result its own list
    status = client.SyncStatus(None, 0, 0, None, None, None)
    defaults = {f.name: getattr(status, f.name) for f in dataclasses.fields(status)}
    counts = {
        k: v
        for k, v in defaults.items()
        if isinstance(v, int) and k not in ("waiting", "quarantined")
    }
    assert counts and set(counts.values()) == {0}, counts  # nothing held, refused or waiting
    with pytest.raises(dataclasses.FrozenInstanceError):
        status.waiting = 1  # type: ignore[misc]
