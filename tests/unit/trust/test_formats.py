"""The shapes of identifiers in signed records: ASCII only, and the bounds of counts and text."""

from __future__ import annotations

import pytest

from mornings_desktop.trust import formats
from mornings_desktop.trust.formats import DESK_ID, DIGEST, HLC, ISSUED, matches


def test_a_count_runs_from_its_low_bound_to_the_largest_exact_json_integer() -> None:
    assert formats.MAX_SEQ == 2**53 - 1
    assert formats.is_count(0) and formats.is_count(formats.MAX_SEQ)
    assert not formats.is_count(-1) and not formats.is_count(formats.MAX_SEQ + 1)
    assert formats.is_count(1, low=1) and not formats.is_count(0, low=1)
    for not_a_count in (True, 1.0, "1", None):
        assert not formats.is_count(not_a_count)


def test_text_is_bounded_by_its_length_in_characters() -> None:
    assert formats.is_text("é" * 200, 200) and not formats.is_text("é" * 201, 200)
    assert formats.is_text("", 0) and not formats.is_text(b"x", 200)


@pytest.mark.parametrize(
    ("pattern", "value", "good"),
    [
        (DESK_ID, "door-1", True),
        (DESK_ID, "door-1\n", False),  # the whole text, not a prefix
        (DESK_ID, "door\u0661", False),  # an Arabic-Indic digit
        (DESK_ID, 1, False),  # not text: no match, no crash
        (DESK_ID, None, False),
        (DIGEST, "ab" * 32, True),
        (HLC, "1764504000000-0000", True),
        (HLC, "1764504000000-00000", False),
    ],
    ids=[
        "desk",
        "desk-newline",
        "desk-arabic-digit",
        "desk-int",
        "desk-none",
        "digest",
        "hlc",
        "hlc-long",
    ],
)
def test_identifiers_match_their_whole_text_in_ascii(
    pattern: object, value: object, good: bool
) -> None:
    assert matches(pattern, value) is good  # type: ignore[arg-type]


def test_now_is_written_as_an_issued_stamp() -> None:
    assert matches(ISSUED, formats.now_issued())
