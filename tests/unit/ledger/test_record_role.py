"""A desk records only what its role may (DESIGN §6 role table), from its certificates: the
ledger refuses the rest before writing (`ledger.record`/`append`), as every other desk would."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from mornings_desktop.errors import ValidationError
from mornings_desktop.ledger import signing
from mornings_desktop.services import desk_role, mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate, issue_certificate


def _ops(ws: Workspace) -> int:
    with ws.db.read() as session:
        return int(session.execute(select(func.count()).select_from(Operation)).scalar_one())


def _certify_door(ws: Workspace) -> None:
    """This desk certified as a door desk, for a key this computer no longer holds."""
    org_key = signing.org_key(ws.org_id)
    assert org_key is not None
    lost = keys.public_text(keys.new_key())
    cert = Certificate(ws.org_id, ws.desk_id, "Porte", "door", lost, "2026-12-01T08:00:00Z")
    with ws.db.write() as session:
        signing.store_certificate(session, cert, issue_certificate(org_key, cert))


def test_an_organiser_desk_records_a_morning(ws: Workspace) -> None:
    mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))


def test_a_door_desk_whose_key_was_made_again_stays_a_door_desk(ws: Workspace) -> None:
    """Its key lost (a new keyring) and made again: its new key has no certificate of its own,
    yet the desk is a door desk — it may not create a Morning, here as everywhere."""
    _certify_door(ws)
    before = _ops(ws)
    with pytest.raises(ValidationError, match="door desk"):
        mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    assert _ops(ws) == before
    # What a door desk may record it still does: a walk-in of its own.
    ws.record("person.created", {"id": f"{ws.desk_id}/p1", "fields": {"first_name": "Sara"}})
    assert _ops(ws) == before + 1


def test_a_laptop_set_as_a_door_desk_records_as_one(ws: Workspace) -> None:
    """This laptop's own setting (`privacy role door`, a door join) makes it a door desk for its
    records too, whatever certificate it holds (the window's role gate reads the same)."""
    desk_role.set_passphrase(ws, "rose des sables")
    desk_role.set_desk_role(ws, "door")
    before = _ops(ws)
    with pytest.raises(ValidationError, match="door desk"):
        mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    assert _ops(ws) == before
