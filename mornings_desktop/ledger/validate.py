"""The one check every operation passes before it is applied, whatever path it came by.

`record` (this desk's own changes), a pull from the hub and a bundle import all call it, so no
input can crash a desk or stop a pull cursor: an operation either passes, or is *refused*
(malformed: kept in quarantine with its reason), or *waits* (an edit stamped too far in the future,
retried each round).

What passes:
- `hlc` is `<13-digit ms>-<4-digit counter>` (see `hlc.py`); nothing else is a stamp, so the
  erasure tombstone `~` outranks every valid stamp;
- `op_id` and `desk_id` are short plain identifiers, `type` is `word.word`, `desk_seq` an integer
  from 1 to 2^53;
- the payload is a JSON object decoded with bounded nesting (RecursionError counts as malformed),
  without duplicate keys, NaN, Infinity or floats; integers lie within ±2^53; strings hold no
  U+0000 and no lone surrogate; its canonical text stays under the size limit of its type
  (the largest operations the program makes are import batches of 500 rows and speaker photos).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from mornings_desktop.ledger import hlc
from mornings_desktop.ledger.operation import JsonDict, Op, dumps

HLC_RE = re.compile(r"\A[0-9]{13}-[0-9]{4}\Z")
ID_RE = re.compile(r"\A[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\Z")
TYPE_RE = re.compile(r"\A[a-z][a-z0-9_]{0,31}(?:\.[a-z][a-z0-9_]{0,31}){1,3}\Z")
MAX_DEPTH = 32
MAX_INT = 2**53
MAX_SEQ = 2**53
# Bytes of canonical payload text. Check-ins and prints are a few hundred bytes; a speaker photo
# (a 400 px thumbnail in base64) stays under 1 MiB; an import batch holds 500 rows.
DEFAULT_LIMIT = 2 * 1024 * 1024
SIZE_LIMITS: dict[str, int] = {
    "checkin.created": 16 * 1024,
    "checkin.reverted": 16 * 1024,
    "checkin.duplicate_confirmed": 16 * 1024,
    "badge.printed": 16 * 1024,
    "desk.announced": 16 * 1024,
    "import.batch": 16 * 1024 * 1024,
}
# Operations that apply at once whatever their stamp (facts, not last-writer-wins edits).
IMMEDIATE_TYPES = frozenset({"checkin.created", "checkin.reverted", "badge.printed"})
MAX_AHEAD_MS = hlc.MAX_AHEAD_MS

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Malformed(ValueError):
    """An operation no desk applies: refused, kept in quarantine with `str(exc)` as the reason."""


class NotYetDue(ValueError):
    """An edit stamped too far ahead of this desk's clock: it waits and is retried each round."""


def _refuse_constant(name: str) -> Any:
    raise Malformed(f"payload holds {name}")


def _refuse_float(text: str) -> Any:
    raise Malformed(f"payload holds a fraction ({text[:20]})")


def _pairs(pairs: list[tuple[str, Any]]) -> JsonDict:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        dup = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise Malformed(f"payload repeats the key {dup[:40]!r}")
    return obj


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def _depth(text: str) -> int:
    """The deepest nesting of `text` (strings skipped), counted without recursion."""
    depth = deepest = 0
    for m in _BRACKET.finditer(_STRING.sub("", text)):
        if m.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads(text: str | bytes, *, what: str = "payload", limit: int | None = None) -> Any:
    """Decode untrusted JSON: bounded size and nesting, no duplicate keys, NaN or floats."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Malformed(f"{what} is not UTF-8") from exc
    if limit is not None and len(text) > limit:
        raise Malformed(f"{what} is too large ({len(text)} characters, at most {limit})")
    if text.count("[") + text.count("{") > MAX_DEPTH and _depth(text) > MAX_DEPTH:
        raise Malformed(f"{what} is nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_constant=_refuse_constant,
            parse_float=_refuse_float,
        )
    except Malformed:
        raise
    except RecursionError as exc:
        raise Malformed(f"{what} is nested too deeply") from exc
    except ValueError as exc:
        raise Malformed(f"{what} is not JSON ({exc})") from exc


def check_value(value: Any, *, what: str = "payload") -> None:
    """Walk a decoded (or locally built) value: types, integer range, strings, nesting."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise Malformed(f"{what} is nested deeper than {MAX_DEPTH} levels")
        if item is None or item is True or item is False:
            continue
        if isinstance(item, str):
            _check_string(item, what)
        elif isinstance(item, int):
            if not -MAX_INT <= item <= MAX_INT:
                raise Malformed(f"{what} holds an integer beyond ±2^53")
        elif isinstance(item, dict):
            for key, sub in item.items():
                if not isinstance(key, str):
                    raise Malformed(f"{what} has a key that is not text")
                _check_string(key, what)
                stack.append((sub, depth + 1))
        elif isinstance(item, list | tuple):
            stack.extend((sub, depth + 1) for sub in item)
        elif isinstance(item, float):
            raise Malformed(f"{what} holds a fraction or NaN")
        else:
            raise Malformed(f"{what} holds a {type(item).__name__}")


def _check_string(text: str, what: str) -> None:
    if "\x00" in text:
        raise Malformed(f"{what} holds a NUL character")
    if not text.isascii() and _LONE_SURROGATE.search(text):
        raise Malformed(f"{what} holds a lone surrogate")


def check_envelope(
    op_id: object, desk_id: object, desk_seq: object, stamp: object, op_type: object
) -> None:
    if not isinstance(op_id, str) or not ID_RE.match(op_id):
        raise Malformed("op_id is not an identifier")
    if not isinstance(desk_id, str) or not ID_RE.match(desk_id):
        raise Malformed("desk_id is not an identifier")
    if isinstance(desk_seq, bool) or not isinstance(desk_seq, int) or not 1 <= desk_seq <= MAX_SEQ:
        raise Malformed("desk_seq is not a positive integer")
    if not isinstance(stamp, str) or not HLC_RE.match(stamp):
        raise Malformed("hlc is not a clock reading (13 digits, '-', 4 digits)")
    if not isinstance(op_type, str) or not TYPE_RE.match(op_type):
        raise Malformed("type is not an operation type")


def size_limit(op_type: str) -> int:
    return SIZE_LIMITS.get(op_type, DEFAULT_LIMIT)


def check_op(op: Op, payload_text: str | None = None, *, canonical: bool = False) -> None:
    """Raise Malformed unless `op` passes every check (`payload_text`: its canonical text).

    `canonical`: the payload was decoded from canonical JSON (`trust.canonical.decode`, a signed
    body checked on entry) at most 16 levels deep and nothing was added to it since, so every
    value `check_value` walks is known good already (no float, integers within ±(2**53 - 1),
    text keys, no U+0000 or lone surrogate, depth far under MAX_DEPTH): only the envelope and the
    size are checked (issue 18: the walk was a twentieth of a joining desk's applying)."""
    check_envelope(op.op_id, op.desk_id, op.desk_seq, op.hlc, op.type)
    if not isinstance(op.payload, dict):
        raise Malformed("payload is not an object")
    if not canonical:
        check_value(op.payload)
    text = dumps(op.payload) if payload_text is None else payload_text
    limit = size_limit(op.type)
    if len(text.encode("utf-8")) > limit:
        raise Malformed(f"payload of {op.type} is larger than {limit} bytes")


def parse_op(raw: Mapping[str, Any]) -> Op:
    """An operation from untrusted data (a hub row, a bundle line). Raises Malformed."""
    if not isinstance(raw, Mapping):
        raise Malformed("not an operation object")
    fields = ("op_id", "desk_id", "desk_seq", "hlc", "type", "payload")
    missing = [name for name in fields if name not in raw]
    if missing:
        raise Malformed(f"operation lacks {', '.join(missing)}")
    op_type = raw["type"]
    check_envelope(raw["op_id"], raw["desk_id"], raw["desk_seq"], raw["hlc"], op_type)
    payload = raw["payload"]
    limit = size_limit(op_type)
    if isinstance(payload, str | bytes):
        payload = loads(payload, limit=limit)
    if not isinstance(payload, dict):
        raise Malformed("payload is not an object")
    op = Op(raw["op_id"], raw["desk_id"], raw["desk_seq"], raw["hlc"], op_type, payload)
    check_op(op)
    return op


def check_due(op: Op, now_ms: int | None = None) -> None:
    """Raise NotYetDue for an edit stamped more than 5 minutes ahead of this desk's wall clock."""
    if op.type in IMMEDIATE_TYPES:
        return
    wall, _ = hlc.decode(op.hlc)
    now = hlc.wall_ms_now() if now_ms is None else now_ms
    if wall > now + MAX_AHEAD_MS:
        minutes = (wall - now) // 60_000
        raise NotYetDue(f"stamped {minutes} minutes ahead of this desk's clock; waiting")


def quarantine_key(raw: object) -> str:
    """The id a refused entry is kept under: its op_id if that is one, else a digest of it."""
    if isinstance(raw, Mapping):
        op_id = raw.get("op_id")
        if isinstance(op_id, str) and ID_RE.match(op_id):
            return op_id
    import hashlib

    text = json.dumps(raw, default=str, sort_keys=True) if not isinstance(raw, str) else raw
    return "x:" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:40]
