"""Join files without a hub: `mornings desk add NAME --role door|organiser -o FILE [--spare N]`.

An organisation that works with USB sticks only still gives each desk its identity the way a hub
does (DESIGN.md §6 "Joining"): the organiser's computer, the one holding the organisation key,
issues a join file with a new desk key and its certificate signed by that key, the organisation's
public key and the ticket key — and no hub (`hub_url` and `hub_id` null). `mornings join FILE`
(`join.join_with_file`) installs it with no first contact; the desk then exchanges bundle files,
which it can sign, and its operations verify on every desk.

Without a hub nothing stops a file from being used twice: two laptops joined with one file write
as one desk (the copies are flagged, nothing is lost). Each file is for one laptop; `--spare N`
makes more. Each certificate issued is also kept on the organiser's desk, so that when the
organisation gets a hub, `mornings hub add-desk NAME --existing` registers that same desk there
(`hub_existing.py`): the laptop keeps its identity, and its operations stay under one desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services import desk_role
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import desk_identity, join_file


@dataclass(frozen=True)
class OfflineDesk:
    desk: str
    role: str
    file: str

    def to_json(self) -> dict[str, str]:
        return {"desk": self.desk, "role": self.role, "file": self.file}


def spare_path(output: Path, k: int) -> Path:
    """`door.json` → `door-spare-1.json` (as `hub add-desk --spare` names them)."""
    return output.with_name(f"{output.stem}-spare-{k}{output.suffix}")


def _check(ws: Workspace, name: str, role: str) -> None:
    if desk_role.desk_role(ws) == "door":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "This is a door desk: desks are managed from an organiser desk."
            )
        )
    if role not in join_file.ROLES:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "A desk is a door desk or an organiser desk, not {role}."),
            role=role,
        )
    if not 0 < len(name) <= 190:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Give the desk a name of 1 to 190 characters."))
    desk_identity.require_org_key(ws.org_id)


def issue_files(
    ws: Workspace, name: str, role: str, output: Path, *, spare: int = 0
) -> list[OfflineDesk]:
    """Join files without a hub: `name` (with `role`), then `spare` door desks "NAME spare k".

    All files are written, or none (a failure removes those already written)."""
    name = name.strip()
    _check(ws, name, role)
    wanted = [(name, role, output)] + [
        (f"{name} spare {k}", "door", spare_path(output, k)) for k in range(1, spare + 1)
    ]
    written: list[Path] = []
    issued: list[OfflineDesk] = []
    try:
        for desk, desk_role_, path in wanted:
            made, _ = desk_identity.join_file_for(
                desk, desk_role_, None, ws.org_id, ws.ticket_key.hex(), None
            )
            written.append(join_file.write_join_file(path, made))
            issued.append(OfflineDesk(desk, desk_role_, str(written[-1])))
        _keep_certificates(ws, written)
    except BaseException:
        for done in written:
            done.unlink(missing_ok=True)
        raise
    return issued


def _keep_certificates(ws: Workspace, files: list[Path]) -> None:
    """The organiser's desk keeps the certificates it issued (`hub add-desk --existing`)."""
    from mornings_desktop.trust import certificates, keys

    with ws.db.write() as session:
        for path in files:
            made = join_file.read_join_file(path)
            signed = certificates.Signed.from_json(made.certificate)
            if signed is not None:  # this call wrote it: only a file changed since reads None
                org_public = keys.public_from_text(made.org_public_key or "")
                cert = certificates.verify_certificate(signed, org_public).value
                if cert is not None:
                    signing.store_certificate(session, cert, signed)
