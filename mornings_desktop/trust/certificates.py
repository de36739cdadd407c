"""Organisation-signed records: desk certificates, revocations, rotations, settings (DESIGN §6).

Each record is `Signed(body, sig)`: `body` the canonical JSON of the record, `sig` Ed25519 over a
per-kind tag (`b"mornings-cert-v1\\n"` …) followed by `body`, so a signature of one kind never
passes for another. The organisation key signs certificates, revocations and settings; the
recovery key signs rotations, and may sign a revocation. `verify_*` return a `Verdict` and never
raise, whatever the bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal, TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mornings_desktop.trust import canonical, formats
from mornings_desktop.trust.formats import DESK_ID, DIGEST, INC, ISSUED, KEY_TEXT, ORG_ID, matches
from mornings_desktop.trust.keys import KeyFormatError, public_from_text
from mornings_desktop.trust.verdict import Verdict, accepted, refused

Role = Literal["door", "organiser"]
ROLES: tuple[Role, ...] = ("door", "organiser")
CERT_TAG = b"mornings-cert-v1\n"
REVOCATION_TAG = b"mornings-revocation-v1\n"
ROTATION_TAG = b"mornings-rotation-v1\n"
SETTINGS_TAG = b"mornings-settings-v1\n"
MAX_RECORD_BYTES = 1_000_000
T = TypeVar("T")


@dataclass(frozen=True)
class Signed:
    body: bytes
    sig: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    def to_json(self) -> dict[str, str]:
        return {"body": self.body.decode("utf-8"), "sig": base64.b64encode(self.sig).decode()}

    @classmethod
    def from_json(cls, data: object) -> Signed | None:
        """The record in a join file or bundle line, or None if it is not shaped like one."""
        if not isinstance(data, dict) or set(data) != {"body", "sig"}:
            return None
        body, sig = data["body"], data["sig"]
        if type(body) is not str or type(sig) is not str:
            return None
        try:
            return cls(body.encode("utf-8"), base64.b64decode(sig, validate=True))
        except (binascii.Error, ValueError):
            return None


@dataclass(frozen=True)
class Certificate:
    org_id: str
    desk_id: str
    name: str
    role: Role
    public_key: str  # base64 of the raw 32 bytes
    issued: str  # "YYYY-MM-DDTHH:MM:SSZ"


@dataclass(frozen=True)
class Revocation:
    """For each incarnation of the desk, the last accepted operation (`seq` 0 and `digest` "" if
    none): later operations and forks of that incarnation are refused; unnamed incarnations too.

    `accepted`: digests the organiser took back one by one (`sync accept`) although they are past
    a mark; a revised revocation (a later `issued`) names them, and replaces the earlier one."""

    org_id: str
    desk_id: str
    incarnations: dict[str, tuple[int, str]]
    issued: str
    accepted: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rotation:
    """`revocations`: digests of the revocation bodies that stay in force, whatever key signed
    them (the old organisation key, mostly); absent from the body when empty, so a rotation of
    before this field reads as it always did (none listed)."""

    org_id: str
    new_org_key: str
    certificates: tuple[str, ...]  # digests of the certificate bodies that stay valid
    issued: str
    revocations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    org_id: str
    ticket_key_id: str
    bundle_key: str  # base64 of 32 bytes; a secret: travels in join files and bundles only
    recovery_public_key: str  # base64 of the recovery key's public part; "" before its export
    issued: str


def _sign(key: Ed25519PrivateKey, tag: bytes, fields: dict[str, Any]) -> Signed:
    body = canonical.encode(fields)
    return Signed(body, key.sign(tag + body))


def _read(
    signed: Signed,
    tag: bytes,
    signers: Sequence[Ed25519PublicKey],
    parse: Callable[[dict[str, Any]], T | None],
    vouched: Collection[str] = (),
) -> Verdict[T]:
    """The record if one of `signers` signed it, or its digest is among `vouched` (digests a
    record this desk verified names: its signature is then not checked, its body is)."""
    body, sig = signed.body, signed.sig
    if type(body) is not bytes or type(sig) is not bytes or len(sig) != 64:
        return refused("malformed: not a signed record")
    if len(body) > MAX_RECORD_BYTES:
        return refused("malformed: record too large")
    if (not vouched or signed.digest not in vouched) and not _signed_by(signers, sig, tag + body):
        return refused("bad-signature")
    try:
        fields = canonical.decode(body, max_depth=4)
    except canonical.CanonicalError as exc:
        return refused(f"malformed: {exc}")
    value = parse(fields) if isinstance(fields, dict) else None
    return refused("schema: record") if value is None else accepted(value)


def _signed_by(signers: Sequence[Ed25519PublicKey], sig: bytes, text: bytes) -> bool:
    for key in signers:
        try:
            key.verify(sig, text)
            return True
        except InvalidSignature:
            continue
    return False


def _exact(fields: dict[str, Any], names: set[str]) -> bool:
    return set(fields) == names and all(type(fields[n]) is str for n in names if n != "role")


# -- certificates ----------------------------------------------------------------------------


def issue_certificate(org_key: Ed25519PrivateKey, cert: Certificate) -> Signed:
    """The certificate signed by the organisation key (`ValueError` if the fields are invalid)."""
    if _certificate(asdict(cert)) is None:
        raise ValueError("invalid certificate fields")
    return _sign(org_key, CERT_TAG, asdict(cert))


def _certificate(f: dict[str, Any]) -> Certificate | None:
    names = {"org_id", "desk_id", "name", "role", "public_key", "issued"}
    if not _exact(f, names) or f["role"] not in ROLES or not formats.is_text(f["name"], 200):
        return None
    if not (matches(ORG_ID, f["org_id"]) and matches(DESK_ID, f["desk_id"])):
        return None
    if not (matches(ISSUED, f["issued"]) and matches(KEY_TEXT, f["public_key"])):
        return None
    try:
        public_from_text(f["public_key"])
    except KeyFormatError:
        return None
    return Certificate(**f)


def verify_certificate(signed: Signed, org_public: Ed25519PublicKey) -> Verdict[Certificate]:
    return _read(signed, CERT_TAG, [org_public], _certificate)


def certificate_key(cert: Certificate) -> Ed25519PublicKey:
    return public_from_text(cert.public_key)


# -- revocations -----------------------------------------------------------------------------


def _revocation_fields(r: Revocation) -> dict[str, Any]:
    incs = {inc: {"seq": seq, "digest": digest} for inc, (seq, digest) in r.incarnations.items()}
    fields: dict[str, Any] = {
        "org_id": r.org_id,
        "desk_id": r.desk_id,
        "incarnations": incs,
        "issued": r.issued,
    }
    if r.accepted:  # absent when empty: a first revocation reads as it always did
        fields["accepted"] = sorted(set(r.accepted))
    return fields


def issue_revocation(key: Ed25519PrivateKey, revocation: Revocation) -> Signed:
    """Signed by the organisation key or the recovery key."""
    fields = _revocation_fields(revocation)
    if _revocation(fields) is None:
        raise ValueError("invalid revocation fields")
    return _sign(key, REVOCATION_TAG, fields)


def _accepted_mark(value: object) -> tuple[int, str] | None:
    if not isinstance(value, dict) or set(value) != {"seq", "digest"}:
        return None
    seq, digest = value["seq"], value["digest"]
    if not formats.is_count(seq) or type(digest) is not str:
        return None
    if (seq == 0) != (digest == "") or (digest and not matches(DIGEST, digest)):
        return None
    return seq, digest


MAX_ACCEPTED = 10_000


def _accepted_digests(value: object) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not 0 < len(value) <= MAX_ACCEPTED:
        return None
    if not all(type(d) is str and matches(DIGEST, d) for d in value) or value != sorted(set(value)):
        return None
    return tuple(value)


def _revocation(f: dict[str, Any]) -> Revocation | None:
    base = {"org_id", "desk_id", "incarnations", "issued"}
    if set(f) not in (base, base | {"accepted"}):
        return None
    taken = _accepted_digests(f["accepted"]) if "accepted" in f else ()
    if taken is None:
        return None
    if not (matches(ORG_ID, f["org_id"]) and matches(DESK_ID, f["desk_id"])):
        return None
    incs = f["incarnations"]
    if not matches(ISSUED, f["issued"]) or not isinstance(incs, dict) or len(incs) > 1000:
        return None
    marks = {inc: _accepted_mark(mark) for inc, mark in incs.items()}
    if not all(matches(INC, inc) for inc in marks) or None in marks.values():
        return None
    return Revocation(f["org_id"], f["desk_id"], marks, f["issued"], taken)  # type: ignore[arg-type]


def verify_revocation(
    signed: Signed,
    org_public: Ed25519PublicKey,
    recovery_public: Ed25519PublicKey | None = None,
    listed: Collection[str] = (),
) -> Verdict[Revocation]:
    """Signed by the organisation key or the recovery key, or named by digest in `listed` (the
    revocations the rotation this desk accepted keeps in force: signed by an earlier
    organisation key)."""
    signers = [org_public] if recovery_public is None else [org_public, recovery_public]
    return _read(signed, REVOCATION_TAG, signers, _revocation, listed)


# -- rotation (recovery key) -----------------------------------------------------------------


def issue_rotation(recovery_key: Ed25519PrivateKey, rotation: Rotation) -> Signed:
    fields = {**asdict(rotation), "certificates": list(rotation.certificates)}
    del fields["revocations"]
    if rotation.revocations:  # absent when empty: readable by desks of before the field
        fields["revocations"] = sorted(set(rotation.revocations))
    if _rotation(fields) is None:
        raise ValueError("invalid rotation fields")
    return _sign(recovery_key, ROTATION_TAG, fields)


def _rotation(f: dict[str, Any]) -> Rotation | None:
    base = {"org_id", "new_org_key", "certificates", "issued"}
    if set(f) not in (base, base | {"revocations"}):
        return None
    kept = _accepted_digests(f["revocations"]) if "revocations" in f else ()
    if kept is None:
        return None
    certs = f["certificates"]
    if not (matches(ORG_ID, f["org_id"]) and matches(ISSUED, f["issued"])):
        return None
    if not matches(KEY_TEXT, f["new_org_key"]) or not isinstance(certs, list):
        return None
    if len(certs) > 10_000 or not all(matches(DIGEST, c) for c in certs):
        return None
    try:
        public_from_text(f["new_org_key"])
    except KeyFormatError:
        return None
    return Rotation(f["org_id"], f["new_org_key"], tuple(certs), f["issued"], kept)


def verify_rotation(signed: Signed, recovery_public: Ed25519PublicKey) -> Verdict[Rotation]:
    return _read(signed, ROTATION_TAG, [recovery_public], _rotation)


# -- organisation settings -------------------------------------------------------------------


def issue_settings(org_key: Ed25519PrivateKey, settings: Settings) -> Signed:
    if _settings(asdict(settings)) is None:
        raise ValueError("invalid settings fields")
    return _sign(org_key, SETTINGS_TAG, asdict(settings))


def _settings(f: dict[str, Any]) -> Settings | None:
    if not _exact(f, {"org_id", "ticket_key_id", "bundle_key", "recovery_public_key", "issued"}):
        return None
    if not (matches(ORG_ID, f["org_id"]) and matches(ISSUED, f["issued"])):
        return None
    if not (matches(ORG_ID, f["ticket_key_id"]) and matches(KEY_TEXT, f["bundle_key"])):
        return None
    recovery = f["recovery_public_key"]
    if recovery and not matches(KEY_TEXT, recovery):
        return None
    return Settings(**f)


def verify_settings(signed: Signed, org_public: Ed25519PublicKey) -> Verdict[Settings]:
    return _read(signed, SETTINGS_TAG, [org_public], _settings)
