"""Join files: a desk identity written by `mornings hub add-desk`, read by `mornings join FILE`.

A join file is JSON, written 0600 (it carries secrets), with a checksum against damage:

- `format` "mornings-join", `version`, `desk` (its name), `role` ("door" or "organiser"),
  `issued`;
- `hub_url`: the desk's hub login with a **one-time password** (replaced at first contact), or
  null in a join file without a hub (`mornings desk add`, USB sticks only: `hub_id` null too, and
  the certificate required);
- the organisation material a desk needs: `org_id`, `ticket_key` (hex; the bundle key is derived
  from it), `hub_id`;
- `certificate`, `desk_key`, `org_public_key`: the desk's signed identity (DESIGN.md §6, made by
  `sync/desk_identity.issue` on the computer that holds the organisation key; no other computer
  writes a join file, and a file without them — an older version's — is refused by `mornings
  join`). The certificate is checked against `org_public_key`, its role against the file's and its
  key against `desk_key` before anything is installed;
- version 2: a hub join file for a desk that joined without a hub (`hub add-desk --existing`):
  its certificate and no `desk_key` (the laptop holds it);
- `settings`: the organisation's signed settings (ticket key id, bundle key, recovery public key),
  checked against `org_public_key` and the file's ticket key by `desk_identity.check` before the
  hub is contacted (`sync/org_records.py`).

`read_join_file` refuses, in one sentence, anything that is not a whole, undamaged join file of a
version it knows. Secrets are never printed: `describe()` shows the hub URL without password.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.private_files import private_opener
from mornings_desktop.sync.hub_schema import HubError, conninfo_params, redact
from mornings_desktop.timeutil import now_iso

JOIN_FORMAT = "mornings-join"
JOIN_VERSION = 2  # 2: a file for an existing desk (`hub add-desk --existing`): no desk key
MAX_JOIN_BYTES = 1_000_000
ROLES = ("door", "organiser")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HEX_KEY = re.compile(r"^(?:[0-9a-f]{2}){16,64}$")
STDIN = "-"


@dataclass(frozen=True)
class JoinFile:
    desk: str
    role: str
    hub_url: str | None  # with the one-time password: never shown, never logged; None: no hub
    org_id: str
    ticket_key: str
    hub_id: str | None
    issued: str
    certificate: dict[str, str] | None = None
    desk_key: str | None = None
    org_public_key: str | None = None
    settings: dict[str, str] | None = None

    @property
    def for_existing_desk(self) -> bool:
        """A hub join file for a desk that already joined without a hub (`hub_existing.py`): it
        names the desk's certificate, and the laptop holds the key."""
        return self.certificate is not None and self.desk_key is None

    @property
    def login(self) -> str:
        return conninfo_params(self.hub_url).get("user", "") if self.hub_url else ""

    def describe(self) -> dict[str, str]:
        """What may be shown: no password, no key."""
        hub = redact(self.hub_url) if self.hub_url else ""
        return {"desk": self.desk, "role": self.role, "hub": hub}


def _digest(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def make(
    desk: str,
    role: str,
    hub_url: str | None,
    org_id: str,
    ticket_key: str,
    hub_id: str | None,
    *,
    certificate: dict[str, str] | None = None,
    desk_key: str | None = None,
    org_public_key: str | None = None,
    settings: dict[str, str] | None = None,
) -> JoinFile:
    return JoinFile(
        desk,
        role,
        hub_url,
        org_id,
        ticket_key,
        hub_id,
        now_iso(),
        certificate=certificate,
        desk_key=desk_key,
        org_public_key=org_public_key,
        settings=settings,
    )


def write_join_file(path: Path, join_file: JoinFile) -> Path:
    """Write atomically, owner-only (0600) from its creation; replaces an older file at `path`."""
    version = 2 if join_file.for_existing_desk else 1  # older versions read 1, refuse 2 plainly
    body: dict[str, Any] = {"format": JOIN_FORMAT, "version": version, **asdict(join_file)}
    data = {**body, "sha256": _digest(body)}
    path = path.expanduser().absolute()
    tmp = path.with_name(path.name + ".part")
    fd = private_opener(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _not_a_join_file(where: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} is not a Mornings join file; ask the organiser for the file made by "
            "'mornings hub add-desk' (or 'mornings desk add', without a hub).",
        ),
        path=where,
    )


def read_join_file(source: Path | str) -> JoinFile:
    """The join file at `source` (`-`: standard input). Raises UserError in one sentence."""
    where = "standard input" if str(source) == STDIN else str(source)
    try:
        if str(source) == STDIN:
            raw = sys.stdin.buffer.read(MAX_JOIN_BYTES + 1)
        else:
            with open(source, "rb") as fh:
                raw = fh.read(MAX_JOIN_BYTES + 1)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the join file {path}: {reason}"),
            path=where,
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    if len(raw) > MAX_JOIN_BYTES:
        raise _not_a_join_file(where)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise _not_a_join_file(where) from exc
    return parse(data, where)


def parse(data: object, where: str) -> JoinFile:
    if not isinstance(data, dict) or data.get("format") != JOIN_FORMAT:
        raise _not_a_join_file(where)
    version = data.get("version")
    if type(version) is not int:
        raise _not_a_join_file(where)
    if version > JOIN_VERSION:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} was made by a newer version of Mornings Desktop; install it."
            ),
            path=where,
        )
    body = {k: v for k, v in data.items() if k != "sha256"}
    if data.get("sha256") != _digest(body):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The join file {path} is damaged (checksum mismatch); ask the organiser for a new "
                "one. Nothing was changed.",
            ),
            path=where,
        )
    fields = {k: v for k, v in body.items() if k not in ("format", "version")}
    names = set(JoinFile.__dataclass_fields__)
    if set(fields) - names or not _well_formed(fields):
        raise _not_a_join_file(where)
    join_file = JoinFile(**fields)
    _check_certificate(join_file, where)
    return join_file


def _well_formed(f: dict[str, Any]) -> bool:
    texts = ("desk", "role", "org_id", "ticket_key", "issued")
    if not all(type(f.get(k)) is str for k in texts):
        return False
    if f["role"] not in ROLES or not 0 < len(f["desk"]) <= 200:
        return False
    if not (_UUID.match(f["org_id"]) and _HEX_KEY.match(f["ticket_key"])):
        return False
    for key in ("desk_key", "org_public_key"):
        if f.get(key) is not None and type(f[key]) is not str:
            return False
    for key in ("certificate", "settings"):
        if f.get(key) is not None and not isinstance(f[key], dict):
            return False
    if _without_hub(f):  # `mornings desk add`: only with a certificate
        return isinstance(f.get("certificate"), dict)
    if not (type(f.get("hub_url")) is str and type(f.get("hub_id")) is str):
        return False
    try:
        params = conninfo_params(f["hub_url"])
    except HubError:
        return False
    return bool(params.get("user") and params.get("password"))


def _without_hub(f: dict[str, Any]) -> bool:
    return "hub_url" in f and "hub_id" in f and f["hub_url"] is None and f["hub_id"] is None


def _check_certificate(join_file: JoinFile, where: str) -> None:
    """A certificate in the file must be the organisation's (signed by `org_public_key`)."""
    if join_file.certificate is None:
        return
    from mornings_desktop.trust import certificates, keys

    signed = certificates.Signed.from_json(join_file.certificate)
    try:
        org_public = keys.public_from_text(join_file.org_public_key or "")
    except keys.KeyFormatError:
        org_public = None
    verdict = (
        certificates.verify_certificate(signed, org_public)
        if signed is not None and org_public is not None
        else None
    )
    if verdict is None or verdict.value is None or verdict.value.org_id != join_file.org_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The desk certificate in {path} is not signed by the organisation; ask the "
                "organiser for a new join file. Nothing was changed.",
            ),
            path=where,
        )
