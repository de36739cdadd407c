"""The set-based `ingest` answers and stores exactly what the schema-7 one did.

Two hubs of the same organisation, against the real PostgreSQL: the first runs today's `ingest`,
the second the schema-7 function kept in `hub_ingest_v7.sql` (its row-wise `body_matches` check
included). Both get the same batches from desk logins of the same names — genuine signed
operations, forged ones whose body and columns disagree, an op_id hijack relayed first, duplicates
inside a batch and across batches, unsigned rows of another login's desk, malformed rows of every
kind, personal blocks, an erasure, a gap, a flood beyond the quota — and must answer the same,
refuse the same, and end with the same rows in every table.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from mornings_desktop.sync import hub_admin, hub_desks, hub_schema

from .conftest import new_hub_database

REFERENCE = Path(__file__).with_name("hub_ingest_v7.sql")
ORG = str(uuid.UUID(int=7))
SIG = "s" * 86


def _id(n: int) -> str:
    return str(uuid.UUID(int=n))


def _signed(
    desk: str,
    seq: int,
    op_type: str,
    payload: dict[str, Any],
    *,
    op_id: str | None = None,
    inc: str = "inc-1",
    personal: dict[str, Any] | None = None,
    body_over: dict[str, Any] | None = None,
    **wire_over: Any,
) -> dict[str, Any]:
    """A signed operation as a desk pushes it (the hub never checks the signature itself)."""
    op_id = op_id or _id(1000 + seq + (int(desk[-4:], 16) << 8))
    hlc = f"{1764000000000 + seq:013d}-0000-{desk}"
    body = {
        "desk_id": desk,
        "desk_seq": seq,
        "hlc": hlc,
        "inc": inc,
        "op_id": op_id,
        "payload": payload,
        "type": op_type,
    }
    body.update(body_over or {})
    wire: dict[str, Any] = {
        "op_id": op_id,
        "desk_id": desk,
        "desk_seq": seq,
        "hlc": hlc,
        "type": op_type,
        "payload": json.dumps(payload),
        "body": json.dumps(body, sort_keys=True, separators=(",", ":")),
        "sig": SIG,
    }
    if personal is not None:
        wire["personal"] = personal
    wire.update(wire_over)
    return wire


def _unsigned(desk: str, seq: int, op_type: str, payload: Any, **over: Any) -> dict[str, Any]:
    op: dict[str, Any] = {
        "op_id": _id(5000 + seq + (int(desk[-4:], 16) << 8)),
        "desk_id": desk,
        "desk_seq": seq,
        "hlc": f"{1764000000000 + seq:013d}-0000",
        "type": op_type,
        "payload": payload if isinstance(payload, str) else json.dumps(payload),
    }
    op.update(over)
    return op


VICTIM, ATTACKER, LOST = _id(0xAAAA), _id(0xBBBB), _id(0xDDDD)
PERSON = {"id": "p1", "fields": {"first_name": None, "last_name": None}}
PERSON_2 = {"id": "p2", "fields": {"first_name": "Sara", "last_name": "Alaoui", "email": "s@x.ma"}}
GENUINE = _signed(VICTIM, 3, "checkin.created", {"id": "c3"})


def _script() -> list[tuple[str, Any]]:
    """(desk login name, batch) in order; a batch that is not a list tests the refusals."""
    g1 = _signed(VICTIM, 1, "checkin.created", {"id": "c1", "method": "scanner"})
    g2 = _signed(
        VICTIM,
        2,
        "person.created",
        PERSON,
        personal={"p1": {"salt": "x", "fields": {"first_name": "Ali"}}},
    )
    malformed = [
        _unsigned(VICTIM, 40, "desk.announced", {"id": "x"}, desk_seq="40"),
        _unsigned(VICTIM, 41, "desk.announced", {"id": "x"}, op_id="not-a-uuid"),
        {**_unsigned(VICTIM, 42, "desk.announced", {"id": "x"}), "payload": [1, 2]},
        _unsigned(VICTIM, 43, "desk.announced", {"id": "x"}, desk_seq=-1),
        _unsigned(VICTIM, 44, "desk.announced", {"id": "x"}, hlc=None),
        _signed(VICTIM, 45, "checkin.created", {"id": "c45"}, body="{not json"),
        _signed(VICTIM, 46, "checkin.created", {"id": "c46"}, body="[1, 2]"),
        _signed(VICTIM, 47, "checkin.created", {"id": "c47"}, body_over={"op_id": _id(99)}),
        _signed(VICTIM, 48, "checkin.created", {"id": "c48"}, body_over={"desk_seq": 480}),
        _signed(VICTIM, 49, "checkin.created", {"id": "c49"}, body_over={"type": "x.y"}),
        _signed(VICTIM, 50, "checkin.created", {"id": "c50"}, sig="t" * 101),
        _signed(VICTIM, 51, "checkin.created", {"id": "c51"}, sig=None),
        _signed(VICTIM, 52, "checkin.created", {"id": "c52"}, body_over={"hlc": "~~~~"}),
        _signed(VICTIM, 53, "checkin.created", {"id": "c53"}, body="[" * 5000),
        _signed(VICTIM, 54, "checkin.created", {"id": "c54"}, body=7),
    ]
    forged = _signed(
        ATTACKER, 1, "checkin.created", {"id": "forged"}, op_id=GENUINE["op_id"], inc="inc-9"
    )
    return [
        ("Victim", [g1, g2, g2, _unsigned(VICTIM, 20, "desk.announced", {"id": VICTIM})]),
        ("Victim", [*malformed, g1, _signed(VICTIM, 4, "session.created", {"id": "s4"})]),
        # The attacker relays first a forged body under the genuine op_id, genuine relays, and
        # tries unsigned rows under the victim's desk id.
        (
            "Attacker",
            [
                forged,
                g1,
                _signed(VICTIM, 5, "checkin.created", {"id": "c5"}),
                _unsigned(VICTIM, 21, "desk.announced", {"id": "stolen"}),
                _unsigned(ATTACKER, 1, "person.created", PERSON_2),
                _unsigned(
                    ATTACKER, 2, "import.batch", {"people": [PERSON_2, {"id": "p3", "fields": {}}]}
                ),
                forged,
            ],
        ),
        ("Victim", [GENUINE, GENUINE, _signed(VICTIM, 10, "checkin.created", {"id": "gap"})]),
        # Erasures: a signed one of p1, an unsigned one of p2 (its values leave the payloads).
        (
            "Victim",
            [
                _signed(VICTIM, 6, "person.erased", {"id": "p1"}),
                _unsigned(ATTACKER, 3, "person.erased", {"id": "p2"}),
                _unsigned(VICTIM, 22, "person.updated", {"id": "p2", "fields": {"email": "y"}}),
            ],
        ),
        ("Attacker", [_unsigned(ATTACKER, 3, "person.erased", {"id": "p2"})]),
        ("Attacker", [_unsigned(ATTACKER, 4, "person.updated", PERSON_2)]),
        # The erasure of p1 is held: blocks about p1 arriving later are not kept.
        ("#scrub", ["p1", "p2"]),
        ("Victim", [_signed(VICTIM, 7, "person.updated", PERSON, personal={"p1": {"a": 1}})]),
        ("Victim", []),
        ("Victim", {"not": "a list"}),
        ("Flood", [_unsigned(_id(0xCCCC), n, "desk.announced", {"id": n}) for n in range(1, 4)]),
        ("Flood", [_unsigned(_id(0xCCCC), n, "desk.announced", {"id": n}) for n in range(4, 7)]),
        # A lost laptop: revoked, then its later operations relayed by others are set aside, once.
        ("Lost", [_signed(LOST, n, "checkin.created", {"id": f"l{n}"}) for n in (1, 2, 3)]),
        ("#revoke", "Lost"),
        (
            "Victim",
            [
                _signed(LOST, 4, "checkin.created", {"id": "l4"}),
                _signed(LOST, 2, "checkin.created", {"id": "l2"}),
                _signed(VICTIM, 8, "checkin.created", {"id": "c8"}),
                _signed(LOST, 5, "checkin.created", {"id": "l5"}),
                _unsigned(LOST, 6, "desk.announced", {"id": "l6"}),
            ],
        ),
        ("Attacker", [_signed(LOST, 4, "checkin.created", {"id": "l4"})]),
    ]


TABLES = {
    "ops": "SELECT o.hub_seq, o.op_id, o.desk_id, o.desk_seq, o.hlc, o.type, o.payload, o.body,"
    " o.sig, o.digest, o.inc, o.fold, l.desk_name FROM mornings.ops o"
    " JOIN mornings.logins l ON l.login = o.login ORDER BY o.hub_seq",
    "personal": "SELECT digest, subject, block FROM mornings.personal ORDER BY 1, 2",
    "op_people": "SELECT person_id, hub_seq FROM mornings.op_people ORDER BY 1, 2",
    "erased": "SELECT person_id, hub_seq FROM mornings.erased ORDER BY 1",
    "desk_claims": "SELECT c.desk_id, l.desk_name FROM mornings.desk_claims c"
    " JOIN mornings.logins l ON l.login = c.login ORDER BY 1",
    "inc_marks": "SELECT desk_id, inc, mark, above FROM mornings.inc_marks ORDER BY 1, 2",
    "quota_use": "SELECT l.desk_name, q.ops FROM mornings.quota_use q"
    " JOIN mornings.logins l ON l.login = q.login ORDER BY 1",
    "scrubbed": "SELECT subject FROM mornings.scrubbed ORDER BY 1",
    "revoked_desks": "SELECT desk_id FROM mornings.revoked_desks ORDER BY 1",
    # The set-aside row as `mornings.ops` would have held it (its login named by desk name; the
    # time of its transaction differs between the hubs, it is only required there).
    "revoked_ops": "SELECT v.hub_seq, l.desk_name, v.op - 'login' - 'received_at',"
    " (SELECT x.desk_name FROM mornings.logins x WHERE x.login = v.op ->> 'login'),"
    " (v.op ->> 'received_at')::timestamptz <= now() FROM mornings.revoked_ops v"
    " JOIN mornings.logins l ON l.login = v.login ORDER BY 1",
}


class Hub:
    def __init__(self, admin: str, *, reference: bool) -> None:
        self.admin = admin
        hub_admin.init_hub(admin, ORG, "ab" * 32)
        if reference:
            with psycopg.connect(admin) as conn:
                owner = hub_admin.owner_role(conn)
                conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(owner)))
                conn.execute(REFERENCE.read_text().encode())
        self.urls = {
            name: hub_admin.add_desk(admin, name, hourly_quota=4 if name == "Flood" else None).url
            for name in ("Victim", "Attacker", "Flood", "Lost")
        }

    def ingest(self, name: str, batch: Any) -> tuple[str, Any]:
        """The answer rows, or the refusal's SQLSTATE and sentence (its template: the hub's
        address differs)."""
        with psycopg.connect(self.urls[name]) as conn:
            try:
                rows = conn.execute(
                    "SELECT op_id, status, reason FROM mornings.ingest(%s::jsonb)",
                    (json.dumps(batch),),
                ).fetchall()
            except psycopg.Error as exc:
                explained = hub_schema.explain_connect_error(self.urls[name], exc)
                return "refused", (exc.sqlstate, explained.template)
            conn.commit()
            return "answered", rows

    def scrub(self, ids: list[str]) -> list[Any]:
        with psycopg.connect(self.urls["Victim"]) as conn:
            return conn.execute("SELECT subject FROM mornings.scrub(%s)", (ids,)).fetchall()

    def tables(self) -> dict[str, list[tuple[Any, ...]]]:
        with psycopg.connect(self.admin) as conn:
            return {name: conn.execute(query).fetchall() for name, query in TABLES.items()}


@pytest.fixture
def hubs(hub_db: str, pg_admin_url: str) -> Iterator[tuple[Hub, Hub]]:
    other, drop = new_hub_database(pg_admin_url)
    try:
        yield Hub(hub_db, reference=False), Hub(other, reference=True)
    finally:
        drop()


def test_the_reference_is_the_schema_7_function(hubs: tuple[Hub, Hub]) -> None:
    """The second hub really runs the old text (else the comparison below proves nothing)."""
    new, old = hubs
    query = "SELECT prosrc FROM pg_proc WHERE proname = 'ingest'"
    with psycopg.connect(new.admin) as a, psycopg.connect(old.admin) as b:
        mine, theirs = a.execute(query).fetchone(), b.execute(query).fetchone()
    assert mine is not None and theirs is not None
    assert "body_matches" in theirs[0] and "body_matches" not in mine[0]


def test_a_mixed_batch_is_ingested_exactly_as_schema_7_did(hubs: tuple[Hub, Hub]) -> None:
    new, old = hubs
    statuses: list[str] = []
    refusals: list[str] = []
    for step, (name, batch) in enumerate(_script()):
        if name == "#scrub":
            assert new.scrub(batch) == old.scrub(batch) != []
            continue
        if name == "#revoke":
            for hub in hubs:
                hub_desks.revoke_desk(hub.admin, batch)
            assert new.tables() == old.tables(), f"after revoking {batch}"
            continue
        got, expected = new.ingest(name, batch), old.ingest(name, batch)
        assert got == expected, f"batch {step} of {name}"
        if got[0] == "answered":
            statuses += [str(r[1]) for r in got[1]]
        else:
            refusals.append(got[1][0])
        assert new.tables() == old.tables(), f"after batch {step} of {name}"
    # The script reaches every branch: stored, present, refused (malformed and foreign), the
    # quota, a hijacked op_id stored twice (forged and genuine), an erasure and its redaction.
    assert {"stored", "present", "refused"} <= set(statuses)
    assert refusals == ["MH002", "MH004"]
    tables = new.tables()
    assert [r[1] for r in tables["ops"]].count(GENUINE["op_id"]) == 2
    assert {r[0] for r in tables["erased"]} == {"p1", "p2"}
    assert not any("Sara" in str(r[6]) for r in tables["ops"])
    assert any(r[3] > 0 for r in tables["inc_marks"])  # the gap
    # Set aside once each: l4 (relayed twice) and l5; the unsigned l6 is refused (another login's
    # desk id), l2 was held already.
    aside = [r[2]["desk_seq"] for r in tables["revoked_ops"] if r[2]["desk_id"] == LOST]
    assert aside.count(4) == aside.count(5) == 1 and 6 not in aside


def test_hub_init_brings_a_schema_7_hub_to_8(hub_db: str) -> None:
    """An existing hub of schema 7 (its row-wise ingest and its trigger) is upgraded the usual
    way, by `hub init` again: admin commands ask for it first, nothing held is lost."""
    hub = Hub(hub_db, reference=True)
    with psycopg.connect(hub_db) as conn:
        conn.execute("UPDATE mornings.meta SET value = '7' WHERE key = 'schema_version'")
    first = [_signed(VICTIM, n, "checkin.created", {"id": f"u{n}"}) for n in (1, 2)]
    assert [r[1] for r in hub.ingest("Victim", first)[1]] == ["stored", "stored"]
    before = hub.tables()
    with psycopg.connect(hub_db) as conn, pytest.raises(hub_schema.HubError, match="older"):
        hub_admin.require_current_hub(conn)

    hub_admin.init_hub(hub_db, ORG, "ab" * 32)

    with psycopg.connect(hub_db) as conn:
        assert hub_admin.require_current_hub(conn)["schema_version"] == "8"
        found = conn.execute(
            "SELECT p.proname, p.prosrc FROM pg_proc p JOIN pg_namespace n"
            " ON n.oid = p.pronamespace WHERE n.nspname = 'mornings'"
        ).fetchall()
        triggers = conn.execute(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'mornings.ops'::regclass"
            " AND NOT tgisinternal"
        ).fetchall()
        index = conn.execute("SELECT to_regclass('mornings.revoked_ops_digest')").fetchone()
    names = {str(r[0]) for r in found}
    assert "body_matches" not in names and "refuse_revoked" not in names
    sources = {str(r[0]): str(r[1]) for r in found}
    assert "body_matches" not in sources["ingest"] and triggers == []
    assert index is not None and index[0] is not None
    assert hub.tables() == before
    again = [*first, _signed(VICTIM, 3, "checkin.created", {"id": "u3"})]
    assert [r[1] for r in hub.ingest("Victim", again)[1]] == ["present", "present", "stored"]
