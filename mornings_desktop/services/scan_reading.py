"""Reading a scan: the string a scanner, a webcam or a person typed, cleaned, and the genuine code
of this organisation found in it (mangled by a keyboard layout, wrapped in a scanner's prefix or
suffix). Pure functions: no database."""

from __future__ import annotations

from mornings_desktop import codes


def clean_reading(raw: str) -> str:
    text = codes.clean_scan(raw)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: no scanner types them
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _windows(reading: str) -> list[str]:
    """Every 14-character piece of a reading, the whole first (extra scanner prefix/suffix)."""
    if len(reading) <= codes.CODE_LEN:
        return [reading]
    return [reading[i : i + codes.CODE_LEN] for i in range(len(reading) - codes.CODE_LEN + 1)]


def find_code(key: bytes, text: str) -> str | None:
    """The genuine code of this organisation hidden in `text` (mangled, prefixed…), or None."""
    if not text or len(text) > 64:
        return None
    if codes.verify(key, text):  # as printed (most scans): its first reading, already normal
        return text
    for reading in codes.reading_candidates(text):
        for piece in _windows(reading):
            if codes.verify(key, piece):
                return piece
    return None
