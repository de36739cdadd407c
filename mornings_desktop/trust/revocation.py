"""Whether a revoked desk's operation is still accepted (DESIGN §6, "Incarnations and revocation").

A revocation names, for each incarnation of the desk, the last accepted operation `(seq, digest)`.
An operation of that desk is accepted only if it is that one or one of its ancestors along `prev`;
later operations, forks and operations of unnamed incarnations are refused, except those the
organiser took back one by one (`Revocation.accepted`, named by a revised revocation). `prev_of(digest)` gives
the `prev` of a body the desk holds (None if it holds none): a missing link makes the verdict
*waiting* (the ancestor may still arrive), never a guess.
"""

from __future__ import annotations

from collections.abc import Callable

from mornings_desktop.trust.certificates import Revocation
from mornings_desktop.trust.signed_op import OpFields
from mornings_desktop.trust.verdict import Verdict, accepted, refused, waiting

PrevOf = Callable[[str], str | None]


def revocation_verdict(
    revocation: Revocation | None, fields: OpFields, digest: str, prev_of: PrevOf
) -> Verdict[str]:
    """ok (the digest) if `revocation` leaves the operation accepted, else refused or waiting."""
    if revocation is None or (revocation.org_id, revocation.desk_id) != (
        fields.org_id,
        fields.desk_id,
    ):
        return accepted(digest)
    if digest in revocation.accepted:
        return accepted(digest)
    mark = revocation.incarnations.get(fields.inc)
    if mark is None:
        return refused(f"revoked: incarnation {fields.inc} was not accepted")
    last_seq, last_digest = mark
    if fields.desk_seq > last_seq:
        return refused(f"revoked: after {fields.inc}/{last_seq}")
    current = last_digest
    for _ in range(last_seq - fields.desk_seq):
        link = prev_of(current)
        if not link:
            return waiting("missing-ancestor: the accepted chain is incomplete")
        current = link
    if current != digest:
        return refused("revoked: not on the accepted chain (a fork)")
    return accepted(digest)


def accepted_chain(last_seq: int, last_digest: str, prev_of: PrevOf) -> tuple[set[str], bool]:
    """The digests on one incarnation's accepted chain, and whether the chain was complete (to
    check many operations at once, as when a desk rebuilds after learning of a revocation)."""
    chain: set[str] = set()
    current: str | None = last_digest
    for _ in range(last_seq):
        if not current:
            return chain, False
        chain.add(current)
        current = prev_of(current)
    return chain, True
