"""Keys as text, the organisation key file, desk keys in the keyring."""

from __future__ import annotations

import base64
import hashlib
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring

from mornings_desktop.trust import canonical, keys


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
    priority = 0  # type: ignore[assignment]  # never picked by keyring itself

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


# Priority 0: never taken into keyring's chain of backends for the tests that follow.
class StrictKeyring(MemoryKeyring):
    """Deleting an entry it does not hold raises, as the real backends do."""

    priority = 0  # type: ignore[assignment]

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("no such password")
        del self.entries[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A password store that refuses every call (a locked KWallet, say)."""

    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


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


# -- the key file's format, at its bounds -----------------------------------------------------


def test_the_key_file_opens_with_standard_scrypt_and_chacha20_poly1305(tmp_path: Path) -> None:
    """What the header says is what was used: another program with the passphrase opens it."""
    key, path = keys.new_key(), tmp_path / "org.key"
    keys.save_org_key(path, key, "correct horse", n=FAST)
    document = json.loads(path.read_text())
    assert (document["kdf"], document["n"], document["r"], document["p"]) == ("scrypt", FAST, 8, 1)
    salt, nonce = base64.b64decode(document["salt"]), base64.b64decode(document["nonce"])
    assert (len(salt), len(nonce)) == (16, 12)
    secret = hashlib.scrypt(b"correct horse", salt=salt, n=FAST, r=8, p=1, dklen=32)
    header = {k: document[k] for k in ("format", "kdf", "n", "r", "p", "salt", "public_key")}
    raw = ChaCha20Poly1305(secret).decrypt(
        nonce, base64.b64decode(document["ciphertext"]), canonical.encode(header)
    )
    assert raw == key.private_bytes_raw()
    assert document["public_key"] == keys.public_text(key)


def test_a_leftover_temporary_file_neither_widens_nor_pads_the_key_file(tmp_path: Path) -> None:
    key, path = keys.new_key(), tmp_path / "org.key"
    leftover = tmp_path / "org.key.tmp"
    leftover.write_bytes(b" " * 20_000 + b"garbage")
    leftover.chmod(0o644)
    keys.save_org_key(path, key, "pw", n=FAST)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not leftover.exists()
    assert keys.public_text(keys.load_org_key(path, "pw")) == keys.public_text(key)


def _padded_to(path: Path, size: int) -> None:
    """The key file rewritten with a padding field so that it is exactly `size` bytes."""
    document = json.loads(path.read_text())
    document["comment"] = ""
    base = len(json.dumps(document).encode())
    document["comment"] = "x" * (size - base)
    path.write_text(json.dumps(document))
    assert path.stat().st_size == size


def test_a_key_file_is_read_up_to_10000_bytes(tmp_path: Path) -> None:
    key, path = keys.new_key(), tmp_path / "org.key"
    keys.save_org_key(path, key, "pw", n=FAST)
    _padded_to(path, 10_000)
    assert keys.public_text(keys.load_org_key(path, "pw")) == keys.public_text(key)
    _padded_to(path, 10_001)
    with pytest.raises(keys.KeyFileError, match="not a readable"):
        keys.load_org_key(path, "pw")


@pytest.mark.parametrize(
    "change",
    [
        {"n": 2**21},  # above the most a desk spends (2^20), refused before any work
        {"n": 1},
        {"n": 0},
        {"n": 3 * 2**4},  # not a power of two
        {"n": 2**4 + 1},
        {"n": 2**4 - 1},
        {"n": "16"},
        {"kdf": "argon2"},
        {"p": 2},
        {"r": 8, "p": 8},
        {"salt": base64.b64encode(b"s" * 15).decode()},
        {"salt": base64.b64encode(b"s" * 17).decode()},
        {"nonce": base64.b64encode(b"n" * 11).decode()},
        {"nonce": base64.b64encode(b"n" * 13).decode()},
        {"ciphertext": "!!"},
    ],
)
def test_a_key_file_with_a_bad_header_is_damaged_not_a_wrong_passphrase(
    tmp_path: Path, change: dict[str, object]
) -> None:
    path = tmp_path / "org.key"
    keys.save_org_key(path, keys.new_key(), "pw", n=FAST)
    document = {**json.loads(path.read_text()), **change}
    path.write_text(json.dumps(document))
    with pytest.raises(keys.KeyFileError, match="not a readable"):
        keys.load_org_key(path, "pw")


def test_the_smallest_and_other_powers_of_two_are_accepted_costs(tmp_path: Path) -> None:
    for n in (2, 2**5):
        key, path = keys.new_key(), tmp_path / f"org-{n}.key"
        keys.save_org_key(path, key, "pw", n=n)
        assert keys.public_text(keys.load_org_key(path, "pw")) == keys.public_text(key)


def test_a_damaged_ciphertext_is_a_wrong_passphrase_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "org.key"
    keys.save_org_key(path, keys.new_key(), "pw", n=FAST)
    document = json.loads(path.read_text())
    sealed = bytearray(base64.b64decode(document["ciphertext"]))
    sealed[0] ^= 1
    document["ciphertext"] = base64.b64encode(bytes(sealed)).decode()
    path.write_text(json.dumps(document))
    with pytest.raises(keys.WrongPassphrase):
        keys.load_org_key(path, "pw")


def test_a_folder_in_place_of_the_key_file_says_why(tmp_path: Path) -> None:
    (tmp_path / "org.key").mkdir()
    with pytest.raises(keys.KeyFileError, match="cannot be read: Is a directory"):
        keys.load_org_key(tmp_path / "org.key", "pw")
    with pytest.raises(keys.KeyFileError, match="cannot be written: Is a directory"):
        keys.save_org_key(tmp_path / "org.key", keys.new_key(), "pw", n=FAST)


def test_a_key_id_is_the_first_16_hex_digits_of_the_public_keys_digest() -> None:
    key = keys.new_key()
    assert keys.key_id(key) == hashlib.sha256(key.public_key().public_bytes_raw()).hexdigest()[:16]


@pytest.mark.parametrize("text", [None, 1, b"A" * 44])
def test_a_key_that_is_not_text_is_a_format_error(text: object) -> None:
    with pytest.raises(keys.KeyFormatError):
        keys.public_from_text(text)  # type: ignore[arg-type]


def test_deleting_a_desk_key_the_keyring_does_not_hold_is_quiet() -> None:
    before, strict = keyring.get_keyring(), StrictKeyring()
    keyring.set_keyring(strict)
    try:
        keys.save_desk_key("org1", "desk-a", keys.new_key())
        keys.delete_desk_key("org1", "never-joined")
        keys.delete_desk_key("org1", "desk-a")
        keys.delete_desk_key("org1", "desk-a")
        assert strict.entries == {}
    finally:
        keyring.set_keyring(before)


def test_a_password_store_that_refuses_is_one_sentence_with_its_reason() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        for call in (
            lambda: keys.save_desk_key("o", "d", keys.new_key()),
            lambda: keys.load_desk_key("o", "d"),
            lambda: keys.delete_desk_key("o", "d"),
        ):
            with pytest.raises(keys.KeyringUnavailable, match="refused the desk's key: locked"):
                call()
    finally:
        keyring.set_keyring(before)


def test_a_keyring_backend_that_stores_is_usable_the_fail_and_null_ones_are_not() -> None:
    from keyring.backends.null import Keyring as NullKeyring

    before = keyring.get_keyring()
    try:
        for backend, usable in (
            (MemoryKeyring(), True),
            (FailKeyring(), False),
            (NullKeyring(), False),
        ):
            keyring.set_keyring(backend)
            assert keys.keyring_usable() is usable
    finally:
        keyring.set_keyring(before)


@pytest.mark.parametrize("field", ["salt", "nonce", "ciphertext"])
def test_a_stray_character_in_the_key_files_base64_is_damage(tmp_path: Path, field: str) -> None:
    """Strict base64: a lenient reader would skip the character and open the file anyway."""
    path = tmp_path / "org.key"
    keys.save_org_key(path, keys.new_key(), "pw", n=FAST)
    document = json.loads(path.read_text())
    document[field] += "!"
    path.write_text(json.dumps(document))
    with pytest.raises(keys.KeyFileError, match="not a readable"):
        keys.load_org_key(path, "pw")
