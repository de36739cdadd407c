"""Keys as text, the organisation key file, desk keys in the keyring."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring

from mornings_desktop.trust import keys


def test_keys_round_trip_as_base64_text() -> None:
    key = keys.new_key()
    again = keys.private_from_text(keys.private_text(key))
    assert keys.public_text(again) == keys.public_text(key)
    assert keys.public_text(keys.public_from_text(keys.public_text(key))) == keys.public_text(key)
    assert len(keys.key_id(key)) == 16
    assert keys.key_id(key) == keys.key_id(key.public_key())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "AAAA",
        "A" * 42 + "==",
        "A" * 43 + "B",
        "not base64 at all!",
        "é" * 44,
        "A" * 44 + "\n",
        "A" * 88,
    ],
)
def test_malformed_key_text_is_refused(text: str) -> None:
    with pytest.raises(keys.KeyFormatError):
        keys.public_from_text(text)
    with pytest.raises(keys.KeyFormatError):
        keys.private_from_text(text)


FAST = 2**4  # tests only: the real cost is keys.SCRYPT_N


def test_org_key_file_opens_with_its_passphrase_and_is_0600(tmp_path: Path) -> None:
    key, path = keys.new_key(), tmp_path / "org.key"
    keys.save_org_key(path, key, "correct horse", n=FAST)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.private_text(key) not in path.read_text()
    assert keys.private_text(keys.load_org_key(path, "correct horse")) == keys.private_text(key)


def test_a_wrong_passphrase_is_one_clear_sentence(tmp_path: Path) -> None:
    path = tmp_path / "org.key"
    keys.save_org_key(path, keys.new_key(), "correct horse", n=FAST)
    with pytest.raises(keys.WrongPassphrase, match="does not open") as caught:
        keys.load_org_key(path, "wrong horse")
    assert caught.value.template.count(".") == 1 and caught.value.message.endswith("again.")


def test_a_recovery_key_file_is_never_opened_as_the_organisation_key(tmp_path: Path) -> None:
    key, path = keys.new_key(), tmp_path / "recovery.key"
    keys.save_recovery_key(path, key, "pw", n=FAST)
    assert keys.public_text(keys.load_recovery_key(path, "pw")) == keys.public_text(key)
    with pytest.raises(keys.KeyFileError, match="not a readable"):
        keys.load_org_key(path, "pw")
    keys.save_org_key(path, key, "pw", n=FAST)
    with pytest.raises(keys.KeyFileError):
        keys.load_recovery_key(path, "pw")


def test_an_empty_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(keys.KeyFileError):
        keys.save_org_key(tmp_path / "org.key", keys.new_key(), "")


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(n=2**30),  # a cost that would take the desk's memory
        lambda d: d.update(n=3),
        lambda d: d.update(n=True),
        lambda d: d.update(format="other"),
        lambda d: d.update(public_key=keys.public_text(keys.new_key())),
        lambda d: d.pop("nonce"),
        lambda d: d.update(salt="!!"),
        lambda d: d.update(r=1),
    ],
)
def test_a_damaged_key_file_is_refused(tmp_path: Path, change: object) -> None:
    path = tmp_path / "org.key"
    keys.save_org_key(path, keys.new_key(), "pw", n=FAST)
    document = json.loads(path.read_text())
    change(document)  # type: ignore[operator]
    path.write_text(json.dumps(document))
    with pytest.raises(keys.KeyFileError):
        keys.load_org_key(path, "pw")


@pytest.mark.parametrize("content", [b"", b"[]", b"{", b"\xff\xfe", b'{"n": "x"}'])
def test_a_file_that_is_not_a_key_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "org.key"
    path.write_bytes(content)
    with pytest.raises(keys.KeyFileError, match="not a readable"):
        keys.load_org_key(path, "pw")


def test_a_missing_key_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(keys.KeyFileError, match="cannot be read"):
        keys.load_org_key(tmp_path / "none.key", "pw")


def test_an_unwritable_place_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(keys.KeyFileError, match="cannot be written"):
        keys.save_org_key(tmp_path / "no-folder" / "org.key", keys.new_key(), "pw", n=FAST)


def test_the_default_cost_opens_too(tmp_path: Path) -> None:
    key, path = keys.new_key(), tmp_path / "org.key"
    keys.save_org_key(path, key, "pw")
    # the stated cost (tests/conftest.py lowers keys.SCRYPT_N for the files tests make in passing)
    assert json.loads(path.read_text())["n"] == 2**15
    assert keys.public_text(keys.load_org_key(path, "pw")) == keys.public_text(key)


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def test_desk_keys_are_kept_per_organisation_and_desk(memory_keyring: MemoryKeyring) -> None:
    key = keys.new_key()
    keys.save_desk_key("org1", "desk-a", key)
    assert ("mornings-desktop", "desk-key/org1/desk-a") in memory_keyring.entries
    loaded = keys.load_desk_key("org1", "desk-a")
    assert loaded is not None and keys.public_text(loaded) == keys.public_text(key)
    assert keys.load_desk_key("org1", "desk-b") is None
    assert keys.load_desk_key("org2", "desk-a") is None
    keys.delete_desk_key("org1", "desk-a")
    assert keys.load_desk_key("org1", "desk-a") is None


def test_a_damaged_keyring_entry_reads_as_no_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[("mornings-desktop", "desk-key/o/d")] = "garbage"
    assert keys.load_desk_key("o", "d") is None


def test_without_a_keyring_the_person_is_told_what_to_do() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        for call in (
            lambda: keys.save_desk_key("o", "d", keys.new_key()),
            lambda: keys.load_desk_key("o", "d"),
            lambda: keys.delete_desk_key("o", "d"),
        ):
            with pytest.raises(keys.KeyringUnavailable, match="no password store"):
                call()
    finally:
        keyring.set_keyring(before)
