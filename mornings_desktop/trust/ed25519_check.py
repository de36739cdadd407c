"""The Ed25519 check of a signed operation, importing nothing else of the program: a signature
worker (`sync.verify_worker`) starts without the keyring, the schemas or the database layer
(a tenth of the start-up time).

`signer_index` is the only costly step of admitting a signed operation (`signed_op.verify_op`
calls it too): which of the keys that may have signed `OP_TAG + body` did.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

OP_TAG = b"mornings-op-v1\n"


@lru_cache(maxsize=4096)
def public_key(text: str) -> Ed25519PublicKey | None:
    """The key whose text is exactly the base64 of 32 bytes (as `trust.keys` writes it), else None."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
        if len(raw) != 32 or base64.b64encode(raw).decode("ascii") != text:
            return None
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, UnicodeEncodeError, AttributeError, ValueError):
        return None


def signer_index(keys: Sequence[str], sig: bytes, body: bytes) -> int:
    """The index in `keys` of the public key whose Ed25519 signature `sig` is over
    `OP_TAG + body`, or -1."""
    message = OP_TAG + body
    for index, text in enumerate(keys):
        key = public_key(text)
        if key is None:
            continue
        try:
            key.verify(sig, message)
            return index
        except InvalidSignature:
            continue
    return -1
