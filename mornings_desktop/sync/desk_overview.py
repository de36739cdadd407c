"""The organisation's desks as an organiser desk's window lists them (Sync area, "Desks"), and the
lifecycle actions it runs, each through the service the command line uses.

- With a hub, `from_hub(ws, admin_url)` is `hub desks` (`hub_desks.list_desks`): name, role, last
  contact, clock offset, revoked since; add, reset and revoke are `hub add-desk`, `hub reset-desk`,
  `hub revoke-desk` (`add`, `reset`, `revoke`). The hub's admin address comes from the person, for
  this call only: nothing here keeps it.
- Without a hub (an organisation that works with USB sticks), `held_here(ws)` lists the desks
  certified in this desk's database, their latest operation held here and the revocation in
  force; add is `desk add` and revoke is `desk revoke` (`sync/desk_revoke.py`), whose revocation
  travels in the next bundle this desk exports.

In both lists a desk is flagged "copied" when this desk holds operations of two databases writing
as it at once (`incarnations.copied_desks`, `joined_twice`). A wrong admin password is said as
one sentence about the admin login (the hub's own sentence speaks of a desk login).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import hub_desks, incarnations
from mornings_desktop.sync.desk_revoke import OfflineRevoked
from mornings_desktop.sync.hub_schema import HubError, redact
from mornings_desktop.sync.revocation_check import in_force
from mornings_desktop.trust.formats import HLC, matches

T = TypeVar("T")
WRONG_DESK_PASSWORD = "The hub {hub} refused the desk login: wrong login or password."


@dataclass(frozen=True)
class DeskLine:
    desk: str
    role: str | None
    last_contact: str | None  # UTC ISO: the hub's last sight of it, or its latest operation here
    clock_offset_s: float | None  # desk minus hub, as the hub measured it (None: unknown)
    clock_off: bool
    copied: bool
    revoked_since: str | None  # UTC ISO: what it made after this is refused
    disabled: bool  # it can no longer log in to the hub
    set_aside: int  # its operations the hub set aside (revoked), for `sync accept`


def _copies(ws: Workspace) -> tuple[set[str], set[str]]:
    """(desk ids, lower-cased names) of the desks copied, as this desk sees them: the hub lists
    desks by name, this database by id (a desk given a copied desk's name is another desk)."""
    with ws.db.read() as session:
        twice = incarnations.joined_twice(session)
        ids = set(incarnations.copied_desks(session)) | set(twice)
        names = {name.lower() for name in twice.values()}
        if ids:
            names.update(
                str(n).lower()
                for n in session.execute(
                    select(CertificateRow.name).where(CertificateRow.desk_id.in_(ids))
                ).scalars()
            )
    return ids, names


def as_admin(admin_url: str, work: Callable[[], T]) -> T:
    """`work()`, its wrong-password refusal said of the admin login."""
    try:
        return work()
    except HubError as exc:
        if exc.template == WRONG_DESK_PASSWORD:
            raise HubError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The hub {hub} refused the admin login: wrong login or password; nothing "
                    "was changed.",
                ),
                hub=redact(admin_url),
            ) from exc
        raise


def from_hub(ws: Workspace, admin_url: str) -> list[DeskLine]:
    """`hub desks`, with the copies this desk has seen."""
    rows = as_admin(admin_url, lambda: hub_desks.list_desks(admin_url))
    _, copied = _copies(ws)
    return [
        DeskLine(
            desk=r.desk,
            role=r.role,
            last_contact=r.last_seen,
            clock_offset_s=r.clock_offset_s,
            clock_off=r.clock_off,
            copied=r.desk.lower() in copied,
            revoked_since=r.revoked_until,
            disabled=r.disabled,
            set_aside=r.set_aside,
        )
        for r in rows
    ]


def _stamp_iso(hlc: str | None) -> str | None:
    if hlc is None or not matches(HLC, hlc):
        return None
    moment = datetime.fromtimestamp(int(hlc[:13]) / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def held_here(ws: Workspace) -> list[DeskLine]:
    """The desks certified in this database (no hub): one line per desk id."""
    copied, _ = _copies(ws)
    with ws.db.read() as session:
        certified = session.execute(
            select(CertificateRow.desk_id, CertificateRow.name, CertificateRow.role)
            .where(CertificateRow.org_id == ws.org_id)
            .order_by(CertificateRow.name, CertificateRow.desk_id)
        ).all()
        ids = sorted({str(row[0]) for row in certified})
        latest = dict(
            session.execute(
                select(Operation.desk_id, func.max(Operation.hlc))
                .where(Operation.desk_id.in_(ids))
                .group_by(Operation.desk_id)
            ).all()
        )
        revoked = {
            desk_id: value.issued
            for (org_id, desk_id), value in in_force(session).items()
            if org_id == ws.org_id
        }
    seen: set[str] = set()
    lines: list[DeskLine] = []
    for desk_id, name, role in certified:
        if desk_id in seen:
            continue
        seen.add(str(desk_id))
        lines.append(
            DeskLine(
                desk=str(name),
                role=str(role),
                last_contact=_stamp_iso(latest.get(desk_id)),
                clock_offset_s=None,
                clock_off=False,
                copied=str(desk_id) in copied,
                revoked_since=revoked.get(str(desk_id)),
                disabled=str(desk_id) in revoked,
                set_aside=0,
            )
        )
    return lines


def add(ws: Workspace, admin_url: str | None, name: str, role: str, output: Path) -> str:
    """Issue the desk `name` as a join file at `output` (`hub add-desk`, or `desk add` without a
    hub); the path written."""
    if admin_url is None:
        from mornings_desktop.sync import join_offline

        return join_offline.issue_files(ws, name, role, output)[0].file
    org_id, key = ws.org_id, ws.ticket_key.hex()
    issued = as_admin(
        admin_url, lambda: hub_desks.issue_desks(admin_url, org_id, key, name, role, output)
    )
    return issued[0].file


def reset(ws: Workspace, admin_url: str, name: str, output: Path) -> str:
    """`hub reset-desk`: a new join file for the same desk; the path written."""
    org_id, key = ws.org_id, ws.ticket_key.hex()
    issued = as_admin(admin_url, lambda: hub_desks.reset_desk(admin_url, org_id, key, name, output))
    return issued.file


def revoke(
    ws: Workspace, admin_url: str | None, name: str, until: datetime | None
) -> hub_desks.Revoked | OfflineRevoked:
    """`hub revoke-desk` (signed with the organisation key when this computer holds it), or
    `desk revoke` without a hub."""
    if admin_url is None:
        from mornings_desktop.sync import desk_revoke

        return desk_revoke.revoke(ws, name, None if until is None else until.isoformat())
    org_id = ws.org_id
    return as_admin(admin_url, lambda: hub_desks.revoke_desk(admin_url, name, until, org_id=org_id))
