"""Ed25519 key pairs: the organisation key, desk keys, the recovery key (DESIGN.md §6).

Keys travel as text: the raw 32 bytes in standard base64. The organisation key is kept in a
passphrase-protected file (scrypt, then ChaCha20-Poly1305; created 0600) or the keyring; desk keys
live in the keyring under the service `mornings-desktop`, one entry per organisation and desk.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
from pathlib import Path

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.trust import canonical

SERVICE = "mornings-desktop"
ORG_KEY_FORMAT = "mornings-org-key-v1"
RECOVERY_KEY_FORMAT = "mornings-recovery-key-v1"
SCRYPT_N = 2**15
_MAX_SCRYPT_N = 2**20


class KeyFormatError(ValueError):
    """Text that is not a base64 Ed25519 key of 32 bytes."""


class KeyFileError(UserError):
    """The organisation key file cannot be read (damaged, or not a key file)."""


class WrongPassphrase(KeyFileError):
    """The passphrase does not open the organisation key file."""


class KeyringUnavailable(UserError):
    """No usable keyring: desk keys cannot be kept on this computer."""


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _raw32(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError, ValueError) as exc:
        raise KeyFormatError("a key is 32 bytes in base64") from exc
    if len(raw) != 32 or _b64(raw) != text:
        raise KeyFormatError("a key is 32 bytes in base64")
    return raw


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def public_raw(key: Ed25519PublicKey | Ed25519PrivateKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes_raw()


def public_text(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    return _b64(public_raw(key))


def private_text(key: Ed25519PrivateKey) -> str:
    return _b64(key.private_bytes_raw())


def public_from_text(text: str) -> Ed25519PublicKey:
    """`KeyFormatError` unless `text` is exactly the base64 of 32 bytes."""
    return Ed25519PublicKey.from_public_bytes(_raw32(text))


def private_from_text(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_raw32(text))


def key_id(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    """A short name for a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(public_raw(key)).hexdigest()[:16]


# -- the organisation key file ---------------------------------------------------------------


def _derive(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(passphrase.encode("utf-8"))


def _header(fmt: str, n: int, salt: bytes, public: str) -> dict[str, canonical.Json]:
    return {"format": fmt, "kdf": "scrypt", "n": n, "r": 8, "p": 1,
            "salt": _b64(salt), "public_key": public}  # fmt: skip


def save_org_key(path: Path, key: Ed25519PrivateKey, passphrase: str, n: int = SCRYPT_N) -> None:
    """Write `key` to `path` encrypted under `passphrase` (file mode 0600, replaced atomically)."""
    _save(path, key, passphrase, n, ORG_KEY_FORMAT)


def save_recovery_key(
    path: Path, key: Ed25519PrivateKey, passphrase: str, n: int = SCRYPT_N
) -> None:
    """The recovery key's file: the same protection, its own format (never opened as the other)."""
    _save(path, key, passphrase, n, RECOVERY_KEY_FORMAT)


def _save(path: Path, key: Ed25519PrivateKey, passphrase: str, n: int, fmt: str) -> None:
    if not passphrase:
        raise KeyFileError(QT_TRANSLATE_NOOP("errors", "Choose a passphrase for the key file."))
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = _header(fmt, n, salt, public_text(key))
    sealed = ChaCha20Poly1305(_derive(passphrase, salt, n)).encrypt(
        nonce, key.private_bytes_raw(), canonical.encode(header)
    )
    document = {**header, "nonce": _b64(nonce), "ciphertext": _b64(sealed)}
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # an old .tmp file keeps its mode otherwise
            os.write(fd, json.dumps(document, indent=1, sort_keys=True).encode("ascii") + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("errors", "The key file {path} cannot be written: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc


def _damaged(path: Path) -> KeyFileError:
    return KeyFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} is not a readable key file of this kind (organisation or recovery key).",
        ),
        path=str(path),
    )


def load_org_key(path: Path, passphrase: str) -> Ed25519PrivateKey:
    """The organisation key in `path`; `WrongPassphrase` or `KeyFileError` with one sentence."""
    return _load(path, passphrase, ORG_KEY_FORMAT)


def load_recovery_key(path: Path, passphrase: str) -> Ed25519PrivateKey:
    return _load(path, passphrase, RECOVERY_KEY_FORMAT)


def _load(path: Path, passphrase: str, fmt: str) -> Ed25519PrivateKey:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            document = json.loads(handle.read(10_000))
        n, salt = document["n"], base64.b64decode(document["salt"], validate=True)
        nonce = base64.b64decode(document["nonce"], validate=True)
        sealed = base64.b64decode(document["ciphertext"], validate=True)
        header = _header(fmt, n, salt, document["public_key"])
        valid = (
            document["format"] == fmt
            and document["kdf"] == "scrypt"
            and (document["r"], document["p"]) == (8, 1)
            and type(n) is int
            and 2 <= n <= _MAX_SCRYPT_N
            and n & (n - 1) == 0
            and len(salt) == 16
            and len(nonce) == 12
        )
        aad = canonical.encode(header)
    except OSError as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("errors", "The key file {path} cannot be read: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise _damaged(path) from exc
    if not valid:
        raise _damaged(path)
    try:
        raw = ChaCha20Poly1305(_derive(passphrase, salt, n)).decrypt(nonce, sealed, aad)
    except InvalidTag as exc:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "errors",
                "This passphrase does not open the key file {path}; check it and try again.",
            ),
            path=str(path),
        ) from exc
    key = Ed25519PrivateKey.from_private_bytes(raw)
    if public_text(key) != document["public_key"]:
        raise _damaged(path)
    return key


# -- desk keys in the keyring ----------------------------------------------------------------


def keyring_usable() -> bool:
    module = type(keyring.get_keyring()).__module__
    return not module.startswith(("keyring.backends.fail", "keyring.backends.null"))


def entry_name(org_id: str, desk_id: str) -> str:
    return f"desk-key/{org_id}/{desk_id}"


def _no_keyring() -> KeyringUnavailable:
    return KeyringUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "This computer has no password store (keyring) for the desk's key; install or unlock "
            "one (e.g. GNOME Keyring or KWallet) and join again.",
        )
    )


def _refused(exc: Exception) -> KeyringUnavailable:
    return KeyringUnavailable(
        QT_TRANSLATE_NOOP("errors", "The password store refused the desk's key: {detail}"),
        detail=str(exc),
    )


def save_desk_key(org_id: str, desk_id: str, key: Ed25519PrivateKey) -> None:
    if not keyring_usable():
        raise _no_keyring()
    try:
        keyring.set_password(SERVICE, entry_name(org_id, desk_id), private_text(key))
    except keyring.errors.KeyringError as exc:
        raise _refused(exc) from exc


def load_desk_key(org_id: str, desk_id: str) -> Ed25519PrivateKey | None:
    """The desk's key, or None if the keyring holds none (or only a damaged one)."""
    if not keyring_usable():
        raise _no_keyring()
    try:
        text = keyring.get_password(SERVICE, entry_name(org_id, desk_id))
    except keyring.errors.KeyringError as exc:
        raise _refused(exc) from exc
    if text is None:
        return None
    try:
        return private_from_text(text)
    except KeyFormatError:
        return None


def delete_desk_key(org_id: str, desk_id: str) -> None:
    if not keyring_usable():
        raise _no_keyring()
    try:
        keyring.delete_password(SERVICE, entry_name(org_id, desk_id))
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise _refused(exc) from exc
