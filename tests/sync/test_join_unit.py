"""Taking the organisation's identity (`join.adopt`, `check_can_adopt`), in process: the same
organisation with a new ticket key, another organisation on an empty database, and a database
that already holds another organisation's data (refused, nothing changed)."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from mornings_desktop.errors import UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import admission, join
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate, issue_certificate

MakeDesk = Callable[..., Workspace]


def test_the_same_organisation_takes_only_a_new_ticket_key(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    org, key = ws.org_id, ws.ticket_key.hex()
    assert join.adopt(ws, join.Identity(org, key)) is False
    fresh = secrets.token_bytes(32).hex()
    assert join.adopt(ws, join.Identity(org, fresh)) is True
    assert (ws.org_id, ws.ticket_key.hex()) == (org, fresh)
    join.check_can_adopt(ws, org)  # its own organisation: never refused


def test_an_empty_database_takes_another_organisation(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    other, key = str(uuid.uuid4()), secrets.token_bytes(32).hex()
    join.check_can_adopt(ws, other)  # only its own desk's announcement: no data of its own
    assert join.adopt(ws, join.Identity(other, key)) is True
    assert (ws.org_id, ws.ticket_key.hex()) == (other, key)


def test_a_database_with_data_of_its_own_refuses_another_organisation(
    make_desk: MakeDesk,
) -> None:
    ws = make_desk("Accueil 1")
    mornings.create(ws, mornings.MorningInput(title="A", date="2026-12-10"))
    org, key = ws.org_id, ws.ticket_key.hex()
    other = str(uuid.uuid4())
    with pytest.raises(UserError, match="already holds data of another organisation"):
        join.check_can_adopt(ws, other)
    with pytest.raises(UserError, match="already holds data of another organisation"):
        join.adopt(ws, join.Identity(other, secrets.token_bytes(32).hex()))
    assert (ws.org_id, ws.ticket_key.hex()) == (org, key)


def test_another_organisation_taken_without_its_key_keeps_no_stale_key(
    make_desk: MakeDesk,
) -> None:
    """An empty database that takes another organisation whose key this computer does not hold
    keeps no organisation key at all until a join file or signed records bring it — not its
    former organisation's, which this computer holds and could certify anyone with."""
    ws = make_desk("Accueil 1")
    old_key = signing.org_key(ws.org_id)
    assert old_key is not None
    other = str(uuid.uuid4())
    assert join.adopt(ws, join.Identity(other, secrets.token_bytes(32).hex())) is True
    assert not ws.meta(signing.ORG_PUBLIC_KEY)
    forged = Certificate(
        other, "intruder", "Intrus", "organiser", keys.public_text(keys.new_key()),
        "2026-12-01T10:00:00Z",
    )  # fmt: skip
    with ws.db.write() as session:
        taken = admission.admit_certificates(
            session, [issue_certificate(old_key, forged).to_json()]
        )
        assert taken == 0
        held = session.execute(select(CertificateRow.desk_id)).scalars().all()
        assert "intruder" not in held
