"""Bundle files: operations carried by hand between desks that share no network.

A bundle is UTF-8 JSON Lines:
1. a header `{"format": "mornings-bundle", "version": 1, "org_id", "desk_id", "created_at"}`;
2. one operation per line (`op_id`, `desk_id`, `desk_seq`, `hlc`, `type`, `payload` as the
   canonical JSON text the ledger keeps);
3. a trailer `{"end": true, "count": N, "sha256": "<hex of every byte before this line>"}`.

Importing checks everything before it changes anything: format, version (a newer one is refused),
organisation, trailer present (else the file was truncated), count and checksum (else it was
altered). Then the operations go through the same `ledger.ingest` as those pulled from the hub,
in one transaction: known ones are skipped, one that cannot be applied is quarantined.

`export` writes, by default, the operations the hub has not confirmed yet (what another desk
cannot have received through the hub); `--all` writes every operation. Imported operations are
not pushed again by the importing desk: every desk pushes only its own (the hub refuses relays).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import validate
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync.quarantine import admit_raw, quarantine
from mornings_desktop.timeutil import now_iso

FORMAT = "mornings-bundle"
VERSION = 1
_MAX_LINE = 32 * 1024 * 1024  # characters of one operation line (an import batch is the largest)


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


def _line(obj: dict[str, object]) -> bytes:
    return (
        json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    ).encode()


def export_bundle(ws: Workspace, path: Path, *, everything: bool = False) -> ExportResult:
    """Write a bundle to `path` (atomically: a temporary file, then rename)."""
    path = Path(path).expanduser().absolute()
    query = select(Operation).order_by(Operation.desk_id, Operation.desk_seq)
    if not everything:
        query = query.where(Operation.pushed.is_(False))
    digest = hashlib.sha256()
    tmp = path.with_name(path.name + ".part")
    count = 0
    try:
        with open(tmp, "wb") as fh:

            def write(data: bytes) -> None:
                digest.update(data)
                fh.write(data)

            write(
                _line(
                    {
                        "format": FORMAT,
                        "version": VERSION,
                        "org_id": ws.org_id,
                        "desk_id": ws.desk_id,
                        "created_at": now_iso(),
                    }
                )
            )
            with ws.db.read() as session:
                for row in session.execute(query).scalars():
                    write(
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
                    count += 1
            fh.write(_line({"end": True, "count": count, "sha256": digest.hexdigest()}))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportResult(str(path), count)


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
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    try:
        header = json.loads(lines[0]) if lines else None
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a Mornings bundle file."), path=path
        )
    version = header.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was written by a newer version of Mornings Desktop; install it to import "
                "this bundle. Nothing was imported.",
            ),
            path=path,
        )
    if header.get("org_id") != ws.org_id:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} comes from another organisation; nothing was imported."
            ),
            path=path,
        )
    try:
        trailer = json.loads(lines[-1]) if len(lines) >= 2 else None
    except ValueError:
        trailer = None
    if not isinstance(trailer, dict) or trailer.get("end") is not True:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is incomplete (truncated copy?); nothing was imported."
            ),
            path=path,
        )
    body = b"".join(line + b"\n" for line in lines[:-1])
    if (
        hashlib.sha256(body).hexdigest() != trailer.get("sha256")
        or trailer.get("count") != len(lines) - 2
    ):
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} was altered or damaged (checksum mismatch); nothing was imported."
            ),
            path=path,
        )
    entries: list[dict[str, Any]] = []
    for number, line in enumerate(lines[1:-1], start=2):
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


def import_bundle(ws: Workspace, path: Path) -> ImportResult:
    """Apply a bundle's operations (all checks first; then one transaction)."""
    entries = read_bundle(ws, path)
    with ws.db.write() as session:
        admitted = admit_raw(session, entries, "bundle")
    fresh, bad = admitted.fresh, admitted.refused + admitted.waiting
    if fresh:
        ws.notify(fresh)
    return ImportResult(str(path), len(entries), len(fresh), len(entries) - len(fresh) - bad, bad)


__all__ = ["BundleError", "export_bundle", "import_bundle", "quarantine", "read_bundle"]
