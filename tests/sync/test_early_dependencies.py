"""Operations whose dependencies arrive later (issue 18): a check-in before its registration, a
registration before its person, an edit before the creation.

A joining desk that applies the current Mornings first, and relays that deliver a desk's work in
any order, bring operations before what they name. Nothing of it is lost or wrong: the fold keeps
each fact (`ledger.fold`: no foreign key between folded tables; presence is recomputed from the
set of check-ins whenever a registration or a check-in arrives; field edits win by stamp), so an
early operation is held in its table and takes effect when what it names arrives. Here the hub
numbers desk A's operations in reverse (as a relay or a restored hub may), a desk pulls them one
at a time, and its tables are looked at between each: the check-in is kept before its
registration exists, the registration before its person, the edit before the creation — and at
the end the desk's tables are A's, with or without the current Mornings first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import text

from mornings_desktop.services import mornings, people, registrations
from mornings_desktop.services.checkin import ScanDesk
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, early, hub_admin
from tests.sync.test_join_early import Stop, _stopping_at, join_desk
from tests.sync.test_revocation_desk import folded

MakeDesk = Callable[..., Workspace]


def _reverse_hub_order(hub: str) -> list[str]:
    """Number the hub's operations in reverse (op_people follows); their types, in pull order."""
    with psycopg.connect(hub) as conn:
        top = conn.execute("SELECT max(hub_seq) FROM mornings.ops").fetchone()
        assert top is not None
        shift = int(top[0]) + 1
        for table in ("mornings.ops", "mornings.op_people"):
            conn.execute(f"UPDATE {table} SET hub_seq = -hub_seq")
            conn.execute(f"UPDATE {table} SET hub_seq = %s + hub_seq", (shift,))
        return [r[0] for r in conn.execute("SELECT type FROM mornings.ops ORDER BY hub_seq")]


def _one(ws: Workspace, sql: str, key: str) -> tuple[object, ...] | None:
    with ws.db.read() as session:
        row = session.execute(text(sql), {"k": key}).first()
    return None if row is None else tuple(row)


@pytest.mark.parametrize("first", [False, True], ids=["in-order-pull", "current-first"])
def test_what_arrives_before_what_it_names_is_kept_then_takes_effect(
    hub_db: str, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch, first: bool
) -> None:
    a = make_desk("Office")
    hub_admin.init_hub(hub_db, a.org_id, a.ticket_key.hex())
    morning = mornings.create(a, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    reg = registrations.register_person(
        a, morning, {"first_name": "Salma", "last_name": "Tazi", "email": "s@t.ma"}
    )
    row = registrations.get_registration(a, reg)
    people.update_person(a, row.person_id, {"organisation": "Atlas SARL"})
    assert ScanDesk(a, morning).scan(row.code).result == "admitted"
    client.sync_round(a, hub_admin.add_desk(hub_db, "A").url, pull=False)
    order = _reverse_hub_order(hub_db)
    assert order.index("checkin.created") < order.index("registration.created")
    assert order.index("registration.created") < order.index("person.created")
    assert order.index("person.updated") < order.index("person.created")

    monkeypatch.setattr(early, "EARLY_MIN", 0 if first else 10**9)
    b, url = join_desk(a, hub_db, make_desk, "Door")
    seen: list[str] = []
    for step in range(1, len(order) + 2):
        with contextlib.suppress(Stop):  # one row a round, then a look at the tables
            client.sync_round(b, url, push=False, batch=1, progress=_stopping_at("pull", step))
        checkin = _one(b, "SELECT registration_id FROM checkins WHERE registration_id = :k", reg)
        registration = _one(
            b, "SELECT checked_in_at, person_id FROM registrations WHERE id = :k", reg
        )
        person = _one(b, "SELECT first_name, organisation FROM people WHERE id = :k", row.person_id)
        if checkin and registration is None:
            seen.append("check-in kept, no registration yet")
        if registration and registration[0] is not None:
            seen.append("presence once the registration is in")
        if registration and (person is None or person[0] is None):
            seen.append("registration kept, its person not created yet")
        if person and person[1] == "Atlas SARL" and person[0] is None:
            seen.append("edit kept before the creation")
    assert folded(b) == folded(a)
    if not first:  # one row at a time in the hub's (reversed) order: each state was seen
        assert "check-in kept, no registration yet" in seen
        assert "registration kept, its person not created yet" in seen
        assert "edit kept before the creation" in seen
    assert "presence once the registration is in" in seen
