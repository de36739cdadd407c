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
