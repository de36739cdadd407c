"""The shapes of identifiers in signed records (ASCII only: `\\d` would accept Arabic digits)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

ORG_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
DESK_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")  # no "/": walk-in ids are "<desk_id>/…"
INC = re.compile(r"[A-Za-z0-9_-]{1,64}")
DIGEST = re.compile(r"[0-9a-f]{64}")
ISSUED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
HLC = re.compile(r"[0-9]{13}-[0-9]{4}")
OP_TYPE = re.compile(r"[a-z][a-z_]{0,40}\.[a-z][a-z_]{0,40}")
ENTITY_ID = re.compile(r"[A-Za-z0-9_.:/-]{1,128}")
KEY_TEXT = re.compile(r"[A-Za-z0-9+/]{43}=")
MAX_SEQ = 2**53 - 1


def matches(pattern: re.Pattern[str], value: object) -> bool:
    return type(value) is str and pattern.fullmatch(value) is not None


def is_count(value: object, low: int = 0) -> bool:
    return type(value) is int and low <= value <= MAX_SEQ


def is_text(value: object, max_chars: int) -> bool:
    return type(value) is str and len(value) <= max_chars


def now_issued() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
