"""Keys for matching people: e-mail and phone identity, and accent-free search text.

`phone_key` normalises to E.164 with Morocco as the default region (`0661…` → `+212661…`).
`fold` removes accents and case and tidies spaces, so `Bénani` and `benani` meet; Arabic letters are
kept (and their common variants unified), so Arabic names are searchable in Arabic.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

DEFAULT_REGION = "MA"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s@.+]", re.UNICODE)
_ARABIC_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ـ": ""})


def name_key(first: str | None, last: str | None) -> str:
    """A person's name as the same-name rule compares it: folded words, sorted (case, accents
    and word order aside). Kept in `people.name_key` (indexed) for the import's lookups."""
    return " ".join(sorted(fold(f"{first or ''} {last or ''}").split()))


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


# -- what a field may hold ------------------------------------------------------------------------
# The most characters each field of a person or a registration may hold, at import and at entry.
FIELD_LIMITS: dict[str, int] = {
    "first_name": 120,
    "last_name": 120,
    "full_name": 241,  # a first and a last name with a space
    "organisation": 200,
    "job_title": 200,
    "email": 254,  # RFC 5321's longest usable address
    "phone": 40,
    "category": 100,
    "external_ref": 100,
    "note": 2000,
}
# Control characters (C0 but tab and line ends, DEL, C1), bidirectional embeddings, overrides and
# isolates (U+202A–U+202E, U+2066–U+2069: they reorder what a terminal or a badge shows), the BOM
# and interlinear annotations: never part of a name, an address or a note.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_LINE_ENDS = re.compile(r"[\t\r\n\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")


def has_controls(text: str) -> bool:
    return bool(_CONTROLS.search(text))


def strip_controls(text: str, *, multiline: bool = False) -> str:
    """`text` without control and bidi-override characters; tabs and line ends become spaces
    (kept as line ends when `multiline`)."""
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        return _CONTROLS.sub("", text)
    return _CONTROLS.sub("", _LINE_ENDS.sub(" ", text))


_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))}
_ESCAPES.update({c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_ESCAPES.update({0xFEFF: "\\ufeff", 0x2028: "\\u2028", 0x2029: "\\u2029"})
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in _ESCAPES if c >= 0x7F}


def printable(text: str) -> str:
    """`text` safe for a terminal: control and bidi characters shown as `\\x1b`, `\\u202e`."""
    return text.translate(_ESCAPES)


def json_printable(text: str) -> str:
    """JSON text (already escaped below U+0020) with C1 and bidi characters as `\\uXXXX` escapes:
    still the same JSON value, but safe to print."""
    return text.translate(_JSON_ESCAPES)


_TOO_LONG = {
    "first_name": QT_TRANSLATE_NOOP("errors", "The first name is longer than {max} characters."),
    "last_name": QT_TRANSLATE_NOOP("errors", "The last name is longer than {max} characters."),
    "full_name": QT_TRANSLATE_NOOP("errors", "The name is longer than {max} characters."),
    "organisation": QT_TRANSLATE_NOOP(
        "errors", "The organisation is longer than {max} characters."
    ),
    "job_title": QT_TRANSLATE_NOOP("errors", "The job title is longer than {max} characters."),
    "email": QT_TRANSLATE_NOOP("errors", "The e-mail address is longer than {max} characters."),
    "phone": QT_TRANSLATE_NOOP("errors", "The phone number is longer than {max} characters."),
    "category": QT_TRANSLATE_NOOP("errors", "The category is longer than {max} characters."),
    "external_ref": QT_TRANSLATE_NOOP(
        "errors", "The ticket number is longer than {max} characters."
    ),
    "note": QT_TRANSLATE_NOOP("errors", "The note is longer than {max} characters."),
}


def check_length(field: str, text: str | None) -> None:
    """Refuse (ValidationError) a value longer than its field's limit; never cut it short."""
    most = FIELD_LIMITS.get(field)
    if most is not None and text and len(text) > most:
        raise ValidationError(_TOO_LONG[field], max=most)


def clean_note(note: str | None) -> str | None:
    """A note as typed, without control characters, refused beyond its limit."""
    if note is None:
        return None
    text = strip_controls(note, multiline=True).strip()
    check_length("note", text)
    return text


_SPACED_PHONE = re.compile(r"^\+\d{1,3}( \d{1,4})+$")


def phone_display(value: str | None, region: str = DEFAULT_REGION) -> str:
    """A phone in the spaced international form (`+212 6 61 23 45 67`, `+33 6 12 34 56 78`),
    which spreadsheets open as text, without a `'`; as typed when it is not a phone number."""
    if not value:
        return ""
    e164 = phone_key(value, region)
    if e164 is None:
        return value
    if e164.startswith("+212") and len(e164) == 13:
        n = e164[4:]
        return f"+212 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:9]}"
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return value
    spaced = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    spaced = " ".join(re.sub(r"[^\d+]", " ", spaced).split())
    return spaced if _SPACED_PHONE.match(spaced) else value


def is_spaced_phone(text: str) -> bool:
    """True for what `phone_display` writes for a real number (`+212 6 61 23 45 67`)."""
    return bool(_SPACED_PHONE.match(text))
