"""A signed entry that passed is stored with its payload's canonical text (`Envelope.public`),
cut from the body instead of encoded again (issue 12): the same text `operation.dumps` writes,
for any payload — nested objects with their own `prev`, `payload` or `type` keys, quotes,
backslashes, non-ASCII text — and encoded again when the body is not shaped as expected."""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop.ledger.operation import dumps
from mornings_desktop.sync.admission import _payload_text
from mornings_desktop.trust import canonical

TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
    max_size=12,
).map(lambda t: unicodedata.normalize("NFC", t))
KEYS = st.sampled_from(["prev", "payload", "type", "commit", "a", 'q"', "b\\", "z"]) | st.text(
    alphabet="abcdefghij", max_size=5
)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=12,
)


def _fields(payload: dict[str, Any], prev: str, op_type: str, operator: str) -> dict[str, Any]:
    return {
        "org_id": "o1", "desk_id": "d1", "inc": "i" * 32, "desk_seq": 2, "prev": prev,
        "op_id": "op-1", "hlc": "1796090222444-0003", "type": op_type, "operator": operator,
        "payload": payload, "commit": {"s-1": "c" * 64},
    }  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(payload=st.dictionaries(KEYS, VALUES, max_size=4), operator=TEXT)
def test_the_payload_text_cut_from_the_body_is_the_one_encoded(
    payload: dict[str, Any], operator: str
) -> None:
    f = _fields(payload, "d" * 64, "checkin.created", operator)
    body = canonical.encode(f).decode("utf-8")
    assert _payload_text(body, f) == dumps(payload)


def test_a_type_or_prev_written_with_escapes_is_encoded_again() -> None:
    """Never an envelope that passed (formats forbid it), but the text stays right."""
    for prev, op_type in (('x"y', "checkin.created"), ("", "a\\b"), ("", "tab\there")):
        f = _fields({"k": 'v"', "prev": "p"}, prev, op_type, "root")
        body = canonical.encode(f).decode("utf-8")
        assert _payload_text(body, f) == dumps(f["payload"])
