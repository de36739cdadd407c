"""Ticket codes: short, opaque, signed, and repaired when a keyboard layout mangled them.

A code is 14 characters of Crockford's base-32 alphabet (digits and upper-case letters without
I, L, O, U): 8 random characters (the serial, 40 bits) then 6 characters (30 bits) of an HMAC-SHA256
of the serial under the organisation's ticket key. Upper-case letters and digits put the QR code in
alphanumeric mode (version 1 at level M); no personal data is in it; a desk rejects a forged or
altered code offline. `reading_candidates` returns the ways a scanned string may be read:
as typed, and as repaired from a US-layout scanner typing into a French AZERTY layout.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SERIAL_LEN = 8
MAC_LEN = 6
CODE_LEN = SERIAL_LEN + MAC_LEN
_INDEX = {c: i for i, c in enumerate(ALPHABET)}

# A US-layout scanner sends key positions; an AZERTY layout reads them as other characters.
# Digits are typed unshifted (the AZERTY number row), upper-case letters with shift.
_US_TO_AZERTY = {
    "1": "&", "2": "é", "3": '"', "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç",
    "0": "à", "A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?",
}  # fmt: skip
_AZERTY_TO_US = {v: k for k, v in _US_TO_AZERTY.items()}
_MANGLED_ONLY = set(_AZERTY_TO_US) - set(ALPHABET)

# An imported ticket number (another system's) holds more than a code's alphabet: every key a
# US-layout scanner may send for one, unshifted then shifted, and what an AZERTY layout reads for it
# ("-" is the key right of 0, ")" there; "/" gives "!", "." gives ":").
_US_KEYS = "1234567890-=qwertyuiopasdfghjkl;zxcvbnm,./QWERTYUIOPASDFGHJKL:ZXCVBNM<>?_+"
_AZERTY_KEYS = "&é\"'(-è_çà)=azertyuiopqsdfghjklmwxcvbn,;:!AZERTYUIOPQSDFGHJKLMWXCVBN?./§°+"
_AZERTY_KEYS_TO_US = str.maketrans(_AZERTY_KEYS, _US_KEYS)


def _mac(key: bytes, serial: str) -> str:
    digest = hmac.digest(key, serial.encode("ascii"), hashlib.sha256)  # one C call
    value = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(MAC_LEN):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(chars)


def make_code(key: bytes) -> str:
    """A new random code signed with `key`.

    Every code holds at least one digit, so its AZERTY-mangled form always shows a mangled-only
    character and a plain typing is never mistaken for a mangled one (see `reading_candidates`).
    """
    while True:
        value = int.from_bytes(secrets.token_bytes(SERIAL_LEN * 5 // 8), "big")  # 40 random bits
        serial = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in range(SERIAL_LEN))
        code = serial + _mac(key, serial)
        if any(c.isdigit() for c in code):
            return code


def verify(key: bytes, code: str) -> bool:
    """True if `code` is exactly a genuine code under `key` (constant-time MAC comparison)."""
    if len(code) != CODE_LEN or any(c not in _INDEX for c in code):
        return False
    return hmac.compare_digest(_mac(key, code[:SERIAL_LEN]), code[SERIAL_LEN:])


def mangle_azerty(code: str) -> str:
    """What a US-layout scanner types into an AZERTY layout (for tests and the help screen)."""
    return "".join(_US_TO_AZERTY.get(c, c) for c in code)


def repair_azerty(text: str) -> str:
    """Undo `mangle_azerty`."""
    return "".join(_AZERTY_TO_US.get(c, c) for c in text)


def clean_scan(raw: str) -> str:
    """Trim what scanners add around a code: spaces, control characters (CR, LF, tab, GS…)."""
    return "".join(c for c in raw if c.isprintable()).strip()


def reading_candidates(raw: str) -> list[str]:
    """Readings of a scanned string to try, most likely first, without duplicates.

    - as typed (upper-cased; Crockford reads O as 0 and I/L as 1), when nothing in it could only
      come from the mangling;
    - repaired from the AZERTY mangling, only when it holds no plain digit (a mangled code has
      none): when it shows the mangling's marks (`&é"'(-è_çà?`) this is the only reading; when it
      shows neither marks nor digits it comes second, for the digit-free codes that versions before
      every code held a digit printed (their mangled form swaps only A/Q and Z/W). A plainly typed
      code holding a digit is never "repaired", so a W-for-Z typo cannot become a genuine reading;
      and since the repair swaps every A/Q/Z/W at once, a digit-free typo passes only if the whole
      string is exactly a genuine code's mangled form, which the MAC then confirms.
    """
    text = clean_scan(raw)
    if not text or len(text) > 64:
        return [text] if text else []
    has_digit = any(c.isdigit() for c in text)
    if not set(text) & _MANGLED_ONLY:
        typed = _normalise(text)
        repaired = _normalise(repair_azerty(text))
        return [typed] if has_digit or repaired == typed else [typed, repaired]
    return [] if has_digit else [_normalise(repair_azerty(text))]


def ticket_number_readings(raw: str) -> list[str]:
    """Readings of a scanned string to look up among imported ticket numbers, without duplicates:
    as typed, the code readings (`reading_candidates`), and, when it holds no plain digit (a US
    scanner's digits come out as `&é"'(-è_çà` on AZERTY), its keys read back as a US layout types
    them, punctuation included. A reading holding a digit is never repaired (as for codes), so a
    number holding "!" typed on AZERTY ("1" there) is not recognised: other systems' numbers hold
    letters, digits, "-", "/", "." and "_"."""
    text = clean_scan(raw)
    if not text:
        return []
    readings = [text, *reading_candidates(text)]
    if not any(c.isdigit() for c in text):
        readings.append(text.translate(_AZERTY_KEYS_TO_US))
    return list(dict.fromkeys(readings))


def _normalise(text: str) -> str:
    return text.upper().replace("O", "0").replace("I", "1").replace("L", "1").replace("-", "")


def looks_like_code(raw: str) -> bool:
    """True if a typed string is shaped like a ticket code (scan it) rather than a name (search).

    Ticket codes are 14 characters with at least one digit or a mangled digit; names rarely are.
    Alternative codes from other systems are recognised by `services.checkin` via lookup.
    """
    text = clean_scan(raw).replace("-", "")
    if len(text) != CODE_LEN or " " in text:
        return False
    has_digitish = any(c.isdigit() or c in _MANGLED_ONLY for c in text)
    return has_digitish and all(
        c.upper() in _INDEX or c in _AZERTY_TO_US or c.upper() in "OIL" for c in text
    )


def scanned_as_typed(text: str) -> bool:
    """True if `text` is exactly a code's 14 characters as a scanner typed them, plainly or
    mangled by an AZERTY layout: a digit or a mangled one in it, and a reading made of the code
    alphabet only. Unlike `looks_like_code`, "-" is not a separator here (it is a mangled "6")."""
    if len(text) != CODE_LEN or not any(c.isdigit() or c in _MANGLED_ONLY for c in text):
        return False
    return any(
        len(reading) == CODE_LEN and all(c in _INDEX for c in reading)
        for reading in reading_candidates(text)
    )


def find_genuine(key: bytes, raw: str) -> str | None:
    """The genuine code among the readings of `raw`, or None. The MAC tells which reading is real."""
    for reading in reading_candidates(raw):
        if verify(key, reading):
            return reading
    return None
