"""The ledger's limits at their edges: the largest integer and sequence number, the nesting
depth, the size of a payload (as text and as canonical bytes), and a stamp exactly five minutes
ahead. One more is refused, the edge itself is not."""

from __future__ import annotations

import json

import pytest

from mornings_desktop.ledger import hlc, validate
from mornings_desktop.ledger.operation import Op
from mornings_desktop.ledger.validate import MAX_DEPTH, Malformed, NotYetDue


def _nested(levels: int) -> object:
    value: object = 1
    for n in range(levels):
        value = [value] if n % 2 else {"k": value}
    return value


@pytest.mark.parametrize("edge", [2**53, -(2**53)])
def test_integers_up_to_2_53_either_way(edge: int) -> None:
    validate.check_value({"n": edge})
    with pytest.raises(Malformed, match="beyond"):
        validate.check_value({"n": edge + (1 if edge > 0 else -1)})


def test_desk_seq_from_1_to_2_53() -> None:
    for seq in (1, 2**53):
        validate.check_envelope("op-1", "desk-a", seq, "0000000000001-0000", "person.created")
    for seq in (0, 2**53 + 1, True):
        with pytest.raises(Malformed, match="desk_seq"):
            validate.check_envelope("op-1", "desk-a", seq, "0000000000001-0000", "person.created")


def test_nesting_up_to_the_maximum_depth() -> None:
    validate.check_value(_nested(MAX_DEPTH))
    with pytest.raises(Malformed, match="nested deeper"):
        validate.check_value(_nested(MAX_DEPTH + 1))
    text = json.dumps(_nested(MAX_DEPTH))
    assert validate.loads(text) == _nested(MAX_DEPTH)
    with pytest.raises(Malformed, match="nested deeper than 32"):
        validate.loads(json.dumps(_nested(MAX_DEPTH + 1)))
    # As deep as allowed, with more containers than levels: read.
    beside = json.dumps([_nested(MAX_DEPTH - 1), []])
    assert validate.loads(beside) == [_nested(MAX_DEPTH - 1), []]
    # Many containers side by side are not deep.
    wide = json.dumps([[{}] for _ in range(MAX_DEPTH)])
    assert validate.loads(wide) == [[{}] for _ in range(MAX_DEPTH)]


def test_a_payload_text_up_to_its_limit() -> None:
    text = json.dumps({"k": "x" * 90})
    assert validate.loads(text, limit=len(text)) == {"k": "x" * 90}
    with pytest.raises(
        Malformed, match=f"too large \\({len(text)} characters, at most {len(text) - 1}\\)"
    ):
        validate.loads(text, limit=len(text) - 1)


def test_a_canonical_payload_up_to_its_types_limit_in_bytes() -> None:
    limit = validate.size_limit("checkin.created")
    assert limit == 16 * 1024
    base = Op("op-1", "desk-a", 1, "0000000000001-0000", "checkin.created", {"id": ""})
    fill = limit - len(validate.dumps(base.payload).encode())
    # "é" is two bytes: the limit counts bytes, not characters.
    edge_id = "é" * (fill // 2) + "x" * (fill % 2)
    at_edge = Op(base.op_id, base.desk_id, 1, base.hlc, base.type, {"id": edge_id})
    assert len(validate.dumps(at_edge.payload).encode()) == limit
    validate.check_op(at_edge)
    over = {"id": edge_id + "x"}
    with pytest.raises(Malformed, match="larger than 16384 bytes"):
        validate.check_op(Op(base.op_id, base.desk_id, 1, base.hlc, base.type, over))


def test_an_edit_stamped_exactly_five_minutes_ahead_is_due() -> None:
    now = 1_800_000_000_000
    edge = Op("op-1", "desk-a", 1, hlc.encode(now + hlc.MAX_AHEAD_MS, 0), "person.updated", {})
    validate.check_due(edge, now)
    later = Op("op-1", "desk-a", 1, hlc.encode(now + hlc.MAX_AHEAD_MS + 1, 0), "person.updated", {})
    with pytest.raises(NotYetDue, match=r"^stamped 5 minutes ahead of this desk.s clock; waiting$"):
        validate.check_due(later, now)


@pytest.mark.parametrize(
    ("op_type", "limit"),
    [
        ("checkin.created", 16_384),
        ("checkin.reverted", 16_384),
        ("checkin.duplicate_confirmed", 16_384),
        ("badge.printed", 16_384),
        ("desk.announced", 16_384),
        ("import.batch", 16 * 1_048_576),
        ("person.created", 2 * 1_048_576),  # every other type
    ],
)
def test_each_type_up_to_its_size_in_canonical_bytes(op_type: str, limit: int) -> None:
    """Check-ins and prints are small; an import batch holds 500 rows; anything else (a speaker's
    photo) stays under 2 MiB: one byte more is refused, whatever path it came by."""
    base = validate.dumps({"id": ""})
    at_edge = {"id": "x" * (limit - len(base))}
    validate.check_op(Op("op-1", "desk-a", 1, "0000000000001-0000", op_type, at_edge))
    over = {"id": "x" * (limit - len(base) + 1)}
    with pytest.raises(Malformed, match=f"larger than {limit} bytes"):
        validate.check_op(Op("op-1", "desk-a", 1, "0000000000001-0000", op_type, over))


def test_depth_counts_siblings_closed_before_a_deep_one() -> None:
    with pytest.raises(Malformed, match="nested deeper than 32"):
        validate.loads(json.dumps([[], [[]], _nested(MAX_DEPTH)]))


def test_the_minutes_ahead_are_whole_minutes_rounded_down() -> None:
    now = 1_800_000_000_000
    for ahead, minutes in ((1_199_999, 19), (1_200_000, 20), (3_600_000 * 3, 180)):
        op = Op("op-1", "desk-a", 1, hlc.encode(now + ahead, 0), "person.updated", {})
        with pytest.raises(NotYetDue, match=f"^stamped {minutes} minutes ahead"):
            validate.check_due(op, now)


def test_text_that_is_not_utf8_is_refused_in_a_sentence() -> None:
    with pytest.raises(Malformed, match=r"^payload is not UTF-8$"):
        validate.loads(b'{"k": "\xff"}')
    with pytest.raises(Malformed, match=r"^line 3 is not UTF-8$"):
        validate.loads(b"\xc3\x28", what="line 3")


def test_a_refused_entry_is_kept_under_its_op_id_or_a_digest() -> None:
    assert validate.quarantine_key({"op_id": "op-1"}) == "op-1"
    key = validate.quarantine_key({"op_id": "not an id!"})
    assert key.startswith("x:") and len(key) == 42 and int(key[2:], 16) >= 0
    assert validate.quarantine_key("raw text") == validate.quarantine_key("raw text") != key


def test_a_refused_object_is_kept_under_one_key_whatever_the_order_of_its_keys() -> None:
    assert validate.quarantine_key({"b": 1, "a": [2]}) == validate.quarantine_key(
        {"a": [2], "b": 1}
    )


def test_every_item_is_walked_past_nulls_and_booleans() -> None:
    with pytest.raises(Malformed, match="beyond"):
        validate.check_value([{"n": 2**60}, None, True, False])  # walked from the end
