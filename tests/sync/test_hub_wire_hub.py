"""`hub_wire.scrub` and `hub_wire.take_trust` against a real hub (real PostgreSQL):

- scrub: a person is remembered as scrubbed on a hub only once that hub held their erasure; what
  is remembered is not asked again, and the memory grows person by person;
- take_trust: the certificates and revocations the hub holds and this desk does not, taken in
  one write; revocations only from hub schema 4 on; a round where nothing is new, or only what no
  desk would take, stays a read."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, insert, select

from mornings_desktop.ledger import signing
from mornings_desktop.services import erasure, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema_privacy import ErasureState
from mornings_desktop.store.schema_trust import CertificateRow, RevocationRow
from mornings_desktop.sync import client, hub_admin, hub_wire, pull, revocation_check
from mornings_desktop.trust.certificates import Revocation, issue_revocation
from tests.sync.registered import morning_with_codes

MakeDesk = Callable[..., Workspace]
ISSUED = "2026-12-01T00:00:00Z"


def _erase_one(ws: Workspace, name: str) -> str:
    morning, _codes = morning_with_codes(ws, 0)
    reg = registrations.register_person(ws, morning, {"first_name": name, "email": f"{name}@x.ma"})
    person = registrations.get_registration(ws, reg).person_id
    erasure.erase_person(ws, person)
    return person


def _remembered(ws: Workspace, hub_id: str) -> list[str] | None:
    with ws.db.read() as session:
        text = meta.get(session, hub_wire.scrubbed_key(hub_id))
    return None if text is None else list(json.loads(text))


def _hub_id(ws: Workspace) -> str:
    with ws.db.read() as session:
        found = meta.get(session, pull.HUB_ID)
    assert found is not None
    return found


def _scrub(ws: Workspace, url: str, hub_id: str) -> int:
    with psycopg.connect(url) as conn:
        return hub_wire.scrub(ws, conn, hub_id)


def test_a_person_is_remembered_once_the_hub_held_the_erasure(
    hub: str, make_desk: MakeDesk
) -> None:
    desk = make_desk("Accueil 1")
    url = hub_admin.add_desk(hub, "A").url
    client.sync_round(desk, url)
    hub_id = _hub_id(desk)
    assert _scrub(desk, url, hub_id) == 0 and _remembered(desk, hub_id) is None  # nobody erased

    first = _erase_one(desk, "Salma")
    # The erasure has not reached the hub yet: it scrubs nobody, and nothing is remembered.
    assert _scrub(desk, url, hub_id) == 0
    assert _remembered(desk, hub_id) is None
    client.sync_round(desk, url)  # pushes the erasure, then scrubs
    assert _remembered(desk, hub_id) == [first]
    assert _scrub(desk, url, hub_id) == 0  # remembered: not asked again

    second = _erase_one(desk, "Youssef")
    client.sync_round(desk, url)
    assert _remembered(desk, hub_id) == sorted([first, second])
    assert _scrub(desk, url, hub_id) == 0
    # Forgotten (a restored database): asked again, and the hub answers for both.
    with desk.db.write() as session:
        meta.put(session, hub_wire.scrubbed_key(hub_id), json.dumps([first]))
    assert _scrub(desk, url, hub_id) == 1
    assert _remembered(desk, hub_id) == sorted([first, second])
    # Per hub: another hub's memory is apart.
    assert _scrub(desk, url, "another-hub") == 2
    assert _remembered(desk, "another-hub") == sorted([first, second])


@contextmanager
def _read_only(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse() -> Any:
        raise AssertionError("this round should only read")

    with monkeypatch.context() as m:
        m.setattr(ws.db, "write", refuse)
        yield


def _count(ws: Workspace, table: Any) -> int:
    with ws.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _take(ws: Workspace, url: str, schema: int) -> Any:
    with psycopg.connect(url) as conn:
        return hub_wire.take_trust(ws, conn, schema)


def _offer_revocation(hub: str, org_id: str, revoked: Workspace, key: Any) -> None:
    record = issue_revocation(key, Revocation(org_id, revoked.desk_id, {}, ISSUED))
    with psycopg.connect(hub) as conn:
        conn.execute(
            "INSERT INTO mornings.revocations (digest, desk_id, body, sig, issued) "
            "VALUES (%s, %s, %s, %s, %s)",
            (record.digest, revoked.desk_id, *record.to_json().values(), ISSUED),
        )
        conn.commit()


def test_take_trust_keeps_what_is_new_and_an_idle_round_only_reads(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    url_a, url_b = hub_admin.add_desk(hub, "A").url, hub_admin.add_desk(hub, "B").url
    client.sync_round(a, url_a)
    with _read_only(a, monkeypatch):  # the hub holds only a's own certificate
        assert _take(a, url_a, 8).touched == []
    certificates = _count(a, CertificateRow)

    client.sync_round(b, url_b)  # b's certificate reaches the hub
    _take(a, url_a, 8)
    assert _count(a, CertificateRow) == certificates + 1
    with _read_only(a, monkeypatch):
        _take(a, url_a, 8)

    # A revocation the organisation key signed: taken from hub schema 4 on, not before.
    key = signing.org_key(a.org_id)
    assert key is not None
    _offer_revocation(hub, a.org_id, b, key)
    with _read_only(a, monkeypatch):
        _take(a, url_a, 3)
    assert _count(a, RevocationRow) == 0
    _take(a, url_a, 4)
    assert _count(a, RevocationRow) == 1
    with _read_only(a, monkeypatch):
        _take(a, url_a, 8)


def test_a_revocation_no_desk_takes_leaves_the_round_a_read(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hostile login slips in revocations signed by a desk's own key: one naming another
    organisation is not worth a write; one naming this organisation is kept waiting once (a
    rotation may yet make it good), and the rounds after only read."""
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    url_a = hub_admin.add_desk(hub, "A").url
    client.sync_round(a, url_a)
    forger = signing.desk_key(b.org_id, b.desk_id)
    assert forger is not None
    _offer_revocation(hub, "another-organisation", a, forger)
    with _read_only(a, monkeypatch):
        assert _take(a, url_a, 8).touched == []
    _offer_revocation(hub, a.org_id, a, forger)
    _take(a, url_a, 8)
    with a.db.read() as session:
        assert len(json.loads(meta.get(session, revocation_check.WAITING) or "[]")) == 1
    with _read_only(a, monkeypatch):
        assert _take(a, url_a, 8).touched == []
    assert _count(a, RevocationRow) == 0


def test_more_people_than_the_hub_scrubs_in_one_call(hub: str, make_desk: MakeDesk) -> None:
    """The hub scrubs at most 10,000 people a call: 10,001 erased go in two calls, none left."""
    desk = make_desk("Accueil 1")
    url = hub_admin.add_desk(hub, "A").url
    people = [f"person-{i:05d}" for i in range(10_001)]
    with desk.db.write() as session:
        session.execute(
            insert(ErasureState),
            [
                {"person_id": p, "state": "erased", "at": ISSUED, "desk_id": desk.desk_id,
                 "stamp": f"h|{desk.desk_id}"}
                for p in people
            ],
        )  # fmt: skip
    with psycopg.connect(hub) as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO mornings.erased (person_id, hub_seq) VALUES (%s, 0)",
            [(p,) for p in people],
        )
    assert _scrub(desk, url, "hub") == len(people)
    assert _remembered(desk, "hub") == people
