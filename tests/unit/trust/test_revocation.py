"""A revoked desk: earlier operations kept, later ones and forks refused, gaps wait."""

from __future__ import annotations

from mornings_desktop.trust.certificates import Revocation
from mornings_desktop.trust.revocation import accepted_chain, revocation_verdict
from mornings_desktop.trust.signed_op import SignedOp, sign_op
from tests.unit.trust.conftest import DOOR_KEY, ISSUED, op_fields


def _chain(n: int, inc: str = "a1b2c3", tag: str = "") -> list[SignedOp]:
    ops, prev = [], ""
    for seq in range(1, n + 1):
        op = sign_op(DOOR_KEY, op_fields(inc=inc, desk_seq=seq, prev=prev, op_id=f"{tag}{seq}"))
        ops.append(op)
        prev = op.digest
    return ops


OPS = _chain(5)
HELD = {op.digest: op.fields.prev for op in OPS}
REVOKED = Revocation("org1", "door-1", {"a1b2c3": (3, OPS[2].digest)}, ISSUED)


def _verdict(op: SignedOp, held: dict[str, str] = HELD, rev: Revocation | None = REVOKED) -> str:
    return revocation_verdict(rev, op.fields, op.digest, held.get).status


def test_operations_up_to_the_last_accepted_one_are_kept() -> None:
    assert [_verdict(op) for op in OPS] == ["ok", "ok", "ok", "refused", "refused"]


def test_a_fork_at_an_accepted_sequence_is_refused() -> None:
    fork = _chain(3, tag="copy-")  # the same incarnation and sequences, other operations
    assert _verdict(fork[2]) == "refused"
    assert _verdict(fork[1]) == "refused"


def test_an_unnamed_incarnation_is_refused() -> None:
    assert _verdict(_chain(1, inc="other")[0]) == "refused"


def test_a_missing_ancestor_waits() -> None:
    gap = {k: v for k, v in HELD.items() if k != OPS[2].digest}
    assert _verdict(OPS[0], gap) == "waiting"


def test_without_a_revocation_or_for_another_desk_everything_passes() -> None:
    assert _verdict(OPS[4], rev=None) == "ok"
    other = Revocation("org1", "door-2", {}, ISSUED)
    assert _verdict(OPS[4], rev=other) == "ok"


def test_the_accepted_chain_at_once() -> None:
    chain, complete = accepted_chain(3, OPS[2].digest, HELD.get)
    assert complete and chain == {op.digest for op in OPS[:3]}
    assert accepted_chain(0, "", HELD.get) == (set(), True)
    partial, complete = accepted_chain(3, OPS[2].digest, {OPS[2].digest: OPS[1].digest}.get)
    assert not complete and partial == {OPS[2].digest, OPS[1].digest}


def test_an_operation_the_organiser_took_back_is_kept_alone() -> None:
    revised = Revocation("org1", "door-1", REVOKED.incarnations, ISSUED, (OPS[4].digest,))
    assert [_verdict(op, rev=revised) for op in OPS] == ["ok", "ok", "ok", "refused", "ok"]
