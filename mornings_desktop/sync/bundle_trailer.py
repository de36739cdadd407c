"""The signed trailer of a bundle file (DESIGN §6, "Bundles").

The bundle key seals a bundle, but every desk of the organisation holds that key (it travels in
join files): the seal only says "a desk of this organisation, or whoever got its key,
wrote this". The trailer says *which* desk: its last line is

    {"end": true, "count": N, "header": H, "lines": L, "certificate": {"body", "sig"}, "sig": S}

where `H` is the SHA-256 of the header line (without its newline), `L` the SHA-256 of the
concatenated SHA-256 digests of the N lines between header and trailer (every line, whatever its
kind: certificates, revocations, operations; order counts), `certificate` the exporting desk's
certificate (signed by the organisation key), and `S` the desk's Ed25519 signature over

    b"mornings-bundle-trailer-v2\\n" + canonical({"header": H, "count": N, "lines": L,
                                                  "certificate": sha256(certificate body)})

The importer recomputes `H`, `N` and `L` from the bytes it decrypted (never trusting the trailer's
copies), checks the certificate against the organisation's public key, the signature against the
certificate's key, and that the certificate's desk is the one the header names. Any failure
refuses the file whole (`check_trailer` returns the sentence; `sync.bundle` raises it).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ledger import signing
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.trust import canonical, keys
from mornings_desktop.trust.certificates import Signed, certificate_key, verify_certificate

TAG = b"mornings-bundle-trailer-v2\n"

UNSIGNED = QT_TRANSLATE_NOOP(
    "errors",
    "{path} is not signed by the desk that wrote it (an earlier version of Mornings Desktop, or a "
    "forged file); ask that desk to export it again with this version. Nothing was imported.",
)
UNCERTIFIED = QT_TRANSLATE_NOOP(
    "errors",
    "{path} is signed by a desk the organisation has not certified (or whose certificate is "
    "damaged); ask an organiser for a join file for that desk, then export again. Nothing was "
    "imported.",
)
MISMATCH = QT_TRANSLATE_NOOP(
    "errors",
    "{path} does not match the signature of the desk {desk}: lines were removed, added, moved or "
    "changed after it was written; ask that desk to export it again. Nothing was imported.",
)
OTHER_SIGNER = QT_TRANSLATE_NOOP(
    "errors",
    "{path} is signed by the desk {desk}, not by the desk its header names, so it may be forged; "
    "ask the desk that wrote it to export it again. Nothing was imported.",
)
NO_SIGNER = QT_TRANSLATE_NOOP(
    "errors",
    "This desk has no certified key to sign a bundle with; join the organisation again with a "
    "join file from an organiser, then export.",
)


@dataclass(frozen=True)
class Refusal:
    """Why a file is refused whole: a sentence of `errors` and its values (besides `path`)."""

    text: str
    values: dict[str, object] = field(default_factory=dict)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def lines_digest(lines: Sequence[bytes]) -> str:
    """SHA-256 over the SHA-256 of each line, in order (lines without their newline)."""
    outer = hashlib.sha256()
    for line in lines:
        outer.update(hashlib.sha256(line).digest())
    return outer.hexdigest()


def _fields(header_line: bytes, lines: Sequence[bytes], certificate: Signed) -> dict[str, object]:
    return {
        "header": _sha256(header_line.removesuffix(b"\n")),
        "count": len(lines),
        "lines": lines_digest(lines),
        "certificate": certificate.digest,
    }


def _signed_text(fields: dict[str, object]) -> bytes:
    return TAG + canonical.encode(fields)


def trailer_line(
    header_line: bytes, lines: Sequence[bytes], key: Ed25519PrivateKey, certificate: Signed
) -> bytes:
    """The trailer after `lines` (each without its newline), signed by `key`; ends with a newline."""
    fields = _fields(header_line, lines, certificate)
    trailer = {
        **fields,
        "end": True,
        "certificate": certificate.to_json(),
        "sig": base64.b64encode(key.sign(_signed_text(fields))).decode("ascii"),
    }
    return (json.dumps(trailer, sort_keys=True, separators=(",", ":")) + "\n").encode("ascii")


def own_certificate(
    session: Session, org_id: str, desk_id: str, key: Ed25519PrivateKey
) -> Signed | None:
    """This desk's certificate for `key`, as held here (verified when it was stored)."""
    row = (
        session.execute(
            select(CertificateRow)
            .where(
                CertificateRow.org_id == org_id,
                CertificateRow.desk_id == desk_id,
                CertificateRow.public_key == keys.public_text(key),
            )
            .order_by(CertificateRow.digest)
        )
        .scalars()
        .first()
    )
    if row is None:
        return None
    return Signed(row.body.encode("utf-8"), base64.b64decode(row.sig))


def exporting_desk(
    session: Session, org_id: str, desk_id: str
) -> tuple[Ed25519PrivateKey, Signed] | None:
    """This desk's key and its certificate, or None if this computer lacks either."""
    key = signing.desk_key(org_id, desk_id)
    certificate = None if key is None else own_certificate(session, org_id, desk_id, key)
    return None if key is None or certificate is None else (key, certificate)


def check_trailer(
    trailer: dict[str, object],
    header_line: bytes,
    header_desk: object,
    lines: Sequence[bytes],
    org_id: str,
    org_public: Ed25519PublicKey | None,
) -> Refusal | None:
    """None if the desk named by the header signed exactly this header and these lines."""
    if "sig" not in trailer or "certificate" not in trailer:
        return Refusal(UNSIGNED)
    signed = Signed.from_json(trailer["certificate"])
    verdict = (
        None if signed is None or org_public is None else verify_certificate(signed, org_public)
    )
    if signed is None or verdict is None or verdict.value is None or verdict.value.org_id != org_id:
        return Refusal(UNCERTIFIED)
    cert = verdict.value
    try:
        sig = base64.b64decode(str(trailer["sig"]), validate=True)
        certificate_key(cert).verify(sig, _signed_text(_fields(header_line, lines, signed)))
    except (binascii.Error, ValueError, InvalidSignature):
        return Refusal(MISMATCH, {"desk": cert.name})
    if cert.desk_id != header_desk:
        return Refusal(OTHER_SIGNER, {"desk": cert.name})
    return None


__all__ = [
    "Refusal",
    "check_trailer",
    "exporting_desk",
    "lines_digest",
    "own_certificate",
    "trailer_line",
]
