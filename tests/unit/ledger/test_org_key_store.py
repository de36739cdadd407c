"""The organisation key without a keyring: a scrypt-encrypted file, never plain (DESIGN §6 "Keys")."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from mornings_desktop.ledger import org_key_store, signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.trust import keys
from tests.unit.trust.test_keys import MemoryKeyring


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """This computer has no keyring (another test module may have installed the test one)."""
    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(before)


def _forget_keys() -> None:
    signing._cache.clear()  # a new process: nothing read yet


def test_without_a_keyring_the_organisation_key_is_an_encrypted_owner_only_file(
    ws: Workspace, data_dir: Path
) -> None:
    assert not keys.keyring_usable()
    path = org_key_store.key_file(ws.org_id)
    raw = path.read_bytes()
    key = signing.org_key(ws.org_id)
    assert key is not None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.private_text(key).encode() not in raw  # sealed, not written out
    header = json.loads(raw)
    assert (header["kdf"], header["r"], header["p"]) == ("scrypt", 8, 1)
    opened = keys.load_org_key(path, "test passphrase")
    assert keys.private_text(opened) == keys.private_text(key)
    plain = json.loads((data_dir / "private-keys.json").read_text())
    assert not [name for name in plain if name.startswith("org-key/")]  # desk keys only
    with ws.db.read() as session:
        assert meta.get(session, signing.ORG_PUBLIC_KEY) == keys.public_text(key)


def test_a_wrong_passphrase_is_one_sentence(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    _forget_keys()
    monkeypatch.setenv("MORNINGS_ORG_PASSPHRASE", "not the passphrase")
    with pytest.raises(keys.WrongPassphrase) as caught:
        signing.org_key(ws.org_id)
    assert "does not open the key file" in str(caught.value) and "\n" not in str(caught.value)


def test_no_passphrase_at_all_says_how_to_give_it(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forget_keys()
    monkeypatch.delenv("MORNINGS_ORG_PASSPHRASE")
    with pytest.raises(org_key_store.PassphraseNeeded, match="MORNINGS_ORG_PASSPHRASE_FILE"):
        signing.org_key(ws.org_id)


def test_a_plain_key_of_the_previous_build_is_encrypted_at_first_use(
    ws: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = signing.org_key(ws.org_id)
    assert key is not None
    # The previous build: no key file, the organisation key in plain text beside the desk keys.
    org_key_store.key_file(ws.org_id).unlink()
    plain_path = data_dir / "private-keys.json"
    plain = json.loads(plain_path.read_text())
    desk_entries = dict(plain)
    plain[f"org-key/{ws.org_id}"] = keys.private_text(key)
    plain_path.write_text(json.dumps(plain))
    plain_path.chmod(0o600)
    _forget_keys()
    assert org_key_store.needs_migration(ws.org_id)

    monkeypatch.setenv("MORNINGS_ORG_PASSPHRASE", "a new passphrase")
    migrated = signing.org_key(ws.org_id)
    assert migrated is not None and keys.private_text(migrated) == keys.private_text(key)
    assert json.loads(plain_path.read_text()) == desk_entries  # the plain copy is gone
    assert keys.private_text(key).encode() not in plain_path.read_bytes()
    path = org_key_store.key_file(ws.org_id)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.public_text(keys.load_org_key(path, "a new passphrase")) == keys.public_text(key)
    assert not org_key_store.needs_migration(ws.org_id)

    _forget_keys()  # the next process asks the new passphrase
    monkeypatch.setenv("MORNINGS_ORG_PASSPHRASE", "test passphrase")
    with pytest.raises(keys.WrongPassphrase):
        signing.org_key(ws.org_id)


def test_a_passphrase_file_is_read_without_its_line_end(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forget_keys()
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("test passphrase\n")
    monkeypatch.delenv("MORNINGS_ORG_PASSPHRASE")
    monkeypatch.setenv("MORNINGS_ORG_PASSPHRASE_FILE", str(phrase))
    assert signing.org_key(ws.org_id) is not None


def test_keys_kept_before_a_keyring_existed_are_still_found_once_one_does(
    ws: Workspace, data_dir: Path
) -> None:
    """A computer without a keyring keeps the organisation key in its passphrase file and the desk
    key in the owner-only plain file; a keyring installed later (GNOME Keyring after an update)
    does not make the organiser's computer forget them: `hub add-desk` run from it then wrote a
    join file with no certificate, and the desk it joined was nobody's."""
    org_key = signing.org_key(ws.org_id)
    with ws.db.read() as session:
        desk_key = signing.signer_for(session, ws.desk_id).key
    assert org_key is not None
    _forget_keys()
    keyring.set_keyring(MemoryKeyring())  # a keyring now, holding nothing of this computer's
    assert keys.keyring_usable()
    assert org_key_store.held(ws.org_id)
    found = signing.org_key(ws.org_id)
    assert found is not None and keys.private_text(found) == keys.private_text(org_key)
    mine = signing.desk_key(ws.org_id, ws.desk_id)
    assert mine is not None and keys.private_text(mine) == keys.private_text(desk_key)
