"""The whole check of a signed operation's envelope, in modules that import nothing heavy
(no keyring, no database): `signed_op.verify_op` runs it, and so does a signature worker
(`sync.verify_worker`), which then answers a verdict per digest and nothing else.

`open_envelope` (canonical decode, signer named, certificates found and readable), then
`ed25519_check.signer_index`, then `close_envelope` (envelope schema, role): the same order,
hence the same reasons, on every path. `check` adds the personal blocks (`personal.check_personal`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, Protocol

from mornings_desktop.trust import canonical, formats, roles
from mornings_desktop.trust.ed25519_check import public_key, signer_index
from mornings_desktop.trust.formats import DESK_ID, DIGEST, ENTITY_ID, HLC, INC, OP_TYPE, ORG_ID
from mornings_desktop.trust.formats import matches as _m
from mornings_desktop.trust.personal import check_personal
from mornings_desktop.trust.verdict import Verdict, refused, waiting

MAX_BODY_BYTES = 4_000_000  # the envelope's bound; per-type limits are the ledger's validation
MAX_DEPTH = 16
MAX_COMMITS = 10_000
BODY_FIELDS = frozenset(
    {"org_id", "desk_id", "inc", "desk_seq", "prev", "op_id", "hlc", "type", "operator",
     "payload", "commit"}
)  # fmt: skip


class CertLike(Protocol):
    """What the check reads of a certificate (`certificates.Certificate` or a `CertRow`)."""

    @property
    def org_id(self) -> str: ...
    @property
    def desk_id(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def public_key(self) -> str: ...


class CertRow(NamedTuple):
    """A certificate held by the desk as a worker receives it (verified when it was stored)."""

    org_id: str
    desk_id: str
    role: str
    public_key: str


Lookup = Callable[[str, str], Any]
"""(org_id, desk_id) -> the certificate(s) of that desk, or None."""
Opened = tuple[dict[str, Any], tuple[CertLike, ...]]


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


def open_envelope(raw_sig: bytes, raw_body: bytes, lookup: Lookup) -> Opened | Verdict[None]:
    """Everything before the signature check: the refusal (or the wait for an unknown
    certificate) already found, else the decoded envelope and the certificates that may have
    signed it. The body is decoded (canonical, bounded) only to name the signer."""
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
    found = lookup(str(org_id), str(desk_id))  # both matched their formats above
    certs = [found] if hasattr(found, "public_key") else list(found or ())
    if not certs:
        return waiting(f"unknown-certificate: {org_id}/{desk_id}")
    for cert in certs:
        if (cert.org_id, cert.desk_id) != (org_id, desk_id):
            return refused("certificate: another desk's certificate")
        if public_key(cert.public_key) is None:
            return refused("certificate: unreadable public key")
    return f, tuple(certs)


def close_envelope(
    f: dict[str, Any], certs: Sequence[CertLike], signer: int, check_role: bool = True
) -> str | None:
    """The reason for refusing once the signature check named its signer (an index of `certs`,
    -1 for none): no signer, the envelope's schema, the role; None when it passes."""
    if not 0 <= signer < len(certs):
        return "bad-signature"
    problem = schema_problem(f)
    if problem is not None:
        return f"schema: {problem}"
    if check_role:
        role = certs[signer].role
        allowed = roles.may_record(role, f["desk_id"], f["type"], f["payload"], f["commit"])
        if allowed is not True:
            return allowed
    return None


def check(raw_sig: bytes, raw_body: bytes, personal: object, lookup: Lookup) -> tuple[str, str]:
    """The verdict on a signed entry: ("ok", ""), ("refused", reason) or ("waiting", reason)."""
    opened = open_envelope(raw_sig, raw_body, lookup)
    if not isinstance(opened, tuple):
        return opened.status, opened.reason
    f, certs = opened
    signer = signer_index([c.public_key for c in certs], raw_sig, raw_body)
    reason = close_envelope(f, certs, signer)
    if reason is not None:
        return "refused", reason
    blocks = check_personal(f["commit"], personal)
    if blocks.value is None:
        return "refused", blocks.reason
    return "ok", ""
