"""Signed operations (DESIGN §6): `{sig, body}`, identity `sha256(body)`.

`body` is the canonical JSON of the envelope `{org_id, desk_id, inc, desk_seq, prev, op_id, hlc,
type, operator, payload, commit}`; `sig` is Ed25519 by the desk's key over `OP_TAG + body`. `prev` is
the digest of the same incarnation's previous body ("" exactly when `desk_seq` is 1). `verify_op`
reads what arrived, byte for byte, and returns a `Verdict`; hostile input never raises.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mornings_desktop.trust import canonical, op_check
from mornings_desktop.trust.certificates import Certificate
from mornings_desktop.trust.ed25519_check import OP_TAG as OP_TAG  # read from here too
from mornings_desktop.trust.ed25519_check import signer_index as signer_index
from mornings_desktop.trust.op_check import BODY_FIELDS as BODY_FIELDS
from mornings_desktop.trust.op_check import MAX_BODY_BYTES as MAX_BODY_BYTES
from mornings_desktop.trust.op_check import MAX_COMMITS as MAX_COMMITS
from mornings_desktop.trust.op_check import MAX_DEPTH as MAX_DEPTH
from mornings_desktop.trust.op_check import schema_problem as schema_problem
from mornings_desktop.trust.verdict import Verdict, accepted, refused

CertificateLookup = Callable[[str, str], Certificate | Sequence[Certificate] | None]
"""(org_id, desk_id) -> that desk's certificate(s), already verified against the organisation key
(several when the desk was reset with a new key: the one whose key signed gives the role)."""


class OpSchemaError(ValueError):
    """The fields do not make a valid operation (a desk never signs what it would refuse)."""


@dataclass(frozen=True)
class OpFields:
    org_id: str
    desk_id: str
    inc: str
    desk_seq: int
    prev: str
    op_id: str
    hlc: str
    type: str
    operator: str
    payload: dict[str, Any]
    commit: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SignedOp:
    sig: bytes
    body: bytes
    fields: OpFields

    @property
    def digest(self) -> str:
        return digest(self.body)


def digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _values(op_fields: OpFields) -> dict[str, Any]:
    """The fields by name, sharing the payload (`asdict` would deep-copy it: a third of the
    signing time of a 200-row `import.batch`); nothing below changes them."""
    return {f.name: getattr(op_fields, f.name) for f in fields(op_fields)}


def sign_op(desk_key: Ed25519PrivateKey, fields: OpFields) -> SignedOp:
    """The operation signed by the desk; `OpSchemaError` if it would be refused."""
    values = _values(fields)
    problem = schema_problem(values)
    if problem is not None:
        raise OpSchemaError(f"invalid operation field: {problem}")
    try:
        body = canonical.encode(values, max_depth=MAX_DEPTH)
    except canonical.CanonicalError as exc:
        raise OpSchemaError(f"operation is not canonical JSON: {exc}") from exc
    if len(body) > MAX_BODY_BYTES:
        raise OpSchemaError("operation too large")
    return SignedOp(desk_key.sign(OP_TAG + body), body, fields)


def verify_op(
    raw_sig: bytes, raw_body: bytes, certificate_lookup: CertificateLookup, check_role: bool = True
) -> Verdict[SignedOp]:
    """ok (with the operation), waiting (unknown certificate) or refused (with the reason).

    The body is decoded (canonical, bounded) only to name the signer; the signature is checked
    over the bytes received, then the envelope's schema, the certificate and the role
    (`op_check`: the same steps a signature worker runs)."""
    opened = op_check.open_envelope(raw_sig, raw_body, certificate_lookup)
    if not isinstance(opened, tuple):
        return Verdict(opened.status, opened.reason)
    f, certs = opened
    signer = signer_index([c.public_key for c in certs], raw_sig, raw_body)
    reason = op_check.close_envelope(f, certs, signer, check_role)
    if reason is not None:
        return refused(reason)
    return accepted(SignedOp(raw_sig, raw_body, OpFields(**f)))


def to_wire(op: SignedOp, personal: dict[str, Any] | None = None) -> dict[str, Any]:
    """The operation as a JSON object for a bundle line or a hub row: the body as text (kept byte
    for byte), the signature in base64, the personal blocks beside them."""
    return {
        "sig": base64.b64encode(op.sig).decode("ascii"),
        "body": op.body.decode("utf-8"),
        "personal": personal or {},
    }


def from_wire(data: object) -> tuple[bytes, bytes, object] | None:
    """`(sig, body, personal)` for `verify_op` and `check_personal`, or None if `data` is not
    shaped like a wire operation. Never raises."""
    if not isinstance(data, dict) or not {"sig", "body"} <= set(data) <= {
        "sig",
        "body",
        "personal",
    }:
        return None
    sig, body = data["sig"], data["body"]
    if type(sig) is not str or type(body) is not str or len(sig) > 100:
        return None
    try:
        return base64.b64decode(sig, validate=True), body.encode("utf-8"), data.get("personal")
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None
