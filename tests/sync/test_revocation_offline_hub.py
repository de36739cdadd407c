"""A revocation signed without a hub (`mornings desk revoke`) reaches the hub when the organisation
has one: the next round of a desk that holds it offers it (`offer_revocations`, hub schema 7), the
hub hands it to every desk, and a later `hub revoke-desk` is issued after it and is the one in
force (DESIGN §6, "Incarnations and revocation") — real PostgreSQL, real bundles."""

from __future__ import annotations

import json
from datetime import datetime

import psycopg
import pytest

from mornings_desktop.store.schema_trust import RevocationRow
from mornings_desktop.sync import bundle, client, credentials, desk_revoke, hub_desks
from mornings_desktop.sync.revocation_check import in_force
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_lifecycle import Site

admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site

pytestmark = pytest.mark.pg


def _hub_revocations(hub: str, desk_id: str) -> list[tuple[str, str, str | None]]:
    with psycopg.connect(hub) as conn:
        rows = conn.execute(
            "SELECT digest, issued, login FROM mornings.revocations WHERE desk_id = %s "
            "ORDER BY issued",
            (desk_id,),
        ).fetchall()
    return [(str(d), str(i), None if login is None else str(login)) for d, i, login in rows]


def test_a_revocation_made_without_a_hub_reaches_the_hub_and_a_later_one_wins(site: Site) -> None:
    door, other = site.join("Door"), site.join("Other")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    site.sync(site.office)

    # The organiser's computer that holds the organisation key has no hub login: it learns the
    # door's work by bundle and revokes it there.
    stick = site.tmp / "office.mornings-bundle"
    bundle.export_bundle(site.office, stick)
    bundle.import_bundle(site.admin, stick)
    revoked = desk_revoke.revoke(site.admin, "Door")
    assert revoked.signed == 1 and revoked.incarnations[0].kept_seq >= 1
    with site.admin.db.read() as session:
        [offline] = [r.digest for r in session.query(RevocationRow).all()]

    # The thief keeps admitting and syncing.
    site.admit(door, 1)
    site.sync(door)
    assert site.admitted(site.office) == {0}  # not yet: nothing on the hub says so
    site.sync(site.office)
    assert site.admitted(site.office) == {0, 1}

    # The organiser's bundle reaches the office desk; its next round offers the revocation.
    carried = site.tmp / "admin.mornings-bundle"
    bundle.export_bundle(site.admin, carried)
    bundle.import_bundle(site.office, carried)
    assert site.admitted(site.office) == {0}
    site.sync(site.office)
    on_hub = _hub_revocations(site.hub, door.desk_id)
    assert [d for d, _, _ in on_hub] == [offline] and on_hub[0][2] is not None
    # A desk that never saw a bundle gets it from the hub and refuses the thief's admission.
    site.sync(other)
    assert site.admitted(other) == {0}

    # A hostile login offers a record stamped far ahead: it is stored (the hub does not verify)
    # but no desk takes it, and it does not push the next revocation's time.
    url = credentials.complete_url(str(door.meta(client.HUB_URL)))
    junk = {"body": json.dumps({"desk_id": door.desk_id, "issued": "9999-12-31T23:59:59Z"}),
            "sig": "AAAA"}  # fmt: skip
    with psycopg.connect(url) as conn:
        conn.execute("SELECT mornings.offer_revocations(%s::jsonb)", (json.dumps([junk]),))

    # Later the organisation revokes it on the hub too: that one is issued after, and in force.
    # (With the same cut-off: what the hub received from the thief after it is set aside there.)
    until = datetime.fromisoformat(revoked.until)
    done = hub_desks.revoke_desk(site.hub, "Door", until, org_id=site.admin.org_id)
    assert done.signed == 1 and done.set_aside >= 1
    rows = [r for r in _hub_revocations(site.hub, door.desk_id) if r[2] is None]
    assert len(rows) == 1 and rows[0][1] > on_hub[0][1] and rows[0][1] < "9999"
    site.sync(other)
    with other.db.read() as session:
        current = in_force(session)[(other.org_id, door.desk_id)]
    assert current.issued == rows[0][1]
    assert site.admitted(other) == {0}


def test_a_desk_login_cannot_fill_the_hub_with_revocations(site: Site) -> None:
    """What a desk offers is stored up to its share only: the revocations no desk can verify
    take at most `REVOCATIONS_PER_LOGIN` rows (and few large ones), then nothing more."""
    from mornings_desktop.sync.hub_desks_sql import (
        LARGE_REVOCATIONS_PER_LOGIN,
        MAX_REVOCATION_CHARS,
        REVOCATIONS_PER_LOGIN,
    )

    door = site.join("Door")
    url = credentials.complete_url(str(door.meta(client.HUB_URL)))

    def junk(k: int, pad: int = 0) -> dict[str, str]:
        body = {"desk_id": "x", "issued": "2026-11-30T10:00:00Z", "k": k, "pad": "p" * pad}
        return {"body": json.dumps(body), "sig": "AAAA"}

    stored = 0
    with psycopg.connect(url) as conn:
        large = [junk(k, 5000) for k in range(LARGE_REVOCATIONS_PER_LOGIN + 3)]
        row = conn.execute("SELECT mornings.offer_revocations(%s::jsonb)", (json.dumps(large),))
        stored += int(row.fetchone()[0])  # type: ignore[index]
        assert stored == LARGE_REVOCATIONS_PER_LOGIN
        huge = [junk(-1, MAX_REVOCATION_CHARS), {"body": "[[[[", "sig": "A"}, {"body": 1}]
        row = conn.execute("SELECT mornings.offer_revocations(%s::jsonb)", (json.dumps(huge),))
        assert int(row.fetchone()[0]) == 0  # type: ignore[index]
        for start in range(0, REVOCATIONS_PER_LOGIN + 100, 100):
            batch = [junk(k) for k in range(start, start + 100)]
            row = conn.execute("SELECT mornings.offer_revocations(%s::jsonb)", (json.dumps(batch),))
            stored += int(row.fetchone()[0])  # type: ignore[index]
        conn.commit()
        with pytest.raises(psycopg.DatabaseError, match="at most 100 revocations"):
            conn.execute(
                "SELECT mornings.offer_revocations(%s::jsonb)",
                (json.dumps([junk(k) for k in range(101)]),),
            )
    assert stored == REVOCATIONS_PER_LOGIN
    with psycopg.connect(site.hub) as conn:
        count = conn.execute("SELECT count(*) FROM mornings.revocations").fetchone()
    assert count is not None and count[0] == REVOCATIONS_PER_LOGIN
    # Desks take none of them, and still sync.
    site.sync(door)
    with door.db.read() as session:
        assert in_force(session) == {}
