"""Poisoned operations, delivered the way an attacker would: a desk login calling the hub's
`mornings.ingest` with raw SQL, or a bundle file written by hand with a recomputed checksum.

Each is refused (kept in quarantine with its reason), the pull cursor moves past it, and the desk
that received it still admits people afterwards.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from mornings_desktop.ledger import hlc
from mornings_desktop.services import checkin, mornings, people, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema_sync import QuarantinedOp
from mornings_desktop.sync import bundle, client, hub_admin

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def hub(hub_db: str, make_desk: MakeDesk) -> str:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    return hub_db


class Victim:
    def __init__(self, hub: str, make_desk: MakeDesk) -> None:
        self.ws = make_desk("Accueil 1")
        self.url = hub_admin.add_desk(hub, "V").url
        self.morning = mornings.create(
            self.ws, mornings.MorningInput(title="Petit-déjeuner", date="2026-12-10")
        )
        self.person_regs: list[str] = []
        client.sync_round(self.ws, self.url)

    def register(self, first: str) -> str:
        reg = registrations.register_person(
            self.ws, self.morning, {"first_name": first, "email": f"{first.lower()}@x.ma"}
        )
        return reg

    def still_admits(self) -> None:
        """A new person registered and admitted by scanning, after the poison."""
        reg = self.register(f"After{uuid.uuid4().hex[:6]}")
        code = registrations.get_registration(self.ws, reg).code
        result = checkin.scan(self.ws, self.morning, code)
        assert result.result == "admitted", result


def _attacker_op(op_type: str, payload: Any, *, stamp: str | None = None) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "desk_id": str(uuid.uuid4()),
        "desk_seq": 1,
        "hlc": stamp or hlc.encode(hlc.wall_ms_now(), 0),
        "type": op_type,
        "payload": payload,
    }


def _push_raw(url: str, entries: list[dict[str, Any]]) -> list[tuple[str, str, str | None]]:
    """What a desk login can do with psql: call the hub's ingest with anything."""
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT op_id, status, reason FROM mornings.ingest(%s::jsonb)", (json.dumps(entries),)
        ).fetchall()
        conn.commit()
    return [(str(a), str(b), c) for a, b, c in rows]


def _hub_max_seq(admin: str) -> int:
    with psycopg.connect(admin) as conn:
        row = conn.execute("SELECT coalesce(max(hub_seq), 0) FROM mornings.ops").fetchone()
    assert row is not None
    return int(row[0])


def _kept(ws: Workspace) -> dict[str, tuple[str, str]]:
    with ws.db.read() as session:
        return {q.op_id: (q.room, q.reason) for q in session.query(QuarantinedOp)}


def _erased_person(victim: Victim) -> str:
    reg = victim.register("Salma")
    person = registrations.get_registration(victim.ws, reg).person_id
    people.erase(victim.ws, person)
    client.sync_round(victim.ws, victim.url)
    return person


POISONS: dict[str, Callable[[Victim], dict[str, Any]]] = {
    "clock": lambda v: _attacker_op(
        "desk.announced", {"id": str(uuid.uuid4()), "name": "x"}, stamp="~zz-poison"
    ),
    "deep_nesting": lambda v: _attacker_op("desk.announced", "[" * 100_000),
    "duplicate_keys": lambda v: _attacker_op(
        "desk.announced", '{"id":"d1","name":"Accueil","name":"Intrus"}'
    ),
    "nan": lambda v: _attacker_op("desk.announced", '{"id":"d1","name":NaN}'),
    "huge_integer": lambda v: _attacker_op(
        "desk.announced", '{"id":"d1","name":"a","n":99999999999999999999}'
    ),
    "infinity": lambda v: _attacker_op("desk.announced", '{"id":"d1","name":1e400}'),
    "nul_character": lambda v: _attacker_op("desk.announced", '{"id":"d1","name":"a\\u0000b"}'),
    "lone_surrogate": lambda v: _attacker_op("desk.announced", '{"id":"d1","name":"\\ud800"}'),
    "oversized_checkin": lambda v: _attacker_op(
        "checkin.created", {"id": "c1", "registration_id": "r", "pad": "x" * 100_000}
    ),
    "erasure_undone": lambda v: _attacker_op(
        "person.updated",
        {"id": _erased_person(v), "fields": {"first_name": "Back", "email": "back@x.ma"}},
        stamp="~~~~",
    ),
}


@pytest.mark.parametrize("poison", sorted(POISONS))
def test_poison_pushed_through_the_hub_is_refused_and_desks_go_on(
    poison: str, hub: str, make_desk: MakeDesk
) -> None:
    victim = Victim(hub, make_desk)
    attacker_url = hub_admin.add_desk(hub, "X").url
    op = POISONS[poison](victim)
    answer = _push_raw(attacker_url, [op])
    assert answer[0][1] == "stored"  # the hub keeps it today: the desks must defend themselves
    client.sync_round(victim.ws, victim.url)  # raised RecursionError / crashed later before
    kept = _kept(victim.ws)
    assert kept[op["op_id"]][0] == "refused" and kept[op["op_id"]][1].startswith("malformed")
    with victim.ws.db.read() as session:
        cursor = meta.get(session, client.cursor_key(hub_schema_id(victim)))
    assert int(cursor or 0) == _hub_max_seq(hub)  # the cursor moved past it
    victim.still_admits()
    again = client.sync_round(victim.ws, victim.url)
    assert again.quarantined == 0
    if poison == "erasure_undone":
        person = op["payload"]["id"]
        row = people.get_person(victim.ws, person)
        assert row.erased and row.first_name == "" and row.email == ""


def hub_schema_id(victim: Victim) -> str:
    with victim.ws.db.read() as session:
        hub_id = meta.get(session, client.HUB_ID)
    assert hub_id
    return hub_id


def _write_bundle(path: Path, ws: Workspace, entries: list[dict[str, Any]]) -> None:
    """A bundle written by hand by a desk of the organisation (`ws`: it holds the bundle key and
    its own desk key, a stolen laptop too): the file passes its checks (sealed, trailer signed by
    that desk), and each operation inside is judged alone."""
    from mornings_desktop.ledger import signing
    from mornings_desktop.sync import bundle_trailer

    nonce = secrets.token_bytes(12)
    header = (
        json.dumps(
            {
                "format": "mornings-bundle",
                "version": 2,
                "org_id": ws.org_id,
                "desk_id": ws.desk_id,
                "created_at": "2026-11-30T10:00:00Z",
                "nonce": nonce.hex(),
            }
        )
        + "\n"
    ).encode()
    lines = [json.dumps(entry).encode() + b"\n" for entry in entries]
    key = signing.desk_key(ws.org_id, ws.desk_id)
    assert key is not None
    with ws.db.read() as session:
        certificate = bundle_trailer.own_certificate(session, ws.org_id, ws.desk_id, key)
    assert certificate is not None
    lines.append(bundle_trailer.trailer_line(header, [x[:-1] for x in lines], key, certificate))
    sealed = ChaCha20Poly1305(bundle.bundle_key(ws)).encrypt(nonce, b"".join(lines), header)
    path.write_bytes(header + sealed)


@pytest.mark.parametrize("poison", sorted(POISONS))
def test_poison_in_a_hand_written_bundle_is_refused_alone(
    poison: str, hub: str, make_desk: MakeDesk, tmp_path: Path
) -> None:
    victim = Victim(hub, make_desk)
    op = POISONS[poison](victim)
    good = _attacker_op("desk.announced", json.dumps({"id": str(uuid.uuid4()), "name": "Ok"}))
    path = tmp_path / "forged.mornings"
    _write_bundle(path, victim.ws, [op, good])
    result = bundle.import_bundle(victim.ws, path)
    assert (result.applied, result.quarantined) == (1, 1)
    assert _kept(victim.ws)[op["op_id"]][0] == "refused"
    victim.still_admits()
    if poison == "erasure_undone":
        row = people.get_person(victim.ws, op["payload"]["id"])
        assert row.erased and row.first_name == ""


def test_edit_stamped_two_hours_ahead_waits_and_does_not_drag_the_clock(
    hub: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = Victim(hub, make_desk)
    reg = victim.register("Nadia")
    person = registrations.get_registration(victim.ws, reg).person_id
    client.sync_round(victim.ws, victim.url)
    attacker_url = hub_admin.add_desk(hub, "X").url
    two_hours = 2 * 3600 * 1000
    ahead = hlc.encode(hlc.wall_ms_now() + two_hours, 0)
    op = _attacker_op(
        "person.updated", {"id": person, "fields": {"first_name": "Later"}}, stamp=ahead
    )
    assert _push_raw(attacker_url, [op])[0][1] == "stored"
    client.sync_round(victim.ws, victim.url)
    assert _kept(victim.ws)[op["op_id"]][0] == "waiting"
    assert people.get_person(victim.ws, person).first_name == "Nadia"
    with victim.ws.db.read() as session:
        clock = meta.get(session, meta.HLC)
    assert clock is not None and hlc.decode(clock)[0] <= hlc.wall_ms_now() + hlc.MAX_AHEAD_MS
    # A local edit now is not beaten by the future one while it waits…
    people.update_person(victim.ws, person, {"first_name": "Now"})
    assert people.get_person(victim.ws, person).first_name == "Now"
    victim.still_admits()
    # …and once its time has come, the next round applies it.
    real = hlc.wall_ms_now
    monkeypatch.setattr(hlc, "wall_ms_now", lambda: real() + two_hours)
    client.sync_round(victim.ws, victim.url)
    assert op["op_id"] not in _kept(victim.ws)
    assert people.get_person(victim.ws, person).first_name == "Later"
