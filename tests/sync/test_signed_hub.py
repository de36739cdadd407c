"""Signed operations through a real hub (DESIGN §6, issues 12 and 16): the hub keeps bodies byte
for byte and the personal blocks in a side table; erasure scrubs the blocks there too, and a desk
that joins afterwards verifies every operation and learns nothing about the erased person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from mornings_desktop.services import checkin, erasure, people
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import bundle, client, hub_admin
from tests.unit.privacy.conftest import EMAIL, FIRST, LAST, PHONE, make_subject
from tests.unit.privacy.test_signed_erasure import REASON, _verify_all

MakeDesk = Callable[..., Workspace]
NEEDLES = (FIRST, LAST, EMAIL, PHONE, "allergie arachides", REASON)


@pytest.fixture
def hub(hub_db: str, make_desk: MakeDesk) -> str:
    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    return hub_db


def _hub_text(admin_url: str) -> str:
    """Every text the hub keeps about operations (as its tables hold it)."""
    with psycopg.connect(admin_url) as conn:
        ops = conn.execute(
            "SELECT coalesce(string_agg(concat_ws(' ', payload, body), ' '), '') FROM mornings.ops"
        ).fetchone()
        blocks = conn.execute(
            "SELECT coalesce(string_agg(block, ' '), '') FROM mornings.personal"
        ).fetchone()
    assert ops is not None and blocks is not None
    return f"{ops[0]} {blocks[0]}"


def _hub_bodies(admin_url: str) -> dict[str, str]:
    with psycopg.connect(admin_url) as conn:
        rows = conn.execute("SELECT digest, body FROM mornings.ops WHERE body IS NOT NULL")
        return {str(d): str(b) for d, b in rows.fetchall()}


def test_erasure_reaches_the_hub_and_a_later_desk_verifies_everything(
    hub: str, make_desk: MakeDesk
) -> None:
    a = make_desk("Accueil 1")
    url_a = hub_admin.add_desk(hub, "A").url
    subject = make_subject(a)
    admitted = [r for r in checkin.history(a, subject.registration_ids[0]) if not r.reverted]
    checkin.revert(a, admitted[0].id, REASON)
    client.sync_round(a, url_a)
    held = _hub_text(hub)
    assert all(n in held for n in NEEDLES)  # in the blocks, beside the bodies
    bodies = _hub_bodies(hub)
    assert not any(n in body for body in bodies.values() for n in NEEDLES)
    with a.db.read() as session:
        mine = {r.digest: r.body for r in session.execute(select(Operation)).scalars()}
    assert all(mine[d] == body for d, body in bodies.items())  # byte for byte, by digest

    erasure.erase_person(a, subject.person_id)
    client.sync_round(a, url_a)
    assert [n for n in NEEDLES if n in _hub_text(hub)] == []
    assert set(bodies) <= set(_hub_bodies(hub))  # no body changed: every signature still holds

    late = make_desk("Accueil tardif")
    url_late = hub_admin.add_desk(hub, "Late").url
    result = client.sync_round(late, url_late)
    assert result.quarantined == 0 and result.applied > 0
    row = people.get_person(late, subject.person_id)
    assert row.erased and row.email == "" and row.first_name == ""
    late.close()
    assert _verify_all(late.path) >= len(bodies)
    data = late.path.read_bytes() + (
        late.path.with_name(late.path.name + "-wal").read_bytes()
        if late.path.with_name(late.path.name + "-wal").exists()
        else b""
    )
    assert [n for n in NEEDLES if n.encode() in data] == []


def test_blocks_pushed_after_the_scrub_are_not_kept(hub: str, make_desk: MakeDesk) -> None:
    """Desk b pushes the person's operations (with their blocks) after the hub was scrubbed."""
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    url_a, url_b = hub_admin.add_desk(hub, "A").url, hub_admin.add_desk(hub, "B").url
    subject = make_subject(b)
    # a learns of the person through a bundle (imported operations are not relayed by a)
    made = bundle.export_bundle(b, b.path.with_name("b.bundle"))
    bundle.import_bundle(a, Path(made.path))
    erasure.erase_person(a, subject.person_id)
    client.sync_round(a, url_a)
    client.sync_round(b, url_b)  # b's own blocks arrive after the scrub: not stored
    assert [n for n in NEEDLES if n in _hub_text(hub)] == []
    assert people.get_person(b, subject.person_id).erased
