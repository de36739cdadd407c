"""Canonical JSON (DESIGN.md §6): the one byte string a value is signed as.

Objects with ASCII keys in sorted order, no spaces, UTF-8. Values are `None`, `bool`, integers within
±(2**53 - 1) (what every JSON reader holds exactly), strings in NFC without U+0000 or lone
surrogates, lists and objects. No floats, NaN, exponents or `-0`. `decode` accepts only text that
`encode` would write byte for byte, so duplicate keys, other escapes or key orders are refused.
Every refusal is a `CanonicalError`; hostile input never raises anything else.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any, NoReturn, TypeAlias

Json: TypeAlias = bool | int | str | list["Json"] | dict[str, "Json"] | None

MAX_INT = 2**53 - 1
DEFAULT_MAX_DEPTH = 32
_FORBIDDEN = re.compile("[\x00\ud800-\udfff]")


class CanonicalError(ValueError):
    """The value or the bytes are not canonical JSON (the message says why)."""


def _refuse(message: str) -> NoReturn:
    raise CanonicalError(message)


def _check_text(text: str, what: str) -> None:
    if text.isascii():
        if "\x00" in text:
            _refuse(f"{what} contains U+0000")
        return
    if _FORBIDDEN.search(text):
        _refuse(f"{what} contains U+0000 or a lone surrogate")
    if not unicodedata.is_normalized("NFC", text):
        _refuse(f"{what} is not in NFC")


def _check(value: object, depth: int, max_depth: int) -> None:
    kind = type(value)
    if value is None or kind is bool:
        return
    if kind is int:
        if not -MAX_INT <= value <= MAX_INT:  # type: ignore[operator]
            _refuse("integer outside ±(2**53 - 1)")
        return
    if kind is str:
        _check_text(value, "string")  # type: ignore[arg-type]
        return
    if kind is list or kind is dict:
        if depth >= max_depth:
            _refuse(f"nested deeper than {max_depth}")
        if kind is list:
            for item in value:  # type: ignore[attr-defined]
                _check(item, depth + 1, max_depth)
            return
        for key, item in value.items():  # type: ignore[attr-defined]
            if type(key) is not str or not key.isascii():
                _refuse("object key is not ASCII text")
            if "\x00" in key:
                _refuse("object key contains U+0000")
            _check(item, depth + 1, max_depth)
        return
    _refuse(f"{kind.__name__} is not a canonical JSON value")


def _dump(value: object) -> bytes:
    text = json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return text.encode("utf-8")


def encode(value: object, max_depth: int = DEFAULT_MAX_DEPTH) -> bytes:
    """The canonical bytes of `value`; `CanonicalError` if it has no canonical form."""
    _check(value, 0, max_depth)
    return _dump(value)


def encode_checked(value: object, max_depth: int = DEFAULT_MAX_DEPTH) -> bytes:
    """`encode(value)` for a value whose strings, integers and keys passed `encode` already — a
    personal block `{"salt", "fields"}` whose fields its check encoded (`trust.personal`): what
    is left is the depth, bounded by the text's count of `{` and `[` (a bracket inside a string
    only raises the count: above `max_depth`, the full check decides). Skips the walk over every
    value, most of a block's encoding (issue 18: the pull encoded each block twice)."""
    try:
        raw = _dump(value)
    except (TypeError, ValueError):
        return encode(value, max_depth)  # not what the caller said: the full check words it
    if raw.count(b"{") + raw.count(b"[") <= max_depth:
        return raw
    return encode(value, max_depth)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        _refuse("duplicate object key")
    return result


def _no_float(text: str) -> NoReturn:
    _refuse(f"number {text[:20]!r} is not an integer")


def _no_constant(text: str) -> NoReturn:
    _refuse(f"{text} is not JSON")


def _int_in_range(text: str) -> int:
    value = int(text)
    if not -MAX_INT <= value <= MAX_INT:
        _refuse("integer outside ±(2**53 - 1)")
    return value


def _plain(raw: bytes, max_depth: int) -> Json | None:
    """The value of `raw` when it is plainly canonical, else None (the full check then decides and
    words the refusal). Plain: ASCII with no backslash-u escape (so no U+0000, no lone surrogate, no
    text to normalise, ASCII keys) and at most `max_depth` `{` and `[` (so no deeper nesting);
    integers are checked as they are read, floats and constants refused; the re-encoding must
    give the same bytes (which also rules out duplicate keys). Most operations are plain: this
    skips the walk over every value (`_check`) and the Python call per object (`_pairs`)."""
    if not raw.isascii() or b"\\u" in raw or raw.count(b"{") + raw.count(b"[") > max_depth:
        return None
    try:
        value = json.loads(
            raw, parse_int=_int_in_range, parse_float=_no_float, parse_constant=_no_constant
        )
        again = _dump(value)  # the very encoding `encode` writes (DEL stays as it is)
    except (ValueError, TypeError, RecursionError):
        return None
    return value if again == raw else None


def decode(data: bytes, max_depth: int = DEFAULT_MAX_DEPTH, max_bytes: int | None = None) -> Json:
    """The value of canonical bytes; `CanonicalError` for anything `encode` would not write."""
    if not isinstance(data, bytes | bytearray | memoryview):
        _refuse("canonical JSON is read from bytes")
    raw = bytes(data)
    if max_bytes is not None and len(raw) > max_bytes:
        _refuse(f"larger than {max_bytes} bytes")
    plain = _plain(raw, max_depth)
    if plain is not None:
        return plain
    try:
        text = raw.decode("utf-8")
        value = json.loads(
            text, object_pairs_hook=_pairs, parse_float=_no_float, parse_constant=_no_constant
        )
        _check(value, 0, max_depth)
        again = _dump(value)
    except CanonicalError:
        raise
    except RecursionError:
        _refuse(f"nested deeper than {max_depth}")
    except (ValueError, TypeError, UnicodeError) as exc:
        _refuse(f"malformed: {type(exc).__name__}")
    if again != raw:
        _refuse("not in canonical form (spaces, key order, escapes or number form)")
    return value  # type: ignore[no-any-return]
