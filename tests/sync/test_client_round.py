"""What a round does against a real hub, step by step (`sync/client.sync_round`): the healing
against the hub's marks only on a hub that keeps them (schema 5 on), the scrub and the refused
relay only in a round that pushes, and the listeners told of what the round applied, once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin, hub_schema, hub_wire, refused_relay
from tests.sync.test_faults import _work

MakeDesk = Callable[..., Workspace]


def _calls(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[tuple[Any, ...]]:
    """Record each call of `module.name`, which still runs."""
    real = getattr(module, name)
    seen: list[tuple[Any, ...]] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return seen


def test_a_round_heals_against_the_marks_only_of_a_hub_that_keeps_them(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = make_desk("Accueil 1")
    url = hub_admin.add_desk(hub, "A").url
    healed = _calls(monkeypatch, client, "_heal")
    real_info = hub_schema.read_info
    version: list[int | None] = [None]

    def read_info(conn: Any) -> hub_schema.HubInfo:
        info = real_info(conn)
        return info if version[0] is None else dataclasses.replace(info, schema_version=version[0])

    monkeypatch.setattr(hub_schema, "read_info", read_info)
    client.sync_round(a, url)
    assert len(healed) == 1  # this hub's own schema (8)
    version[0] = 5  # the first schema with marks
    client.sync_round(a, url)
    assert len(healed) == 2
    version[0] = 4  # before marks: the round does without
    client.sync_round(a, url)
    assert len(healed) == 2


def test_only_a_round_that_pushes_scrubs_and_relays(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = make_desk("Accueil 1")
    url = hub_admin.add_desk(hub, "A").url
    scrubbed = _calls(monkeypatch, hub_wire, "scrub")
    relayed = _calls(monkeypatch, refused_relay, "relay")
    client.sync_round(a, url, push=False)
    assert not scrubbed and not relayed
    client.sync_round(a, url)
    assert len(scrubbed) == 1 and len(relayed) == 1


def test_the_listeners_hear_what_a_round_applied_and_nothing_of_an_idle_one(
    hub: str, make_desk: MakeDesk
) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    _work(a, 3, "told")
    client.sync_round(a, hub_admin.add_desk(hub, "A").url)
    heard: list[list[Op]] = []
    b.subscribe(heard.append)
    url_b = hub_admin.add_desk(hub, "B").url
    result = client.sync_round(b, url_b)
    assert result.fresh_ops and heard == [result.fresh_ops]
    titles = {op.payload.get("fields", {}).get("title") for op in heard[0]}
    assert {"told 0", "told 1", "told 2"} <= titles
    client.sync_round(b, url_b)  # nothing new: nobody told
    assert len(heard) == 1


def test_the_kept_hub_connection_is_opened_again_once_closed(hub: str) -> None:
    kept = client.HubConnection(hub_admin.add_desk(hub, "A").url)
    first = kept.get()
    assert kept.get() is first  # kept between rounds
    first.close()
    again = kept.get()
    assert again is not first and not again.closed
    assert again.execute("SELECT 1").fetchone() == (1,)
    kept.close()
