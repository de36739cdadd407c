"""`mornings sync accept [DIGEST…]` on the hub (DESIGN §6, "Incarnations and revocation"): list the
operations a revocation set aside, or put some back, one by one. On the organiser's desk a
revised revocation names them too (`hub_revocations.revise`), so every desk accepts them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass
from typing import Any

import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.sync import hub_desks_sql, hub_revocations
from mornings_desktop.sync.hub_admin import require_lifecycle
from mornings_desktop.sync.hub_schema import HubError, connect


@dataclass(frozen=True)
class Held:
    digest: str
    desk: str
    type: str
    hlc: str
    received_at: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def held(admin_url: str) -> list[Held]:
    """The operations a revocation set aside, oldest first."""
    with connect(admin_url) as conn:
        require_lifecycle(conn, None)
        return _held_in(conn)


def accept(
    admin_url: str,
    digests: list[str],
    *,
    org_id: str | None = None,
    signer: Ed25519PrivateKey | None = None,
    org_public: str | None = None,
    listed: Collection[str] = (),
) -> list[str]:
    """Put the set-aside operations named by `digests` back (new numbers: every desk pulls them).
    With `org_id` and its key on this computer, a revised revocation names them, so that every
    desk accepts them too (`hub_revocations.revise`); `signer` (the recovery key) signs it instead (`org_public`: the organisation's public key,
    to find the revocation in force among those the organisation key signed; `listed`: those
    an earlier organisation key signed that this desk's accepted rotation keeps in force).

    All or nothing: a digest that names no set-aside operation refuses the whole call."""
    wanted = sorted(set(digests))
    with connect(admin_url) as conn:
        require_lifecycle(conn, org_id)
        known = {h.digest for h in _held_in(conn)}
        unknown = [d for d in wanted if d not in known]
        if unknown:
            raise HubError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No operation set aside on this hub has the digest {digest} ('mornings sync "
                    "accept --url ADMIN_URL' lists them); nothing was accepted.",
                ),
                digest=unknown[0],
            )
        conn.execute(hub_desks_sql.NOTE_ACCEPTED_SQL.encode(), {"digests": wanted})
        conn.execute("LOCK TABLE mornings.seq_gate IN EXCLUSIVE MODE")
        back = [
            str(r[0]) for r in conn.execute(hub_desks_sql.ACCEPT_SQL.encode(), {"digests": wanted})
        ]
        if org_id is not None:
            hub_revocations.revise(conn, org_id, wanted, signer, org_public, listed)
        conn.commit()
    return back


def _held_in(conn: psycopg.Connection[Any]) -> list[Held]:
    rows = conn.execute(hub_desks_sql.HELD_SQL.encode()).fetchall()
    return [Held(*(str(v or "") for v in row)) for row in rows]
