"""The organisation-signed revocations the organiser's desk issues on the hub (DESIGN §6,
"Incarnations and revocation"), for `hub revoke-desk` and `sync accept`.

- `accepted_marks`: for each desk id of the revoked login and each incarnation, the last
  operation of the contiguous chain (`desk_seq` 1, 2, … each naming the previous by `prev`) the
  hub received before `until`; the digests on those chains are what the hub keeps.
- `issue`: one `Revocation` per desk id, signed by the organisation key of this computer, stored
  in `mornings.revocations`; every desk takes them at its next round (or from a bundle) and
  enforces them itself.
- `revise`: after `sync accept`, a revised revocation per desk (same marks, a later `issued`)
  also names the digests taken back, so desks accept them one by one.

The organisation key never leaves the organiser's computer: without it, nothing is signed, and
the hub alone keeps the revoked desk's later operations aside (`signed` is then 0). When the
organisation key is lost, the recovery key signs instead (`hub revoke-desk --recovery-key FILE`,
`sync accept --recovery-key FILE`): desks that know the recovery key accept either signature.
"""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mornings_desktop.ledger import org_key_store, signing
from mornings_desktop.sync import hub_desks_sql
from mornings_desktop.timeutil import now_utc
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import (
    Revocation,
    Signed,
    issue_revocation,
    verify_revocation,
)

Marks = dict[str, dict[str, tuple[int, str]]]  # desk id → inc → (last seq, its digest)


@dataclass(frozen=True)
class ChainRow:
    digest: str
    desk_id: str
    inc: str
    desk_seq: int
    prev: str
    received_at: datetime


def accepted_marks(
    conn: psycopg.Connection[Any], login: str, until: datetime
) -> tuple[Marks, set[str]]:
    """(the marks per desk id and incarnation, every digest on the accepted chains)."""
    rows = [
        ChainRow(str(d), str(desk), str(inc or ""), int(seq), str(prev or ""), at)
        for d, desk, inc, seq, prev, at in conn.execute(
            hub_desks_sql.CHAIN_ROWS_SQL.encode(), {"login": login}
        ).fetchall()
    ]
    return marks_of(rows, until)


def marks_of(rows: Iterable[ChainRow], until: datetime) -> tuple[Marks, set[str]]:
    by_chain: dict[tuple[str, str], dict[int, list[ChainRow]]] = {}
    for row in rows:
        if row.received_at <= until:
            by_chain.setdefault((row.desk_id, row.inc), {}).setdefault(row.desk_seq, []).append(row)
    marks: Marks = {}
    kept: set[str] = set()
    for (desk_id, inc), by_seq in by_chain.items():
        seq, prev, last = 1, "", None
        while True:
            linked = [r for r in by_seq.get(seq, []) if r.prev == prev]
            if not linked:
                break
            last = min(linked, key=lambda r: (r.received_at, r.digest))
            kept.add(last.digest)
            seq, prev = seq + 1, last.digest
        if last is not None:
            marks.setdefault(desk_id, {})[inc] = (last.desk_seq, last.digest)
    return marks, kept


def _claimed_desks(conn: psycopg.Connection[Any], login: str) -> list[str]:
    rows = conn.execute(
        "SELECT desk_id FROM mornings.desk_claims WHERE login = %s ORDER BY desk_id", (login,)
    )
    return [str(r[0]) for r in rows.fetchall()]


def _accepted_of(conn: psycopg.Connection[Any], desk_id: str) -> tuple[str, ...]:
    rows = conn.execute(
        "SELECT a.digest FROM mornings.accepted_digests a JOIN mornings.ops o "
        "ON o.digest = a.digest WHERE o.desk_id = %s ORDER BY a.digest",
        (desk_id,),
    )
    return tuple(str(r[0]) for r in rows.fetchall())


def _issued_after(
    conn: psycopg.Connection[Any],
    desk_id: str,
    signers: Sequence[Ed25519PublicKey],
    listed: Collection[str] = (),
) -> str:
    """Now, or one second after the latest revocation of the desk that verifies (the latest is in
    force; one a desk offered, `offer_revocations`, counts only if `signers` signed it: a record
    stamped far ahead by a hostile login is no revocation)."""
    moment = now_utc().replace(microsecond=0)
    current = latest(conn, signers, desk_id, listed)
    if current is not None:
        held = datetime.fromisoformat(current.issued.replace("Z", "+00:00"))
        moment = max(moment, held + timedelta(seconds=1))
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _store(conn: psycopg.Connection[Any], revocation: Revocation, signed: Signed) -> None:
    conn.execute(
        "INSERT INTO mornings.revocations (digest, desk_id, body, sig, issued) "
        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (digest) DO NOTHING",
        (
            signed.digest,
            revocation.desk_id,
            signed.body.decode("utf-8"),
            base64.b64encode(signed.sig).decode("ascii"),
            revocation.issued,
        ),
    )


def issue(
    conn: psycopg.Connection[Any],
    key: Ed25519PrivateKey,
    org_id: str,
    login: str,
    marks: Marks,
    org_public: str | None = None,
) -> int:
    """Sign and store one revocation per desk id of `login`; returns how many."""
    desks = _claimed_desks(conn, login)
    signers = trusted_signers(org_id, key, org_public)
    for desk_id in desks:
        revocation = Revocation(
            org_id,
            desk_id,
            marks.get(desk_id, {}),
            _issued_after(conn, desk_id, signers),
            _accepted_of(conn, desk_id),
        )
        _store(conn, revocation, issue_revocation(key, revocation))
    return len(desks)


def trusted_signers(
    org_id: str, key: Ed25519PrivateKey, org_public: str | None = None
) -> list[Ed25519PublicKey]:
    """The keys whose revocations count: the signing key's, the organisation key's (`org_public`,
    this database's; the key itself is not opened: it may be the lost one) and the recovery
    key's of this computer (a revocation signed by either is in force on desks)."""
    found = [key.public_key()]
    for text in (org_public, org_key_store.recovery_public(org_id)):
        if text:
            with contextlib.suppress(keys.KeyFormatError):
                found.append(keys.public_from_text(text))
    return found


def latest(
    conn: psycopg.Connection[Any],
    signers: Sequence[Ed25519PublicKey],
    desk_id: str,
    listed: Collection[str] = (),
) -> Revocation | None:
    """The revocation in force for `desk_id` on this hub, signed by one of `signers` or listed
    by digest in the rotation the organiser's desk accepted (`listed`: signed by the old key)."""
    rows = conn.execute(
        "SELECT body, sig FROM mornings.revocations WHERE desk_id = %s "
        "ORDER BY issued DESC, digest DESC",
        (desk_id,),
    ).fetchall()
    for body, sig in rows:
        signed = Signed.from_json({"body": body, "sig": sig})
        if signed is None:
            continue
        for signer in signers:
            value = verify_revocation(signed, signer, None, listed).value
            if value is not None:
                return value
    return None


def revise(
    conn: psycopg.Connection[Any],
    org_id: str,
    digests: Sequence[str],
    signer: Ed25519PrivateKey | None = None,
    org_public: str | None = None,
    listed: Collection[str] = (),
) -> int:
    """A revised revocation naming `digests` (now back on the hub) for each desk they belong to,
    signed by `signer` (the recovery key) or else the organisation key (whose public part, of
    this database, is `org_public`; `listed`: the revocations its accepted rotation keeps in
    force, signed by an earlier key); returns how many were issued (0 without either key here)."""
    key = signer or signing.org_key(org_id)
    if key is None or not digests:
        return 0
    signers = trusted_signers(org_id, key, org_public)
    rows = conn.execute(
        "SELECT DISTINCT desk_id FROM mornings.ops WHERE digest = ANY (%s) ORDER BY desk_id",
        (list(digests),),
    ).fetchall()
    issued = 0
    for (desk_id,) in rows:
        current = latest(conn, signers, str(desk_id), listed)
        if current is None:
            continue
        taken = tuple(sorted(set(current.accepted) | set(_accepted_of(conn, str(desk_id)))))
        revised = Revocation(
            org_id, current.desk_id, current.incarnations,
            _issued_after(conn, current.desk_id, signers, listed),
            taken,
        )  # fmt: skip
        _store(conn, revised, issue_revocation(key, revised))
        issued += 1
    return issued
