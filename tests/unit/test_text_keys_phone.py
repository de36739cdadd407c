"""The fast path for Moroccan phone numbers gives exactly what the full parser gives."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop.text_keys import phone_key


def parser_key(value: str) -> str | None:
    text = value.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, "MA")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


digits = st.text(alphabet="0123456789", min_size=8, max_size=10)
separator = st.sampled_from(["", " ", ".", "-", "/"])


@settings(max_examples=300)
@given(
    st.sampled_from(["0", "+212", "00212", "+212 ", "(0)", "", "+33 ", "0033"]), digits, separator
)
def test_fast_path_agrees_with_the_parser(prefix: str, number: str, sep: str) -> None:
    written = prefix + sep.join(number[i : i + 2] for i in range(0, len(number), 2))
    assert phone_key(written) == parser_key(written)


def test_examples() -> None:
    assert phone_key("0661 23 45 67") == "+212661234567"
    assert phone_key("+212 661-234567") == "+212661234567"
    assert phone_key("00212661234567") == "+212661234567"
    assert phone_key("+33 6 12 34 56 78") == "+33612345678"
    assert phone_key("12") is None
