"""Bundle files: operations carried by hand between desks that share no network.

A bundle (format 2) is encrypted with the organisation's bundle key and signed by the desk that
wrote it:
1. a header line, in clear: `{"format": "mornings-bundle", "version": 2, "org_id", "desk_id",
   "created_at", "nonce"}` (`desk_id`: the exporting desk);
2. then the sealed body: ChaCha20-Poly1305 (key: the bundle key; nonce: the header's; associated
   data: the header line) over UTF-8 JSON Lines — first the desk certificates this desk holds
   (`{"certificate": {"body", "sig"}}`) and the revocations (`{"revocation": {"body", "sig"}}`,
   `sync.revocation_check`: the importer keeps those the organisation key signed), then one operation per line: signed, `{"sig", "body"}`
   exactly as the desk that made it signed it (verified by the importer, `sync.admission`), with
   `personal` (the blocks not erased, by subject) when it has any, or, for
   one received before signing, `op_id`, `desk_id`, `desk_seq`, `hlc`, `type`, `payload`; then a
   trailer signed by the exporting desk's key over the header and every line before it
   (`sync.bundle_trailer`), carrying that desk's certificate.

The bundle key is derived (HKDF-SHA256) from the organisation's ticket key, so it is generated with
the organisation and travels, and is kept, exactly like the ticket key (in join files), while
never being the same key. Every desk holds it, so the seal alone does not say which desk wrote a
file: the signed trailer does, and a holder of the bundle key without that desk's key cannot
remove, add, reorder or change a line, nor claim another desk wrote the file.

Importing checks the whole file before it changes anything: format, version (format 1, which
carried an unkeyed checksum anyone could recompute, is refused; a newer one too), organisation,
authentication (any altered, added or removed byte refuses the file whole), trailer and count,
then the trailer's signature: the certificate it carries must be signed by the organisation key,
name the desk of the header, and its key must have signed this header and these lines. A format-2
file from the build before signed trailers has none and is refused like a forged one (the sentence
asks for a fresh export; the version number stays 2, as DESIGN §6 names it). Then each operation
is checked by `ledger.validate` and goes through the same admission as those pulled from the hub,
in one transaction: a bad operation is refused alone and kept in quarantine (or waits).

`export` writes, by default, every operation the desk holds (import is idempotent, so the other
desk learns earlier admissions even when the hub already has them); `since_hub` (`--since-hub`)
writes the smaller file of the operations the hub has not confirmed yet. Imported operations stay
unpushed on the importing desk, which relays them to the hub at its next round (any desk login
delivers any signed operation; the hub keeps each once).
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import signed_store, signing, validate
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.private_files import private_opener
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import admission, bundle_trailer, org_records, pipeline, verify_pool
from mornings_desktop.sync.quarantine import quarantine
from mornings_desktop.sync.revocation_check import admit_revocations, revocation_records
from mornings_desktop.sync.revocations import trust_changed
from mornings_desktop.sync.verify_pool import VerifyPool
from mornings_desktop.timeutil import now_iso
from mornings_desktop.trust import keys

FORMAT = "mornings-bundle"
VERSION = 2
_MAX_LINE = 32 * 1024 * 1024  # characters of one operation line (an import batch is the largest)
_MAX_HEADER = 4096


class BundleError(UserError):
    """A bundle file that cannot be imported; nothing was applied."""


@dataclass(frozen=True)
class ExportResult:
    path: str
    count: int

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class ImportResult:
    path: str
    read: int
    applied: int
    already: int
    quarantined: int

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def bundle_key(ws: Workspace) -> bytes:
    """The organisation's bundle key: HKDF of the ticket key, bound to the organisation id (the
    organisation's signed settings name it: `org_records.derive_bundle_key`)."""
    return org_records.derive_bundle_key(ws.org_id, ws.ticket_key)


def _line(obj: dict[str, object]) -> bytes:
    return (
        json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    ).encode()


def export_bundle(ws: Workspace, path: Path, *, since_hub: bool = False) -> ExportResult:
    """Write a bundle to `path` (atomically: a temporary file, then rename): every operation this
    desk holds, or with `since_hub` only those the hub has not confirmed."""
    path = Path(path).expanduser().absolute()
    query = select(Operation).order_by(Operation.desk_id, Operation.desk_seq)
    if since_hub:
        query = query.where(Operation.pushed.is_(False))
    parts: list[bytes] = []
    with ws.db.read() as session:
        signer = bundle_trailer.exporting_desk(session, ws.org_id, ws.desk_id)
        if signer is None:
            raise BundleError(bundle_trailer.NO_SIGNER)
        certificates = [
            _line({"certificate": c})
            for c in admission.certificate_records(session, with_settings=True)
        ]
        certificates += [_line({"revocation": r}) for r in revocation_records(session)]
        rows = list(session.execute(query).scalars())
        conn = sqlite_connection(session)
        blocks = signed_store.blocks_of(conn, [r.digest for r in rows if r.digest is not None])
        for row in rows:
            if row.body is not None and row.sig is not None:
                wire: dict[str, object] = {"sig": row.sig, "body": row.body}
                personal = blocks.get(row.digest or "")
                if personal:
                    wire["personal"] = personal
                parts.append(_line(wire))
                continue
            parts.append(
                _line(
                    {
                        "op_id": row.op_id,
                        "desk_id": row.desk_id,
                        "desk_seq": row.desk_seq,
                        "hlc": row.hlc,
                        "type": row.type,
                        "payload": row.payload,
                    }
                )
            )
    count = len(parts)
    parts = certificates + parts
    nonce = secrets.token_bytes(12)
    header = _line(
        {
            "format": FORMAT,
            "version": VERSION,
            "org_id": ws.org_id,
            "desk_id": ws.desk_id,
            "created_at": now_iso(),
            "nonce": nonce.hex(),
        }
    )
    # The trailer covers every line before it, whatever its kind.
    parts.append(bundle_trailer.trailer_line(header, [p[:-1] for p in parts], *signer))
    sealed = ChaCha20Poly1305(bundle_key(ws)).encrypt(nonce, b"".join(parts), header)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb", opener=private_opener) as fh:
            fh.write(header)
            fh.write(sealed)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportResult(str(path), count)


def _refuse(text: str, path: Path, **values: object) -> BundleError:
    return BundleError(text, path=path, **values)


def read_bundle(ws: Workspace, path: Path) -> list[dict[str, Any]]:
    """The entries of a bundle, after the file's checks. Raises BundleError; changes nothing.

    Each entry is checked as an operation (`ledger.validate`) by `import_bundle`: a bad one is
    refused alone and kept in quarantine."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the bundle {path}: {detail}"),
            path=path,
            detail=exc.strerror or str(exc),
        ) from exc
    end = data.find(b"\n", 0, _MAX_HEADER)
    try:
        header = validate.loads(data[: end + 1], what="header") if end >= 0 else None
    except validate.Malformed:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "{path} is not a Mornings bundle file."), path)
    version = header.get("version")
    if version == 1:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is an old bundle (format 1) that anyone could have altered; ask the desk "
                "that wrote it to export it again with this version. Nothing was imported.",
            ),
            path,
        )
    if not isinstance(version, int) or version > VERSION:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was written by a newer version of Mornings Desktop; install it to import "
                "this bundle. Nothing was imported.",
            ),
            path,
        )
    if header.get("org_id") != ws.org_id:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "{path} comes from another organisation; nothing was imported."
            ),
            path,
        )
    try:
        nonce = bytes.fromhex(str(header.get("nonce")))
        body = ChaCha20Poly1305(bundle_key(ws)).decrypt(nonce, data[end + 1 :], data[: end + 1])
    except (ValueError, InvalidTag) as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was altered, damaged or cut short, or was not written by a desk of this "
                "organisation; nothing was imported.",
            ),
            path,
        ) from exc
    lines = body.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    try:
        trailer = validate.loads(lines[-1], what="trailer") if lines else None
    except validate.Malformed:
        trailer = None
    if (
        not isinstance(trailer, dict)
        or trailer.get("end") is not True
        or trailer.get("count") != len(lines) - 1
    ):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is incomplete (truncated copy?); nothing was imported."
            ),
            path,
        )
    refusal = bundle_trailer.check_trailer(
        trailer, data[: end + 1], header.get("desk_id"), lines[:-1], ws.org_id, _org_public(ws)
    )
    rotated = _rotated_key(ws, lines[:-1]) if refusal is not None else None
    if rotated is not None:  # signed under a new organisation key the file's rotation names
        refusal = bundle_trailer.check_trailer(
            trailer, data[: end + 1], header.get("desk_id"), lines[:-1], ws.org_id, rotated
        )
    if refusal is not None:
        raise BundleError(refusal.text, path=path, **refusal.values)
    entries: list[dict[str, Any]] = []
    for number, line in enumerate(lines[:-1], start=2):
        try:
            entry = validate.loads(line, what="line", limit=_MAX_LINE)
        except validate.Malformed as exc:
            entry = exc
        if not isinstance(entry, dict):
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "errors", "{path}, line {line}: not an operation ({detail}); nothing imported."
                ),
                path=path,
                line=number,
                detail=str(entry) if isinstance(entry, Exception) else "not an object",
            )
        entries.append(entry)
    return entries


def _rotated_key(ws: Workspace, lines: list[bytes]) -> Ed25519PublicKey | None:
    """A rotation among the file's record lines this desk would accept: its new key."""
    records: list[object] = []
    for line in lines:
        if line.startswith(b'{"revocation":'):
            continue  # records come first, in any order of their kinds
        if not line.startswith(b'{"certificate":'):
            break
        try:
            entry = validate.loads(line, what="line", limit=_MAX_LINE)
        except validate.Malformed:
            continue
        if isinstance(entry, dict):
            records.append(entry.get("certificate"))
    with ws.db.read() as session:
        return org_records.rotated_key(session, records)


def _org_public(ws: Workspace) -> Ed25519PublicKey | None:
    text = ws.meta(signing.ORG_PUBLIC_KEY)
    try:
        return keys.public_from_text(text) if text else None
    except keys.KeyFormatError:
        return None


def import_bundle(ws: Workspace, path: Path) -> ImportResult:
    """Apply a bundle's operations (all file checks first; then one transaction)."""
    with VerifyPool() as pool:  # signatures checked beside the apply, batch by batch
        if _size(path) >= verify_pool.POOL_FROM * _LINE_BYTES:
            pool.start()  # a large file: the workers boot while it is read and decrypted
        entries = read_bundle(ws, path)
        certificates = [e["certificate"] for e in entries if set(e) == {"certificate"}]
        revoking = [e["revocation"] for e in entries if set(e) == {"revocation"}]
        entries = [e for e in entries if set(e) not in ({"certificate"}, {"revocation"})]
        with ws.db.write() as session:
            added = admission.admit_certificates(session, certificates)
            revoked = admit_revocations(session, revoking).desks
            admitted = pipeline.admit_entries(session, entries, "bundle", pool)
            # After the file's operations: the chains they complete count for what the desk held.
            changed = trust_changed(session, certificates=added, revoked=revoked)
    fresh, bad = admitted.fresh, admitted.refused + admitted.waiting
    if fresh or changed.touched:
        ws.notify(fresh + changed.touched)
    return ImportResult(str(path), len(entries), len(fresh), len(entries) - len(fresh) - bad, bad)


_LINE_BYTES = 500  # an encrypted operation line is at least this long (a check-in's ~700)


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0  # `read_bundle` says what is wrong with it


__all__ = [
    "BundleError",
    "bundle_key",
    "export_bundle",
    "import_bundle",
    "quarantine",
    "read_bundle",
]
