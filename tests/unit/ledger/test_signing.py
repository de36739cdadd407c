"""`signing` piece by piece: the person at the desk, where desk keys are kept (keyring, locked
keyring, the owner-only file), the keys read once per process, the database's incarnation, the
desk's certificate and role, and strings in NFC."""

from __future__ import annotations

import dataclasses
import getpass
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import select, text

from mornings_desktop.ledger import org_key_store, passphrase_source, signing
from mornings_desktop.store import meta
from mornings_desktop.store.database import Database
from mornings_desktop.store.meta_keys import DESK_ROLE
from mornings_desktop.store.schema import Desk
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate, issue_certificate
from tests.unit.trust.test_keys import LockedKeyring, MemoryKeyring

pytestmark = pytest.mark.usefixtures("fresh_keys")


class Backends(list[object]):
    """`backend.append(X)` installs keyring backend X for the rest of the test."""

    def append(self, item: object) -> None:
        keyring.set_keyring(item)  # type: ignore[arg-type]
        super().append(item)


@pytest.fixture
def backend() -> Iterator[Backends]:
    before = keyring.get_keyring()
    yield Backends()
    keyring.set_keyring(before)


def test_the_person_at_the_desk_is_one_printable_line_of_200_characters_at_most() -> None:
    assert signing.clean_operator("  Amina \t\n Alaoui ") == "Amina Alaoui"
    assert signing.clean_operator("Ame\u0301lie\x07") == unicodedata.normalize("NFC", "Amélie")
    assert signing.clean_operator("x" * 250) == "x" * 200
    assert signing.clean_operator(None) == ""


def test_the_default_operator_is_the_user_name_or_desk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: " amina ")
    assert signing.default_operator() == "amina"
    monkeypatch.setattr(getpass, "getuser", lambda: "\x00")
    assert signing.default_operator() == "desk"

    def no_user() -> str:
        raise KeyError("no such user")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert signing.default_operator() == "desk"


def test_desk_keys_go_to_the_keyring_when_there_is_one(backend: Backends) -> None:
    memory = MemoryKeyring()
    backend.append(memory)
    key = keys.new_key()
    assert signing._location() == "keyring"
    signing.keep_desk_key("org", "d1", key)
    assert memory.entries[(keys.SERVICE, keys.entry_name("org", "d1"))] == keys.private_text(key)
    assert not org_key_store.plain_entries()
    signing._cache.clear()
    found = signing.desk_key("org", "d1")
    assert found is not None and keys.private_text(found) == keys.private_text(key)
    assert signing.desk_key("org", "d2") is None


def test_without_a_keyring_desk_keys_go_to_the_owner_only_file(backend: Backends) -> None:
    backend.append(FailKeyring())
    assert signing._location() == str(org_key_store.plain_file())
    key = keys.new_key()
    signing.keep_desk_key("org", "d1", key)
    assert org_key_store.plain_entries() == {keys.entry_name("org", "d1"): keys.private_text(key)}
    signing._cache.clear()
    found = signing.desk_key("org", "d1")
    assert found is not None and keys.private_text(found) == keys.private_text(key)


def test_a_key_kept_in_the_file_is_still_found_once_a_keyring_exists(
    backend: Backends,
) -> None:
    backend.append(FailKeyring())
    key = keys.new_key()
    signing.keep_desk_key("org", "d1", key)
    signing._cache.clear()
    backend.append(MemoryKeyring())  # installed since: empty
    assert signing._read_secret(keys.entry_name("org", "d1")) == keys.private_text(key)
    backend.append(LockedKeyring())  # locked: the file still answers
    assert signing._read_secret(keys.entry_name("org", "d1")) == keys.private_text(key)
    with pytest.raises(keys.KeyringUnavailable, match="password store refused"):
        signing.keep_desk_key("org", "d2", keys.new_key())


def test_rubbish_where_a_key_should_be_is_no_key(backend: Backends) -> None:
    backend.append(FailKeyring())
    org_key_store.write_plain_entries({keys.entry_name("org", "d1"): "not a key"})
    assert signing.desk_key("org", "d1") is None


def test_a_key_is_read_once_per_process(backend: Backends) -> None:
    memory = MemoryKeyring()
    backend.append(memory)
    key = keys.new_key()
    signing.keep_desk_key("org", "d1", key)
    memory.entries.clear()  # gone from the store: the process still holds it
    assert signing.desk_key("org", "d1") is key


def test_the_organisation_key_file_is_opened_once_per_process(
    backend: Backends, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend.append(FailKeyring())
    key = keys.new_key()
    org_key_store.save("org", key)
    asked: list[str] = []

    def source(purpose: passphrase_source.Purpose, path: Path) -> str:
        asked.append(purpose)
        return "test passphrase"

    passphrase_source.set_passphrase_source(source)
    try:
        signing._cache.clear()
        first = signing.org_key("org")
        assert first is not None and keys.private_text(first) == keys.private_text(key)
        assert signing.org_key("org") is first
        assert asked == ["open"]
        assert signing.org_key("other") is None
        assert asked == ["open"]  # no file: nothing asked
    finally:
        passphrase_source.set_passphrase_source(None)


def test_holding_the_organisation_key(backend: Backends) -> None:
    backend.append(MemoryKeyring())
    assert not signing.holds_org_key("org")
    signing._cache[signing.org_entry("org")] = keys.new_key()  # read by this process
    assert signing.holds_org_key("org")
    signing._cache.clear()
    org_key_store.save("org", keys.new_key())  # kept, not read yet
    assert signing.holds_org_key("org")


def test_the_incarnation_is_new_for_a_new_file_and_for_a_copy(db: Database, tmp_path: Path) -> None:
    with db.write() as s:
        first = signing.incarnation(s)
        assert len(first) == 32 and int(first, 16) >= 0
        assert signing.incarnation(s) == first
        assert meta.get(s, signing.INCARNATION_PATH) == str((tmp_path / "db.sqlite3").resolve())
    db.dispose()
    shutil.copy(tmp_path / "db.sqlite3", tmp_path / "copy.sqlite3")
    copy = Database(tmp_path / "copy.sqlite3")
    with copy.write() as s:
        again = signing.incarnation(s)
        assert again != first and len(again) == 32
    copy.dispose()
    assert signing._resolved("") == ""


def _certificates(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as s:
        rows = s.execute(select(CertificateRow.desk_id, CertificateRow.role, CertificateRow.name))
        return sorted((str(a), str(b), str(c)) for a, b, c in rows)


def test_an_organisers_desk_certifies_its_key_once_under_its_name(db: Database) -> None:
    with db.write() as s:
        s.add(Desk(id="other", name="Autre", is_local=False, created_at="x"))
        s.add(Desk(id="d1", name="Accueil " + "x" * 250, is_local=True, created_at="x"))
        signer = signing.signer_for(s, "d1")
        assert signer.role == "organiser" and len(signer.inc) == 32
        assert signing.signer_for(s, "d1").key is signer.key
    certs = _certificates(db)
    assert certs == [("d1", "organiser", ("Accueil " + "x" * 250)[:200])]
    with pytest.raises(dataclasses.FrozenInstanceError):
        signer.role = "door"  # type: ignore[misc]


def test_a_door_stays_a_door(db: Database) -> None:
    with db.write() as s:
        signing.signer_for(s, "d1")
        org_id = meta.get(s, meta.ORG_ID)
        assert org_id is not None
        org = signing.org_key(org_id)
        assert org is not None
        lost = Certificate(
            org_id, "d1", "Porte", "door", keys.public_text(keys.new_key()), "2026-12-01T08:00:00Z"
        )
        signing.store_certificate(s, lost, issue_certificate(org, lost))
        assert signing.signer_for(s, "d1").role == "door"  # a certificate of a lost key says door
        assert signing.signer_for(s, "d2").role == "organiser"
        meta.put(s, DESK_ROLE, "door")
        assert signing.signer_for(s, "d2").role == "door"  # this laptop's own setting


def test_a_joined_desk_without_its_certificate_yet_has_no_role(db: Database) -> None:
    with db.write() as s:
        meta.put(s, meta.ORG_ID, "org-elsewhere")
        meta.put(s, signing.ORG_PUBLIC_KEY, keys.public_text(keys.new_key()))
        signer = signing.signer_for(s, "d1")
    assert signer.role is None and _certificates(db) == []


def test_a_certificate_signed_again_keeps_the_new_signature(db: Database) -> None:
    org = keys.new_key()
    cert = Certificate(
        "org",
        "d1",
        "Accueil",
        "organiser",
        keys.public_text(keys.new_key()),
        "2026-12-01T08:00:00Z",
    )
    first, second = issue_certificate(org, cert), issue_certificate(keys.new_key(), cert)
    with db.write() as s:
        signing.store_certificate(s, cert, first)
        signing.store_certificate(s, cert, first)
        signing.store_certificate(s, cert, second)
    with db.read() as s:
        rows = s.execute(text("SELECT digest, sig FROM certificates")).all()
    import base64

    assert [(d, sig) for d, sig in rows] == [(second.digest, base64.b64encode(second.sig).decode())]


def test_nfc_reaches_every_string() -> None:
    decomposed = "Fe\u0300s"
    composed = unicodedata.normalize("NFC", decomposed)
    value = {decomposed: [decomposed, 1, None, {"k": decomposed}], "ascii": "abc"}
    assert signing.nfc(value) == {composed: [composed, 1, None, {"k": composed}], "ascii": "abc"}
    assert signing.nfc(decomposed) == composed and signing.nfc(3) == 3


def test_a_desk_key_made_again_is_certified_beside_the_lost_ones(
    db: Database, backend: Backends
) -> None:
    memory = MemoryKeyring()
    backend.append(memory)
    with db.write() as s:
        first = signing.signer_for(s, "d1")
    signing._cache.clear()
    lost = keys.entry_name(first.org_id, "d1")
    memory.entries.pop((keys.SERVICE, lost))  # the desk key is lost, the organisation's kept
    with db.write() as s:
        second = signing.signer_for(s, "d1")
    assert keys.public_text(second.key) != keys.public_text(first.key)
    assert second.role == "organiser"
    with db.read() as s:
        named = set(s.execute(select(CertificateRow.public_key)).scalars())
    assert named == {keys.public_text(first.key), keys.public_text(second.key)}


def test_a_bare_database_starts_an_organisation_with_a_256_bit_ticket_key(db: Database) -> None:
    with db.write() as s:
        signer = signing.signer_for(s, "d1")
        ticket_key = meta.get(s, meta.TICKET_KEY)
    assert len(signer.org_id) == 32 and int(signer.org_id, 16) >= 0
    assert ticket_key is not None and len(ticket_key) == 64 and int(ticket_key, 16) >= 0
