"""`hub_revocations.py` read directly: the accepted chains up to and including the mark's
instant (no hub), and against a real hub (real PostgreSQL) the revocation in force past a record
that is not one, the signers that count, and a revision: one per desk with a revocation in force
(a desk without one passed over), issued one second after the one it revises."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import psycopg

from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin, hub_revocations
from mornings_desktop.sync.hub_revocations import ChainRow
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Revocation, issue_revocation
from tests.sync.test_faults import _work

MakeDesk = Callable[..., Workspace]
T0 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def test_a_row_received_at_the_marks_instant_is_on_the_chain() -> None:
    rows = [
        ChainRow("d1", "desk", "i1", 1, "", T0),
        ChainRow("d2", "desk", "i1", 2, "d1", T0 + timedelta(seconds=1)),
    ]
    marks, kept = hub_revocations.marks_of(rows, T0 + timedelta(seconds=1))
    assert marks == {"desk": {"i1": (2, "d2")}} and kept == {"d1", "d2"}
    marks, kept = hub_revocations.marks_of(rows, T0)
    assert marks == {"desk": {"i1": (1, "d1")}} and kept == {"d1"}


def test_the_signers_that_count() -> None:
    key, org = keys.new_key(), keys.new_key()
    alone = hub_revocations.trusted_signers("no-such-org", key)
    assert [keys.public_text(k) for k in alone] == [keys.public_text(key.public_key())]
    both = hub_revocations.trusted_signers("no-such-org", key, keys.public_text(org))
    assert [keys.public_text(k) for k in both] == [
        keys.public_text(key.public_key()), keys.public_text(org.public_key()),
    ]  # fmt: skip
    assert len(hub_revocations.trusted_signers("no-such-org", key, "not a key")) == 1


def _store(hub: str, record: Revocation, key: object) -> None:
    signed = issue_revocation(key, record)  # type: ignore[arg-type]
    with psycopg.connect(hub) as conn:
        hub_revocations._store(conn, record, signed)


def _desk_ops(hub: str, desk_id: str) -> list[str]:
    with psycopg.connect(hub) as conn:
        return [
            str(d)
            for (d,) in conn.execute(
                "SELECT digest FROM mornings.ops WHERE desk_id = %s", (desk_id,)
            ).fetchall()
        ]


def test_a_revision_per_desk_in_force_one_second_later(hub: str, make_desk: MakeDesk) -> None:
    desks = sorted((make_desk("Accueil 1"), make_desk("Accueil 2")), key=lambda w: w.desk_id)
    unrevoked, revoked = desks  # the desk without a revocation is read first
    for i, ws in enumerate(desks):
        _work(ws, 2, f"w{i}")
        client.sync_round(ws, hub_admin.add_desk(hub, f"D{i}").url)
    org_id = revoked.org_id
    key = signing.org_key(org_id)
    assert key is not None
    ahead = (datetime.now(UTC) + timedelta(hours=1)).replace(microsecond=0)
    issued = ahead.strftime("%Y-%m-%dT%H:%M:%SZ")
    _store(hub, Revocation(org_id, revoked.desk_id, {}, issued), key)
    with psycopg.connect(hub) as conn:  # newer records that are no revocation: passed over
        for digest, sig in (("f" * 64, "!! not base64"), ("e" * 64, "c2ln")):
            conn.execute(
                "INSERT INTO mornings.revocations (digest, desk_id, body, sig, issued) "
                "VALUES (%s, %s, %s, %s, %s)",
                (digest, revoked.desk_id, "not json", sig, "2027-01-01T00:00:00Z"),
            )
    signers = hub_revocations.trusted_signers(org_id, key)
    digests = _desk_ops(hub, unrevoked.desk_id) + _desk_ops(hub, revoked.desk_id)
    with psycopg.connect(hub) as conn:
        current = hub_revocations.latest(conn, signers, revoked.desk_id)
        assert current is not None and current.issued == issued
        assert hub_revocations.latest(conn, signers, unrevoked.desk_id) is None
        assert hub_revocations.revise(conn, org_id, [], key) == 0
        assert hub_revocations.revise(conn, "no-such-org", digests) == 0  # no key here
        assert hub_revocations.revise(conn, org_id, digests, key) == 1
        revised = hub_revocations.latest(conn, signers, revoked.desk_id)
    assert revised is not None
    assert revised.issued == (ahead + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
