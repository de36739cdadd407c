"""The desk's Ed25519 private key signing with libsodium (PyNaCl), for the door's admissions.

Ed25519 signatures are deterministic (RFC 8032): libsodium and `cryptography` (OpenSSL) make the
same 64 bytes for the same key and message (`tests/unit/trust/test_sodium_key.py`), and every desk
checks them with libsodium already (`ed25519_check`). Signing here costs about a third less than
`Ed25519PrivateKey.sign` on the project's 2-core machine, on every admission at the door.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from nacl.bindings import crypto_sign, crypto_sign_seed_keypair


class SodiumKey:
    """`sign(data)` as `Ed25519PrivateKey.sign`, by libsodium; made once per signer."""

    def __init__(self, key: Ed25519PrivateKey) -> None:
        seed = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        _public, self._secret = crypto_sign_seed_keypair(seed)

    def sign(self, data: bytes) -> bytes:
        return crypto_sign(data, self._secret)[:64]
