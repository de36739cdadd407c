"""Ticket codes: genuine codes pass as typed and as AZERTY-mangled; nothing else ever does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop import codes

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def test_code_shape_is_short_uppercase_alphanumeric() -> None:
    code = codes.make_code(KEY)
    assert len(code) == codes.CODE_LEN
    assert all(c in codes.ALPHABET for c in code)
    assert codes.verify(KEY, code)


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=2**40))
def test_genuine_codes_accepted_as_typed_and_mangled(seed: int) -> None:
    import random

    rng = random.Random(seed)
    serial = "".join(rng.choice(codes.ALPHABET) for _ in range(codes.SERIAL_LEN))
    code = serial + codes._mac(KEY, serial)
    assert codes.find_genuine(KEY, code) == code
    assert codes.find_genuine(KEY, codes.mangle_azerty(code)) == code
    assert codes.find_genuine(KEY, f"  {code}\r\n") == code
    assert codes.find_genuine(OTHER_KEY, code) is None


@settings(max_examples=500)
@given(st.text(max_size=40))
def test_random_strings_never_accepted(text: str) -> None:
    assert codes.find_genuine(KEY, text) is None


@settings(max_examples=300)
@given(st.data())
def test_altered_codes_rejected(data: st.DataObject) -> None:
    serial = data.draw(st.text(alphabet=codes.ALPHABET, min_size=8, max_size=8))
    code = serial + codes._mac(KEY, serial)
    position = data.draw(st.integers(0, codes.CODE_LEN - 1))
    replacement = data.draw(st.sampled_from(codes.ALPHABET).filter(lambda c: c != code[position]))
    altered = code[:position] + replacement + code[position + 1 :]
    assert not codes.verify(KEY, altered)


def test_looks_like_code() -> None:
    code = codes.make_code(KEY)
    assert codes.looks_like_code(code) or not any(c.isdigit() for c in code)
    assert not codes.looks_like_code("Bennani")
    assert not codes.looks_like_code("el idrissi rachid")
