"""Personal data outside the signed text (DESIGN §6).

For each person or speaker an operation touches, the body's `commit` holds
`sha256(salt ‖ canonical(fields))` under the subject's id; the values and the salt travel beside
the operation as a *block* `{"salt": 32 hex digits, "fields": {…}}`. Erasing deletes the block
(and with it the salt, so the commitment reveals nothing); the signature stays valid. A block
present must match its commitment; a missing block reads as erased.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from typing import Any

from mornings_desktop.trust import canonical
from mornings_desktop.trust.verdict import Verdict, accepted, refused

SALT_BYTES = 16
Block = dict[str, Any]


def _commitment(salt: bytes, fields: object) -> str:
    return hashlib.sha256(salt + canonical.encode(fields)).hexdigest()


def commit_personal(fields: Mapping[str, object], salt: bytes | None = None) -> tuple[str, Block]:
    """The commitment for the body and the block to keep beside it (`CanonicalError` if the
    fields are not canonical JSON)."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    if len(salt) != SALT_BYTES:
        raise ValueError(f"a salt is {SALT_BYTES} bytes")
    values = dict(fields)
    return _commitment(salt, values), {"salt": salt.hex(), "fields": values}


def check_block(commitment: object, block: object) -> bool:
    """Whether `block` holds the values `commitment` was made from. Never raises."""
    if (
        type(commitment) is not str
        or not isinstance(block, dict)
        or set(block) != {"salt", "fields"}
    ):
        return False
    salt_hex, fields = block["salt"], block["fields"]
    if type(salt_hex) is not str or len(salt_hex) != 2 * SALT_BYTES or not isinstance(fields, dict):
        return False
    try:
        salt = bytes.fromhex(salt_hex)
        if salt.hex() != salt_hex:
            return False
        expected = _commitment(salt, fields)
    except (ValueError, canonical.CanonicalError):
        return False
    return hmac.compare_digest(expected, commitment)


def check_personal(commit: dict[str, str], personal: object) -> Verdict[dict[str, Block]]:
    """The blocks beside an operation, checked against its `commit`: ok with the blocks present
    (subjects without one were erased), refused if a block is foreign or does not match."""
    if personal is None:
        return accepted({})
    if not isinstance(personal, dict):
        return refused("personal: not an object")
    for subject, block in personal.items():
        if subject not in commit:
            return refused(f"personal: no commitment for {str(subject)[:80]}")
        if not check_block(commit[subject], block):
            return refused(f"personal: block does not match its commitment ({subject[:80]})")
    return accepted(dict(personal))


def erase(personal: dict[str, Block], subject: str) -> dict[str, Block]:
    """The blocks without `subject`'s (the operation's signature and commitments stay as they are)."""
    return {key: block for key, block in personal.items() if key != subject}
