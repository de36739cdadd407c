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
from functools import lru_cache
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mornings_desktop.trust import canonical, formats, roles
from mornings_desktop.trust.certificates import Certificate
from mornings_desktop.trust.ed25519_check import OP_TAG as OP_TAG  # read from here too
from mornings_desktop.trust.ed25519_check import signer_index as signer_index
from mornings_desktop.trust.formats import DESK_ID, DIGEST, ENTITY_ID, HLC, INC, OP_TYPE, ORG_ID
from mornings_desktop.trust.formats import matches as _m
from mornings_desktop.trust.keys import KeyFormatError, public_from_text
from mornings_desktop.trust.verdict import Verdict, accepted, refused, waiting

MAX_BODY_BYTES = 4_000_000  # the envelope's bound; per-type limits are the ledger's validation
MAX_DEPTH = 16
MAX_COMMITS = 10_000
BODY_FIELDS = frozenset(
    {"org_id", "desk_id", "inc", "desk_seq", "prev", "op_id", "hlc", "type", "operator",
     "payload", "commit"}
)  # fmt: skip

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


def schema_problem(f: dict[str, Any]) -> str | None:
    """Why the envelope `f` is not a valid operation, or None."""
    if set(f) != BODY_FIELDS:
        return "fields"
    checks = (
        ("org_id", _m(ORG_ID, f["org_id"])),
        ("desk_id", _m(DESK_ID, f["desk_id"])),
        ("inc", _m(INC, f["inc"])),
        ("desk_seq", formats.is_count(f["desk_seq"], low=1)),
        ("prev", f["prev"] == "" or _m(DIGEST, f["prev"])),
        ("prev", (f["prev"] == "") == (f["desk_seq"] == 1)),
        ("op_id", _m(ENTITY_ID, f["op_id"])),
        ("hlc", _m(HLC, f["hlc"])),
        ("type", _m(OP_TYPE, f["type"])),
        ("operator", formats.is_text(f["operator"], 200)),
        ("payload", isinstance(f["payload"], dict)),
        ("commit", isinstance(f["commit"], dict) and len(f["commit"]) <= MAX_COMMITS),
    )
    for name, good in checks:
        if not good:
            return name
    for subject, commitment in f["commit"].items():
        if not (_m(ENTITY_ID, subject) and _m(DIGEST, commitment)):
            return "commit"
    return None


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


@lru_cache(maxsize=4096)
def _public_key(text: str) -> Ed25519PublicKey | None:
    try:
        return public_from_text(text)
    except KeyFormatError:
        return None


@dataclass(frozen=True)
class Opened:
    """A signed operation read up to its signature check (`open_op`): the decoded envelope and
    the public keys (text) of the certificates that may have signed it, in `certs` order."""

    sig: bytes
    body: bytes
    fields: dict[str, Any]
    certs: tuple[Certificate, ...]
    keys: tuple[str, ...]


def open_op(
    raw_sig: bytes, raw_body: bytes, certificate_lookup: CertificateLookup
) -> Opened | Verdict[SignedOp]:
    """Everything `verify_op` does before checking the signature: the refusal (or the wait for
    an unknown certificate) already found, else what the signature check needs.

    The body is decoded (canonical, bounded) only to name the signer."""
    if type(raw_sig) is not bytes or len(raw_sig) != 64:
        return refused("malformed: signature is not 64 bytes")
    if type(raw_body) is not bytes:
        return refused("malformed: body is not bytes")
    try:
        f = canonical.decode(raw_body, max_depth=MAX_DEPTH, max_bytes=MAX_BODY_BYTES)
    except canonical.CanonicalError as exc:
        return refused(f"malformed: {exc}")
    if not isinstance(f, dict) or not (
        _m(ORG_ID, f.get("org_id")) and _m(DESK_ID, f.get("desk_id"))
    ):
        return refused("schema: org_id/desk_id")
    org_id, desk_id = f["org_id"], f["desk_id"]
    found = certificate_lookup(org_id, desk_id)  # type: ignore[arg-type]
    certs = [found] if isinstance(found, Certificate) else list(found or ())
    if not certs:
        return waiting(f"unknown-certificate: {org_id}/{desk_id}")
    for cert in certs:
        if (cert.org_id, cert.desk_id) != (org_id, desk_id):
            return refused("certificate: another desk's certificate")
        if _public_key(cert.public_key) is None:
            return refused("certificate: unreadable public key")
    return Opened(raw_sig, raw_body, f, tuple(certs), tuple(c.public_key for c in certs))


def close_op(opened: Opened, signer: int, check_role: bool = True) -> Verdict[SignedOp]:
    """The verdict once the signature check named its signer (`signer_index` of `opened.keys`,
    -1 for none): then the envelope's schema, the certificate and the role."""
    if not 0 <= signer < len(opened.certs):
        return refused("bad-signature")
    f = opened.fields
    problem = schema_problem(f)
    if problem is not None:
        return refused(f"schema: {problem}")
    if check_role:
        role = opened.certs[signer].role
        allowed = roles.may_record(role, f["desk_id"], f["type"], f["payload"], f["commit"])
        if allowed is not True:
            return refused(allowed)
    return accepted(SignedOp(opened.sig, opened.body, OpFields(**f)))


def verify_op(
    raw_sig: bytes, raw_body: bytes, certificate_lookup: CertificateLookup, check_role: bool = True
) -> Verdict[SignedOp]:
    """ok (with the operation), waiting (unknown certificate) or refused (with the reason).

    The body is decoded (canonical, bounded) only to name the signer; the signature is checked
    over the bytes received, then the envelope's schema, the certificate and the role."""
    opened = open_op(raw_sig, raw_body, certificate_lookup)
    if not isinstance(opened, Opened):
        return opened
    return close_op(opened, signer_index(opened.keys, raw_sig, raw_body), check_role)


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
