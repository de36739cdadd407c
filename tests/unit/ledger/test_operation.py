"""An operation as it travels: canonical JSON, its stamp, and its JSON form both ways."""

from __future__ import annotations

import pytest

from mornings_desktop.ledger.operation import Op, dumps


def test_dumps_is_canonical() -> None:
    assert dumps({"b": [1, 2], "a": "é"}) == '{"a":"é","b":[1,2]}'
    assert dumps({}) == "{}"


def test_stamp_and_json_round_trip() -> None:
    op = Op("op-1", "desk-a", 3, "0000000000005-0000", "person.updated", {"id": "p1"})
    assert op.stamp == "0000000000005-0000/desk-a"
    data = op.to_json()
    assert data == {
        "op_id": "op-1",
        "desk_id": "desk-a",
        "desk_seq": 3,
        "hlc": "0000000000005-0000",
        "type": "person.updated",
        "payload": {"id": "p1"},
    }
    assert Op.from_json(data) == op
    assert Op.from_json({**data, "payload": '{"id":"p1"}', "desk_seq": "3"}) == op
    assert Op("x", "d", 1, "h", "t").payload == {}


@pytest.mark.parametrize("payload", ["[1, 2]", [1, 2], "3", None])
def test_a_payload_must_be_an_object(payload: object) -> None:
    data = {"op_id": "o", "desk_id": "d", "desk_seq": 1, "hlc": "h", "type": "t"}
    with pytest.raises(ValueError, match="must be an object"):
        Op.from_json({**data, "payload": payload})


def test_an_operation_is_frozen() -> None:
    import dataclasses

    op = Op("op-1", "desk-a", 3, "h", "t")
    with pytest.raises(dataclasses.FrozenInstanceError):
        op.op_id = "x"  # type: ignore[misc]


def test_an_operation_is_the_same_with_or_without_its_signed_form() -> None:
    """Its signed form travels beside it: equal operations whatever envelope they carry, and
    neither the signature nor the personal blocks in its text form (logs, tracebacks)."""
    import dataclasses

    from mornings_desktop.ledger.operation import Envelope

    op = Op("op-1", "desk-a", 3, "h", "person.created", {"id": "p1"})
    blocks = {"p1": {"fields": {"p1": {"email": "secret@example.ma"}}}}
    env = Envelope("body", "SIGNATURE", "d" * 64, "inc", "", "Amina", "{}", blocks)
    signed = dataclasses.replace(op, envelope=env)
    assert signed == op
    assert "SIGNATURE" not in repr(signed) and "secret@example.ma" not in repr(signed)
    with pytest.raises(dataclasses.FrozenInstanceError):
        env.sig = "x"  # type: ignore[misc]
