"""Canonical JSON: one byte string per value, and every other input refused with CanonicalError."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop.trust import canonical
from mornings_desktop.trust.canonical import MAX_INT, CanonicalError, decode, encode


def _nest(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")).map(
    lambda s: unicodedata.normalize("NFC", s)
)
_keys = st.text(st.characters(min_codepoint=1, max_codepoint=127), max_size=8)
_json = st.recursive(
    st.none() | st.booleans() | st.integers(-MAX_INT, MAX_INT) | _text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=20,
)


@given(_json)
def test_round_trip_gives_the_value_and_the_same_bytes(value: object) -> None:
    data = encode(value)
    assert decode(data) == value
    assert encode(decode(data)) == data


def test_the_encoding_is_sorted_spaceless_utf8() -> None:
    assert encode({"b": [1, "é", None, True], "a": {}}) == '{"a":{},"b":[1,"é",null,true]}'.encode()
    assert encode("tab\there") == b'"tab\\there"'


@pytest.mark.parametrize(
    "value",
    [
        1.0,
        float("nan"),
        MAX_INT + 1,
        -MAX_INT - 1,
        2**53 + 1,
        "e\u0301",  # not NFC
        "a\x00b",
        "\ud800",
        {"é": 1},  # key not ASCII
        {1: 1},
        {"a\x00": 1},
        (1, 2),
        b"bytes",
        {"deep": _nest(40)},
    ],
)
def test_encode_refuses_what_has_no_canonical_form(value: object) -> None:
    with pytest.raises(CanonicalError):
        encode(value)


def test_a_self_containing_list_is_refused_not_a_recursion_error() -> None:
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(CanonicalError, match="deeper"):
        encode(loop)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"[" * 100_000, "deeper"),
        (b'{"a":' * 100_000, "deeper|malformed"),
        (b"[" * 40 + b"]" * 40, "deeper"),
        (b'{"a":1,"a":1}', "duplicate"),
        (b'{"a":1,"a":2}', "duplicate"),
        (b"1e5", "not an integer"),
        (b"1E5", "not an integer"),
        (b"1.0", "not an integer"),
        (b"NaN", "not JSON"),
        (b"-Infinity", "not JSON"),
        (b"9007199254740993", "outside"),
        (b"9007199254740992", "outside"),
        (b"1" * 5000, "malformed|outside"),
        ('"e\u0301"'.encode(), "NFC"),
        (b'"\\u0000"', "U\\+0000"),
        (b'"\\ud800"', "surrogate"),
        (b'"\\udfff x"', "surrogate"),
        (b'{"\xc3\xa9":1}', "not ASCII"),
        (b"-0", "canonical form"),
        (b"01", "malformed"),
        (b" 1", "canonical form"),
        (b'{"b":1,"a":2}', "canonical form"),
        (b'{"a": 1}', "canonical form"),
        (b'"\\u0041"', "canonical form"),
        (b'"\\/"', "canonical form"),
        (b"\xff", "malformed"),
        (b'"\xed\xa0\x80"', "malformed"),  # a surrogate in UTF-8 bytes
        (b"", "malformed"),
        (b"[1,]", "malformed"),
    ],
)
def test_decode_refuses_with_the_typed_error(data: bytes, why: str) -> None:
    with pytest.raises(CanonicalError, match=why):
        decode(data)
    # the plain path (ASCII, no backslash-u escape) never takes what the full check refuses
    assert canonical._plain(data, canonical.DEFAULT_MAX_DEPTH) is None


@given(_json)
def test_the_plain_path_reads_what_encode_writes_or_leaves_it_to_the_full_check(
    value: object,
) -> None:
    raw = encode(value)
    plain = canonical._plain(raw, canonical.DEFAULT_MAX_DEPTH)
    assert plain is None or plain == value
    few = raw.count(b"{") + raw.count(b"[") <= canonical.DEFAULT_MAX_DEPTH
    if raw.isascii() and b"\\u" not in raw and few and value is not None:
        assert plain == value  # most operations take the plain path


def test_decode_refuses_non_bytes_and_oversized_input() -> None:
    with pytest.raises(CanonicalError):
        decode("[]")  # type: ignore[arg-type]
    with pytest.raises(CanonicalError, match="larger"):
        decode(b"[1,2,3]", max_bytes=4)
    assert decode(b"[[1]]", max_depth=2) == [[1]]
    with pytest.raises(CanonicalError, match="deeper"):
        decode(b"[[[1]]]", max_depth=2)


def _accepts_or_refuses(data: bytes) -> None:
    try:
        value = decode(data)
    except CanonicalError:
        return
    assert encode(value) == data


@settings(max_examples=300)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_decoded_or_refused_never_crash(data: bytes) -> None:
    _accepts_or_refuses(data)


_jsonish_alphabet = st.sampled_from(
    [*'{}[]",:-0123456789eE.+ \\ntrufalsNI', "\\u0000", "\\ud800", "é", "e\u0301", "\x00"]
)


@settings(max_examples=300)
@given(st.lists(_jsonish_alphabet, max_size=60).map("".join))
def test_arbitrary_json_ish_text_is_decoded_or_refused_never_crash(text: str) -> None:
    _accepts_or_refuses(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=200)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=10,
    )
)
def test_any_python_json_value_is_encoded_or_refused_and_what_encodes_decodes(
    value: object,
) -> None:
    try:
        data = encode(value)
    except CanonicalError:
        return
    assert decode(data) == value


@settings(max_examples=200)
@given(_json)
def test_standard_json_spellings_of_a_value_other_than_canonical_are_refused(value: object) -> None:
    spaced = json.dumps(value, sort_keys=True, ensure_ascii=True, indent=1).encode()
    if spaced != encode(value):
        with pytest.raises(CanonicalError):
            decode(spaced)


# -- example tests at every bound (the mutation target runs these, not the properties) ---------


def test_the_largest_integers_every_json_reader_holds_exactly_are_taken_one_more_is_refused() -> (
    None
):
    assert MAX_INT == 9007199254740991
    for good in (MAX_INT, -MAX_INT, [MAX_INT], {"n": -MAX_INT}):
        assert decode(encode(good)) == good
        assert decode(encode({"s": "é", "v": good})) == {"s": "é", "v": good}  # the full check
    for bad in (MAX_INT + 1, -MAX_INT - 1):
        with pytest.raises(CanonicalError, match="outside"):
            encode(bad)
        with pytest.raises(CanonicalError, match="outside"):
            encode([bad])
        with pytest.raises(CanonicalError, match="outside"):
            encode({"n": bad})
        with pytest.raises(CanonicalError, match="outside"):
            decode(str(bad).encode())  # plain ASCII
        with pytest.raises(CanonicalError, match="outside"):
            decode(f'["é",{bad}]'.encode())  # the full check


def test_the_default_depth_is_32_containers_on_both_paths() -> None:
    assert canonical.DEFAULT_MAX_DEPTH == 32
    deepest, too_deep = _nest(31), _nest(32)  # 32 and 33 lists
    assert decode(encode(deepest)) == deepest
    with pytest.raises(CanonicalError, match="deeper than 32"):
        encode(too_deep)
    plain = b"[" * 33 + b"]" * 33
    with pytest.raises(CanonicalError, match="deeper than 32"):
        decode(plain)
    assert decode(plain[1:-1]) == deepest
    objects = b'{"a":' * 33 + b"1" + b"}" * 33
    with pytest.raises(CanonicalError, match="deeper than 32"):
        decode(objects)
    assert decode(objects[5:-1]) is not None
    full = '["é",' + "[" * 32 + "]" * 32 + "]"  # non-ASCII: the full check alone
    with pytest.raises(CanonicalError, match="deeper than 32"):
        decode(full.encode())
    assert decode(('["é",' + "[" * 31 + "]" * 31 + "]").encode())[0] == "é"  # type: ignore[index]


def test_a_mixed_nesting_of_objects_and_lists_counts_every_container() -> None:
    value: object = 1
    for i in range(32):
        value = {"k": value} if i % 2 else [value]
    assert decode(encode(value)) == value
    with pytest.raises(CanonicalError, match="deeper"):
        encode([value])
    with pytest.raises(CanonicalError, match="deeper"):
        decode(b"[" + encode(value) + b"]")


def test_every_item_and_every_value_is_checked_not_only_the_first_level() -> None:
    for bad in ([1, 2, 1.5], {"a": 1, "b": [None, "e\u0301"]}, {"a": {"b": "\x00"}}):
        with pytest.raises(CanonicalError):
            encode(bad)
    for data in ('[1,"e\u0301"]', '{"a":"x","b":"e\u0301"}', '{"a":{"b":["é",1.5]}}'):
        with pytest.raises(CanonicalError):
            decode(data.encode())


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ({1: "x"}, "key is not ASCII"),
        ({None: "x"}, "key is not ASCII"),
        ({"é": "x"}, "key is not ASCII"),
        ({"a\x00": "x"}, "key contains U\\+0000"),
        ("a\x00", "string contains U\\+0000$"),
        ("é\x00", "U\\+0000 or a lone surrogate"),
        ("é\ud800", "lone surrogate"),
        ("e\u0301", "not in NFC"),
    ],
)
def test_encode_names_what_has_no_canonical_form(value: object, why: str) -> None:
    with pytest.raises(CanonicalError, match=why):
        encode(value)


def test_text_that_is_canonical_is_taken_whatever_its_script() -> None:
    for text in ("Amina", "é", "سلمى", "a\tb", "\u00e9t\u00e9 \u2014 \U0001f600"):
        assert decode(encode(text)) == text
        assert decode(encode({"k": [text]})) == {"k": [text]}


def test_decode_gives_the_value_on_the_full_path_too() -> None:
    assert decode('{"a":["é",1,null,true]}'.encode()) == {"a": ["é", 1, None, True]}
    assert decode(b'"\\u001f"') == "\x1f"  # an escape: the full path
    assert decode(b"null") is None
    assert decode(b"[null]") == [None]


def test_a_size_bound_takes_input_of_exactly_that_size() -> None:
    assert decode(b"[1,2,3]", max_bytes=7) == [1, 2, 3]
    with pytest.raises(CanonicalError, match="larger than 6 bytes"):
        decode(b"[1,2,3]", max_bytes=6)
    assert decode(bytearray(b"[1]")) == [1]  # type: ignore[arg-type]
    assert decode(memoryview(b"[1]")) == [1]  # type: ignore[arg-type]


def test_truncated_or_broken_ascii_is_a_canonical_error_on_the_plain_path() -> None:
    for data in (b"{", b"[1", b'{"a"}', b"tru", b'"abc', b"[1 2]"):
        with pytest.raises(CanonicalError, match="malformed"):
            decode(data)


def test_a_duplicate_key_is_refused_on_the_full_path_too() -> None:
    with pytest.raises(CanonicalError, match="duplicate"):
        decode('{"a":"é","a":"é"}'.encode())
    assert decode('{"a":"é","b":"é"}'.encode()) == {"a": "é", "b": "é"}


def test_a_long_hostile_number_is_quoted_at_most_20_characters() -> None:
    with pytest.raises(CanonicalError) as caught:
        decode(b"[1." + b"0" * 50 + b"]")
    assert str(caught.value) == "number '1.000000000000000000' is not an integer"


def test_deep_nesting_under_a_lenient_depth_is_still_a_canonical_error() -> None:
    with pytest.raises(CanonicalError):
        decode(b"[" * 5000 + b"]" * 5000, max_depth=100_000)


@given(_json)
def test_encode_checked_writes_what_encode_writes_for_a_checked_block(fields: object) -> None:
    """A personal block whose fields passed `encode` (the pull's blocks, once checked): the same
    bytes without walking its values again."""
    block = {"salt": "0" * 32, "fields": fields}
    assert canonical.encode_checked(block) == encode(block)


def test_encode_checked_leaves_the_depth_to_the_full_check_when_the_brackets_may_exceed_it() -> (
    None
):
    assert canonical.encode_checked(_nest(31)) == encode(_nest(31))  # 32 containers: taken
    with pytest.raises(CanonicalError, match="deeper than 32"):
        canonical.encode_checked(_nest(32))
    # 40 brackets inside strings, 2 containers: counted above 32, so the full check reads it.
    bracketed = {"fields": {"note": "[{" * 20}, "salt": "0" * 32}
    assert canonical.encode_checked(bracketed) == encode(bracketed)
    assert canonical.encode_checked([[]], max_depth=2) == b"[[]]"
    with pytest.raises(CanonicalError, match="deeper than 1"):
        canonical.encode_checked([[]], max_depth=1)


def test_encode_checked_refuses_what_json_cannot_write_at_all_as_encode_does() -> None:
    for bad in ({"a": {1, 2}}, {"a": float("nan")}, {"a": object()}):
        with pytest.raises(CanonicalError):
            canonical.encode_checked(bad)
