"""Taking the organisation's identity (`join.adopt`, `check_can_adopt`), in process: the same
organisation with a new ticket key, another organisation on an empty database, and a database
that already holds another organisation's data (refused, nothing changed)."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from pathlib import Path

import keyring
import pytest
from keyring.backends import null
from sqlalchemy import select

from mornings_desktop.errors import UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import admission, client, join
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate, issue_certificate
from tests.sync.file_keyring import FileKeyring

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


URL = "postgresql://hub_desk_porte:s3cret@127.0.0.1:5432/hub?sslmode=disable"


@pytest.mark.parametrize(("remember", "usable"), [(True, True), (False, True), (True, False)])
def test_configure_keeps_the_address_and_the_password_only_where_it_can(
    make_desk: MakeDesk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    remember: bool,
    usable: bool,
) -> None:
    """The hub's address (without its password) is always kept; the password goes to the keyring
    when asked to and there is one; `False` says it could not be kept (no keyring): the person
    then gives it with each round."""
    store = tmp_path / "keyring.json"
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(store))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring() if usable else null.Keyring())  # type: ignore[no-untyped-call]
    try:
        ws = make_desk("Porte")
        assert join.configure(ws, URL, remember=remember) is (usable or not remember)
        assert ws.meta(client.HUB_URL) == URL.replace(":s3cret", "")
        kept = store.exists() and "s3cret" in store.read_text()
        assert kept is (remember and usable)
    finally:
        keyring.set_keyring(before)
