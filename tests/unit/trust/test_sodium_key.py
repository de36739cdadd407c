"""The door signs with libsodium (`trust.sodium_key`): the same signatures as `cryptography`'s, so
every desk's check and every stored body are unchanged."""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mornings_desktop.trust.ed25519_check import OP_TAG
from mornings_desktop.trust.sodium_key import SodiumKey


def test_the_same_signature_as_openssl_for_the_same_key_and_body() -> None:
    for _ in range(50):
        key = Ed25519PrivateKey.generate()
        body = OP_TAG + secrets.token_bytes(secrets.randbelow(2000))
        assert SodiumKey(key).sign(body) == key.sign(body)
        key.public_key().verify(SodiumKey(key).sign(body), body)  # raises if not
