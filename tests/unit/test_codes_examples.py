"""Ticket codes on fixed examples: the exact code a key and a draw give, and each reading rule.

The property tests (`test_codes.py`) draw codes at random; these pin the values, so a changed bit
in the MAC, a swapped branch in `reading_candidates` or a loosened `looks_like_code` fails here on
every run, whatever the seed."""

from __future__ import annotations

import pytest

from mornings_desktop import codes

KEY = bytes(range(32))
CODE = "T4YC5T82CTZYSV"  # the code KEY gives for the draw 12 34 56 78 9a
DIGIT_FREE = "FDRCSCYSQPHHRV"  # the code KEY gives for the draw cf 99 96 61 af (no digit)


def _draws(monkeypatch: pytest.MonkeyPatch, *draws: bytes) -> list[int]:
    asked: list[int] = []
    queue = list(draws)

    def token_bytes(n: int) -> bytes:
        asked.append(n)
        return queue.pop(0)

    monkeypatch.setattr(codes.secrets, "token_bytes", token_bytes)
    return asked


def test_the_mac_of_a_serial_is_fixed() -> None:
    assert codes._mac(KEY, "ABCDEFGH") == "FXX2X6"
    assert codes._mac(KEY, CODE[:8]) == CODE[8:]
    assert codes._mac(bytes(32), "ABCDEFGH") != "FXX2X6"


def test_a_draw_gives_one_code(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _draws(monkeypatch, bytes.fromhex("123456789a"))
    assert codes.make_code(KEY) == CODE
    assert asked == [5]  # 40 random bits
    assert (codes.CODE_LEN, codes.SERIAL_LEN, codes.MAC_LEN) == (14, 8, 6)


def test_a_digit_free_draw_is_drawn_again(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _draws(monkeypatch, bytes.fromhex("cf999661af"), bytes.fromhex("123456789a"))
    assert codes.make_code(KEY) == CODE
    assert asked == [5, 5]
    assert codes.verify(KEY, DIGIT_FREE)  # genuine, but no longer issued


@pytest.mark.parametrize(
    ("text", "genuine"),
    [
        (CODE, True),
        (DIGIT_FREE, True),
        (CODE[:-1], False),
        (CODE + "0", False),
        (CODE[:-1] + "W", False),  # one MAC character off
        ("U" + CODE[1:], False),  # U is not in the alphabet
        (CODE.lower(), False),  # `verify` takes a reading, already upper-cased
        ("", False),
    ],
)
def test_verify(text: str, genuine: bool) -> None:
    assert codes.verify(KEY, text) is genuine


def test_mangle_and_repair() -> None:
    assert codes.mangle_azerty(CODE) == "T'YC(T_éCTWYSV"
    assert codes.mangle_azerty("AQZWM1234567890") == "QAWZ?&é\"'(-è_çà"
    assert codes.repair_azerty("QAWZ?&é\"'(-è_çà") == "AQZWM1234567890"
    assert codes.repair_azerty("BCD") == "BCD"


def test_clean_scan() -> None:
    assert codes.clean_scan("\x1d]Q1 " + CODE + "\r\n\t") == "]Q1 " + CODE
    assert codes.clean_scan("  A B  ") == "A B"
    assert codes.clean_scan("\n\r") == ""


@pytest.mark.parametrize(
    ("raw", "readings"),
    [
        ("", []),
        (" \r\n", []),
        ("o" * 65, ["o" * 65]),  # too long to be read: kept as typed
        ("o" * 64, ["0" * 64]),  # 64 characters are still read
        (CODE, [CODE]),
        (CODE.lower() + "\r\n", [CODE]),
        ("oil", ["011"]),  # Crockford: O is 0, I and L are 1
        ("T'YC(T_éCTWYSV", [CODE]),  # mangled: only the repaired reading
        ("T'YC(T_éCTWYSV5", []),  # mangling marks and a plain digit: no reading
        ("FDRCSCYSAPHHRV", ["FDRCSCYSAPHHRV", DIGIT_FREE]),  # digit-free: typed, then repaired
        ("BCDEFGH", ["BCDEFGH"]),  # repairing changes nothing: one reading
        ("Z2", ["Z2"]),  # a plain digit: never repaired
        ("m", ["M"]),
        ("?", ["M"]),
    ],
)
def test_reading_candidates(raw: str, readings: list[str]) -> None:
    assert codes.reading_candidates(raw) == readings


@pytest.mark.parametrize(
    ("raw", "shaped"),
    [
        (CODE, True),
        (CODE.lower(), True),
        ("T'YC(T_éCTWYSV", True),  # mangled digits count as digits
        ("T4YC-5T82-CTZY-SV", True),  # dashes are ignored
        (" " + CODE + "\r\n", True),
        (CODE[:-1], False),
        (CODE + "A", False),
        ("T4YC5T8 CTZYSV", False),
        (DIGIT_FREE, False),  # nothing digit-like: a name, more likely
        ("T4YC5T82CTZYSU", False),  # U is in no code
        ("T4YC5T82CTOILV", True),  # O, I, L read as digits
        ("T4YC5T82CTZYS!", False),
    ],
)
def test_looks_like_code(raw: str, shaped: bool) -> None:
    assert codes.looks_like_code(raw) is shaped


def test_find_genuine() -> None:
    assert codes.find_genuine(KEY, CODE) == CODE
    assert codes.find_genuine(KEY, "T'YC(T_éCTWYSV\r\n") == CODE
    assert codes.find_genuine(KEY, "FDRCSCYSAPHHRV") == DIGIT_FREE  # second reading
    assert codes.find_genuine(KEY, DIGIT_FREE) == DIGIT_FREE
    assert codes.find_genuine(bytes(32), CODE) is None
    assert codes.find_genuine(KEY, "") is None
