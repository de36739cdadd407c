"""The Ed25519 check of a signed operation, importing nothing else of the program: a signature
worker (`sync.verify_worker`) starts without the keyring, the schemas or the database layer
(a tenth of the start-up time).

`signer_index` is the only costly step of admitting a signed operation (`signed_op.verify_op`
calls it too): which of the keys that may have signed `OP_TAG + body` did.

The check is libsodium's (PyNaCl, `crypto_sign_open`): 58–62 µs a check on the project's 2-core
machine against 108–120 µs for `cryptography`'s (OpenSSL), the same keys and operations (issue
12: ≤ 80 µs per operation entering a desk). Every desk checks operations here on every path
(`signed_op.verify_op`, `trust.op_check`, the signature workers), so desks of one version agree on
each verdict; libsodium is the stricter of the two (it also refuses a key or an `R` of small
order, which no honest signer makes: only such a crafted signature could be kept by a desk of an
older version and refused by a newer one).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from functools import lru_cache

from nacl.bindings import crypto_sign_open
from nacl.exceptions import BadSignatureError

OP_TAG = b"mornings-op-v1\n"


@lru_cache(maxsize=4096)
def public_key(text: str) -> bytes | None:
    """The 32 bytes of the key whose text is exactly their base64 (as `trust.keys` writes it),
    else None."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError, ValueError):
        return None
    if len(raw) != 32 or base64.b64encode(raw).decode("ascii") != text:
        return None
    return raw


def signer_index(keys: Sequence[str], sig: bytes, body: bytes) -> int:
    """The index in `keys` of the public key whose Ed25519 signature `sig` is over
    `OP_TAG + body`, or -1."""
    if len(sig) != 64:
        return -1
    signed = sig + OP_TAG + body
    for index, text in enumerate(keys):
        key = public_key(text)
        if key is None:
            continue
        try:
            crypto_sign_open(signed, key)
            return index
        except BadSignatureError:
            continue
    return -1
