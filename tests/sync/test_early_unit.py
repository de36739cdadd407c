"""`early.py`'s own rules, read directly against a real hub (real PostgreSQL): when a first pass
is wanted, the hub scanned page after page, the pass run from `EARLY_MIN` rows on (not below), and
the pending history cleared once read to its end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.meta_keys import HISTORY_PENDING
from mornings_desktop.sync import admission, client, early, hub_admin
from mornings_desktop.sync.verify_pool import VerifyPool
from tests.sync.test_faults import _work

MakeDesk = Callable[..., Workspace]


def _hub_seqs(hub: str) -> list[int]:
    with psycopg.connect(hub) as conn:
        return [int(s) for (s,) in conn.execute("SELECT hub_seq FROM mornings.ops ORDER BY 1")]


def _filled(hub: str, make_desk: MakeDesk) -> list[int]:
    a = make_desk("Accueil 1")
    _work(a, 7, "early")
    client.sync_round(a, hub_admin.add_desk(hub, "A").url)
    return _hub_seqs(hub)


def test_a_first_pass_is_wanted_on_a_first_pull_until_it_ran(make_desk: MakeDesk) -> None:
    ws = make_desk("Porte")
    assert early.wanted(ws, "hub", 0)
    assert not early.wanted(ws, "hub", 5)  # pulled from this hub before
    with ws.db.write() as session:
        meta.put(session, HISTORY_PENDING, "hub")
    assert not early.wanted(ws, "hub", 0)  # ran: the history follows
    assert early.wanted(ws, "another-hub", 0)
    early.history_done(ws)
    assert ws.meta(HISTORY_PENDING) is None


def test_history_done_with_nothing_pending_writes_nothing(
    make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = make_desk("Porte")

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("nothing to write")

    monkeypatch.setattr(ws.db, "write", refuse)
    early.history_done(ws)


def test_the_hub_is_scanned_page_after_page(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    seqs = _filled(hub, make_desk)
    assert len(seqs) > 3 and len(seqs) % 3
    monkeypatch.setattr(early, "SCAN_PAGE", 3)
    url = hub_admin.add_desk(hub, "B").url
    with psycopg.connect(url) as conn:
        refs = early._scan(conn)
    assert refs is not None and [r.hub_seq for r in refs] == seqs


def test_the_first_pass_runs_from_early_min_rows(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    seqs = _filled(hub, make_desk)
    door = make_desk("Porte")
    url = hub_admin.add_desk(hub, "B").url
    with door.db.read() as session:
        lookup = admission.certificate_lookup(session)
    with psycopg.connect(url) as conn, VerifyPool() as pool:
        monkeypatch.setattr(early, "EARLY_MIN", len(seqs) + 1)
        assert early.run(door, conn, "hub", lookup, pool, None) is None
        assert door.meta(HISTORY_PENDING) is None
        monkeypatch.setattr(early, "EARLY_MIN", len(seqs))
        monkeypatch.setattr(early, "FETCH_ROWS", 0)  # each run of chosen rows one statement
        ran = early.run(door, conn, "hub", lookup, pool, None)
    # The hub's certificates were not taken here (a pull takes them first): what it chose (the
    # other desk's announcement) waits for its desk's certificate.
    assert ran is not None and (ran.total, ran.chosen) == (len(seqs), 1)
    assert (ran.applied, ran.quarantined, ran.fresh) == (0, 1, [])
    assert door.meta(HISTORY_PENDING) == "hub"
