"""`org_key_store` piece by piece: the owner-only plain file (never readable by others, not even
for an instant), where the key is looked for (a keyring that holds it, refuses, or holds rubbish),
and the passphrase sources."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from mornings_desktop.errors import UserError
from mornings_desktop.ledger import org_key_store, passphrase_source
from mornings_desktop.trust import keys
from tests.unit.trust.test_keys import LockedKeyring, MemoryKeyring


@pytest.fixture
def umask_zero() -> Iterator[None]:
    """No umask: the modes the code asks for are the modes the files get."""
    before = os.umask(0)
    yield
    os.umask(before)


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    before, backend = keyring.get_keyring(), MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_plain_file_is_owner_only_from_its_first_byte(
    umask_zero: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, int]] = []
    real_write, real_fchmod = os.write, os.fchmod

    def fchmod(fd: int, mode: int) -> None:
        seen.append(("created", stat.S_IMODE(os.fstat(fd).st_mode)))  # before any chmod
        real_fchmod(fd, mode)

    def write(fd: int, data: bytes) -> int:
        seen.append(("written", stat.S_IMODE(os.fstat(fd).st_mode)))  # while the data goes in
        return real_write(fd, data)

    monkeypatch.setattr(org_key_store.os, "fchmod", fchmod)
    monkeypatch.setattr(org_key_store.os, "write", write)
    org_key_store.write_plain_entries({"b": "2", "a": "1"})
    assert seen == [("created", 0o600), ("written", 0o600)]
    path = org_key_store.plain_file()
    assert _mode(path) == 0o600
    assert path.read_text("ascii") == '{"a": "1", "b": "2"}'  # sorted: the same keys, the same file
    assert org_key_store.plain_entries() == {"a": "1", "b": "2"}
    assert not path.with_name(path.name + ".tmp").exists()


def test_a_left_over_temporary_file_open_to_others_is_closed_again(umask_zero: None) -> None:
    path = org_key_store.plain_file()
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("{}")
    tmp.chmod(0o644)  # left by a crash, or planted
    org_key_store.write_plain_entries({"a": "1"})
    assert _mode(path) == 0o600


def test_the_data_folder_is_made_with_its_parents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory: MemoryKeyring
) -> None:
    deep = tmp_path / "not" / "yet" / "there"
    monkeypatch.setenv("MORNINGS_DATA_DIR", str(deep))
    org_key_store.write_plain_entries({"a": "1"})
    assert org_key_store.plain_entries() == {"a": "1"}
    keyring.set_keyring(FailKeyring())  # no keyring: a file
    monkeypatch.setenv("MORNINGS_DATA_DIR", str(tmp_path / "other" / "deep"))
    org_key_store.save("org-1", keys.new_key())
    assert org_key_store.key_file("org-1").exists()


def test_a_key_in_the_keyring_is_found_there(memory: MemoryKeyring) -> None:
    assert not org_key_store.held("org-1")
    key = keys.new_key()
    org_key_store.save("org-1", key)
    assert memory.entries == {(keys.SERVICE, "org-key/org-1"): keys.private_text(key)}
    assert org_key_store.held("org-1") and not org_key_store.held("org-2")
    found = org_key_store.load("org-1")
    assert found is not None and keys.private_text(found) == keys.private_text(key)
    assert not org_key_store.key_file("org-1").exists()  # no file beside the keyring


def test_rubbish_in_the_keyring_is_no_key(memory: MemoryKeyring) -> None:
    memory.set_password(keys.SERVICE, "org-key/org-1", "not a key")
    assert org_key_store.load("org-1") is None


def test_a_locked_keyring_is_none_for_reading_and_one_sentence_for_keeping(
    tmp_path: Path,
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        assert org_key_store._from_keyring("org-1") is None
        assert not org_key_store.held("org-1")
        with pytest.raises(keys.KeyringUnavailable, match="password store refused"):
            org_key_store.save("org-1", keys.new_key())
    finally:
        keyring.set_keyring(before)


def test_the_passphrase_file_that_cannot_be_read_is_named_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(passphrase_source.PASSPHRASE_FILE_ENV, str(tmp_path / "missing.txt"))
    with pytest.raises(UserError) as caught:
        passphrase_source.env_passphrase("open", tmp_path / "k.key")
    assert caught.value.params["path"] == str(tmp_path / "missing.txt")
    assert caught.value.params["reason"] == "No such file or directory"


def test_the_environment_is_the_source_when_none_is_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def asked(purpose: passphrase_source.Purpose, path: Path) -> str | None:
        return f"asked {purpose}"

    monkeypatch.setenv(passphrase_source.PASSPHRASE_ENV, "from env")
    try:
        passphrase_source.set_passphrase_source(asked)
        assert passphrase_source.current()("new", tmp_path) == "asked new"
        passphrase_source.set_passphrase_source(None)
        assert passphrase_source.current() is passphrase_source.env_passphrase
        assert passphrase_source.current()("open", tmp_path) == "from env"
    finally:
        passphrase_source.set_passphrase_source(None)


def test_a_plain_file_that_is_no_object_holds_nothing() -> None:
    path = org_key_store.plain_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    for text in ("[1, 2]", "not json", json.dumps({"a": 1, "b": "x"})):
        path.write_text(text)
        assert org_key_store.plain_entries() == ({"b": "x"} if text.startswith("{") else {})


def test_the_recovery_keys_public_part_is_kept_in_a_folder_made_with_its_parents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MORNINGS_DATA_DIR", str(tmp_path / "not" / "yet"))
    assert org_key_store.recovery_public("org-1") == ""  # none exported yet
    public = keys.public_text(keys.new_key())
    org_key_store.save_recovery_public("org-1", public)
    assert org_key_store.recovery_public("org-1") == public
    org_key_store._recovery_public_file("org-1").write_text("not a key\n")
    assert org_key_store.recovery_public("org-1") == ""


def test_a_key_is_held_in_its_passphrase_file_or_the_plain_file_alone() -> None:
    """Without a keyring: the key file alone, or the previous build's plain entry alone, each
    says this computer holds the key (a desk that joined must not make another)."""
    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        assert not org_key_store.held("org-1")
        path = org_key_store.key_file("org-1")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}")
        assert org_key_store.held("org-1") and not org_key_store.held("org-2")
        path.unlink()
        org_key_store.plain_file().write_text(json.dumps({"org-key/org-1": "x"}))
        assert org_key_store.held("org-1") and not org_key_store.held("org-2")
    finally:
        keyring.set_keyring(before)


def test_no_passphrase_for_a_new_key_asks_to_choose_one(tmp_path: Path) -> None:
    """No passphrase given: for a key being made the sentence asks to choose one; for a key
    file that exists, to give it."""
    passphrase_source.set_passphrase_source(lambda purpose, path: None)
    try:
        with pytest.raises(org_key_store.PassphraseNeeded, match="choose a passphrase"):
            org_key_store._passphrase("new", tmp_path / "k.key")
        with pytest.raises(org_key_store.PassphraseNeeded, match="give it"):
            org_key_store._passphrase("open", tmp_path / "k.key")
    finally:
        passphrase_source.set_passphrase_source(None)
