"""Where the organisation key is kept (DESIGN §6 "Keys"): the keyring, or a passphrase-protected file.

With a usable keyring the key is the entry `org-key/<org>` of the service `mornings-desktop`.
Without one it is the file `organisation-<org>.key` in the data folder, written by
`trust.keys.save_org_key`: scrypt (N = `keys.SCRYPT_N` = 2^15, r = 8, p = 1, a 16-byte random salt)
derives a 32-byte key from the passphrase, and ChaCha20-Poly1305 (12-byte random nonce) seals the
private key, the file's header as associated data; the file is created 0600.

The passphrase comes from a *passphrase source* the face in use installs
(`passphrase_source.set_passphrase_source`, kept apart so that installing it imports no keyring):
the command line reads `MORNINGS_ORG_PASSPHRASE_FILE` (a file holding it), then
`MORNINGS_ORG_PASSPHRASE`, then asks at the terminal; the window asks in a dialog. It is never taken
from the command line and never logged. The default source reads the two environment variables.

A build before this one kept the organisation key in plain text in the owner-only
`private-keys.json`: on first use it is encrypted with a new passphrase and removed from that file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import keyring.errors
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import passphrase_source
from mornings_desktop.ledger.passphrase_source import Purpose
from mornings_desktop.trust import keys

PLAIN_FILE = "private-keys.json"  # desk keys without a keyring (and, before, the org key)


class PassphraseNeeded(UserError):
    """The organisation key file is protected and no passphrase was given."""


def _passphrase(purpose: Purpose, path: Path) -> str:
    phrase = passphrase_source.current()(purpose, path)
    if not phrase and purpose == "new":  # no key file yet: one is being made
        raise PassphraseNeeded(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer has no keyring: the organisation key is kept in a file, so choose "
                "a passphrase for it (at the prompt, or in the file named by "
                "MORNINGS_ORG_PASSPHRASE_FILE).",
            )
        )
    if not phrase:
        raise PassphraseNeeded(
            QT_TRANSLATE_NOOP(
                "errors",
                "The organisation key on this computer is protected by a passphrase; give it "
                "(at the prompt, or in the file named by MORNINGS_ORG_PASSPHRASE_FILE).",
            )
        )
    return phrase


# -- places -----------------------------------------------------------------------------------


def _data_dir() -> Path:
    from mornings_desktop.paths import data_dir

    return data_dir()


def key_file(org_id: str) -> Path:
    return _data_dir() / f"organisation-{org_id}.key"


def plain_file() -> Path:
    return _data_dir() / PLAIN_FILE


def entry(org_id: str) -> str:
    return f"org-key/{org_id}"


def plain_entries() -> dict[str, str]:
    try:
        data = json.loads(plain_file().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}


def write_plain_entries(data: dict[str, str]) -> None:
    """Replace the owner-only plain file (desk keys without a keyring) atomically, 0600."""
    path = plain_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        os.write(fd, json.dumps(data, sort_keys=True).encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


# -- the key ----------------------------------------------------------------------------------


def _from_keyring(org_id: str) -> str | None:
    if not keys.keyring_usable():
        return None
    try:
        return keyring.get_password(keys.SERVICE, entry(org_id))
    except keyring.errors.KeyringError:
        return None


def held(org_id: str) -> bool:
    """Whether this computer keeps the organisation key (without asking for any passphrase): in
    the keyring, else in its passphrase file or the previous build's plain file — a key kept
    while the computer had no keyring is still its key once one is installed."""
    return (
        _from_keyring(org_id) is not None
        or key_file(org_id).exists()
        or entry(org_id) in plain_entries()
    )


def needs_migration(org_id: str) -> bool:
    """A plain organisation key from the build before, not yet encrypted."""
    return entry(org_id) in plain_entries() and _from_keyring(org_id) is None


def load(org_id: str) -> Ed25519PrivateKey | None:
    """The organisation key, or None if this computer holds none. Asks for the passphrase of an
    encrypted file (`WrongPassphrase`, `PassphraseNeeded`: one sentence) and migrates a plain one.
    The keyring first; then the file kept when the computer had none (a keyring installed later,
    or locked now, does not make the organiser's computer forget its key)."""
    found = _parse(_from_keyring(org_id))
    if found is not None:
        return found
    path = key_file(org_id)
    if path.exists():
        return keys.load_org_key(path, _passphrase("open", path))
    plain = plain_entries()
    key = _parse(plain.get(entry(org_id)))
    if key is None:
        return None
    keys.save_org_key(path, key, _passphrase("new", path), n=keys.SCRYPT_N)  # migration
    del plain[entry(org_id)]
    write_plain_entries(plain)
    return key


def _parse(text: str | None) -> Ed25519PrivateKey | None:
    if text is None:
        return None
    try:
        return keys.private_from_text(text)
    except keys.KeyFormatError:
        return None


def save(org_id: str, key: Ed25519PrivateKey) -> None:
    """Keep `key` as this organisation's key (replacing one kept before, as a rotation does)."""
    if keys.keyring_usable():
        try:
            keyring.set_password(keys.SERVICE, entry(org_id), keys.private_text(key))
            return
        except keyring.errors.KeyringError as exc:
            raise keys.KeyringUnavailable(
                QT_TRANSLATE_NOOP("errors", "The password store refused the desk's key: {detail}"),
                detail=str(exc),
            ) from exc
    path = key_file(org_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    keys.save_org_key(path, key, _passphrase("new", path), n=keys.SCRYPT_N)


# -- the recovery key's public part, beside the organisation key --------------------------------
# Not a secret: kept next to the organisation key so that join files made here sign it into the
# organisation's settings (the recovery key itself is never kept: it is exported once).


def _recovery_public_file(org_id: str) -> Path:
    return _data_dir() / f"organisation-{org_id}.recovery-public"


def recovery_public(org_id: str) -> str:
    """The recovery key's public part as base64, or "" before the recovery key was exported."""
    try:
        text = _recovery_public_file(org_id).read_text("ascii").strip()
        keys.public_from_text(text)
    except (OSError, ValueError, keys.KeyFormatError):
        return ""
    return text


def save_recovery_public(org_id: str, text: str) -> None:
    path = _recovery_public_file(org_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text + "\n", encoding="ascii")
    os.replace(tmp, path)
