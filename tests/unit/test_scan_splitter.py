"""Where a reading ends, on an injected clock: Enter or Tab; a burst (< 30 ms a key) then 80 ms of
silence when it is a complete code or an imported ticket number; codes back to back are split."""

from __future__ import annotations

import secrets

from mornings_desktop import codes
from mornings_desktop.services.scan_splitter import Reading, ScanJudge, ScanReader

KEY = secrets.token_bytes(32)
A, B = codes.make_code(KEY), codes.make_code(KEY)


def reader(refs: tuple[str, ...] = ("T-1043",)) -> ScanReader:
    return ScanReader(ScanJudge(KEY, lambda text: text in refs))


def feed(r: ScanReader, text: str, start: float, gap: float = 8) -> tuple[list[Reading], float]:
    out: list[Reading] = []
    at = start
    for char in text:
        at += gap
        out += r.key(char, at)
    return out, at


def test_enter_and_tab_end_a_reading() -> None:
    r = reader()
    out, _ = feed(r, A + "\t" + B + "\r", 0)
    assert [x.scans for x in out] == [(A,), (B,)]
    assert [x.ended_by for x in out] == ["tab", "enter"]
    assert r.text == ""


def test_burst_then_silence_ends_a_complete_code_only() -> None:
    r = reader()
    out, at = feed(r, A, 0)
    assert out == [] and r.poll(at + 79) == []  # not before 80 ms of silence
    [reading] = r.poll(at + 80)
    assert reading.scans == (A,) and reading.ended_by == "silence" and r.text == ""
    out, at = feed(r, A[:10], at + 500)  # an incomplete code: stays
    assert r.poll(at + 500) == [] and r.text == A[:10]


def test_a_name_typed_fast_is_never_ended_by_silence() -> None:
    r = reader()
    _, at = feed(r, "naciri", 0, gap=10)
    assert r.poll(at + 1000) == [] and r.text == "naciri"
    [reading] = r.key("\r", at + 1001)
    assert reading.search and reading.text == "naciri" and r.text == "naciri"


def test_slow_typing_is_no_burst_even_for_a_code() -> None:
    r = reader()
    _, at = feed(r, A, 0, gap=150)  # typed by hand: only Enter ends it
    assert r.poll(at + 1000) == []
    assert [x.scans for x in r.key("\r", at + 1001)] == [(A,)]


def test_a_scan_after_typing_takes_only_the_burst() -> None:
    r = reader()
    _, at = feed(r, "ben", 0, gap=200)
    _, at = feed(r, A, at + 300)
    [reading] = r.poll(at + 100)
    assert reading.scans == (A,) and r.text == "ben"


def test_codes_back_to_back_are_split_in_order() -> None:
    r = reader()
    _, at = feed(r, A + B, 0)
    [reading] = r.poll(at + 100)
    assert reading.scans == (A, B)
    _, at = feed(r, codes.mangle_azerty(B + A), at + 500)
    assert [x.scans for x in r.poll(at + 100)] == [(B, A)]


def test_imported_ticket_numbers_and_azerty() -> None:
    r = reader()
    _, at = feed(r, "T-1043", 0)
    assert [x.scans for x in r.poll(at + 100)] == [("T-1043",)]
    _, at = feed(r, codes.mangle_azerty(A), at + 500)
    assert [x.scans for x in r.poll(at + 100)] == [(A,)]


def test_judge_reads_codes_by_content() -> None:
    judge = ScanJudge(KEY, lambda text: False)
    grouped = " ".join(A.lower()[i : i + 4] for i in range(0, 14, 4))
    assert judge.scans(grouped) == [A]
    assert judge.scans("-".join(A[i : i + 4] for i in range(0, 14, 4))) == [A]
    assert judge.scans("]Q1" + A) == ["]Q1" + A]  # a scanner's prefix: the desk finds the code
    assert judge.scans(codes.make_code(secrets.token_bytes(32)))  # code-shaped: scan, say invalid
    assert judge.scans("naciri") == [] and judge.scans("Youssef Alaoui") == []


def test_one_late_key_does_not_break_a_scanned_code() -> None:
    r = reader()
    _, at = feed(r, A[:6], 0)
    _, at = feed(r, A[6:], at + 120)  # the sender was busy for a moment
    assert [x.scans for x in r.poll(at + 100)] == [(A,)]
