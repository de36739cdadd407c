"""Keys for matching people: e-mail and phone identity, and accent-free search text.

`phone_key` normalises to E.164 with Morocco as the default region (`0661…` → `+212661…`).
`fold` removes accents and case and tidies spaces, so `Bénani` and `benani` meet; Arabic letters are
kept (and their common variants unified), so Arabic names are searchable in Arabic.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

DEFAULT_REGION = "MA"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s@.+]", re.UNICODE)
_ARABIC_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ـ": ""})


def fold(text: str | None) -> str:
    """Lower-case, accent-free, single-spaced text for matching (keeps Arabic letters)."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
    stripped = stripped.translate(_ARABIC_VARIANTS).casefold()
    stripped = _PUNCT.sub(" ", stripped).replace("_", " ")
    return _SPACES.sub(" ", stripped).strip()


def is_valid_email(value: str | None) -> bool:
    return bool(value) and bool(_EMAIL.match(value.strip()))  # type: ignore[union-attr]


def email_key(value: str | None) -> str | None:
    """The identity of an e-mail address: trimmed and lower-cased, or None if it is not one."""
    if not value or not is_valid_email(value):
        return None
    return value.strip().lower()


# Moroccan numbers as people write them (0661 23 45 67, +212 661-234567, 00212…): answered
# without the full parser, which costs ~0.4 ms a call and dominated large imports.
_MA_SEPARATORS = re.compile(r"[\s.\-/()]")
_MA_NATIONAL = re.compile(r"^0([5-8]\d{8})$")
_MA_INTERNATIONAL = re.compile(r"^(?:\+|00)212([5-8]\d{8})$")


def phone_key(value: str | None, region: str = DEFAULT_REGION) -> str | None:
    """E.164 form of a phone number (Moroccan by default), or None if it cannot be one."""
    if not value:
        return None
    text = str(value).strip()
    compact = _MA_SEPARATORS.sub("", text)
    fast = _MA_INTERNATIONAL.match(compact) or (
        _MA_NATIONAL.match(compact) if region == "MA" else None
    )
    if fast:
        return "+212" + fast.group(1)
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
