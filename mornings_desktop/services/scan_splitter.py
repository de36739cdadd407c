"""Where one reading ends: a scanner types like a keyboard, so the desk must tell when a code is
complete, whatever the scanner's suffix (Enter, Tab, or nothing), and never merge two codes.

Pure: no Qt, no clock of its own. `ScanReader` is fed `(char, at_ms)` key events and returns the
readings they complete:

- Enter or Tab ends a reading;
- a burst of keys (each under `BURST_GAP_MS` after the previous one) followed by `SILENCE_MS` of
  silence ends one too, when the burst's text is a MAC-valid code (as typed or AZERTY-repaired)
  or exactly an imported ticket number; anything else typed fast (a name) stays in the field;
- text holding several MAC-valid codes back to back is split at `codes.CODE_LEN`, in order.

`ScanJudge` decides by content, not speed, what a text is: a code (or several), an imported ticket
number, something code-shaped (scan it, to say why it fails), or a name to search.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mornings_desktop import codes
from mornings_desktop.services.scan_reading import find_code

BURST_GAP_MS = 30  # a scanner types a key every few ms; people do not type this fast for long
SILENCE_MS = 80  # after a burst, this much silence ends a complete code
ENDS = ("\r", "\n", "\t")


@dataclass(frozen=True)
class Reading:
    """One completed reading: `texts` to scan in order (one, or each of several codes back to
    back), or `search` (the text is a name: Enter searches, it is never scanned)."""

    text: str
    scans: tuple[str, ...]
    ended_by: str  # "enter", "tab", "silence"

    @property
    def search(self) -> bool:
        return not self.scans


class ScanJudge:
    """What a text is, for the desk of one organisation (its ticket key) and one database
    (`is_ticket_number`: an exact imported ticket number exists; one indexed lookup)."""

    def __init__(self, key: bytes, is_ticket_number: Callable[[str], bool]) -> None:
        self.key = key
        self.is_ticket_number = is_ticket_number

    def codes_in(self, text: str) -> list[str]:
        """The genuine codes `text` is made of: one (as typed, AZERTY-repaired, or typed by hand in
        groups `s2sv 9ebr knc6 fb`), or several back to back; [] when it is not only codes."""
        compact = _compact(text)
        for candidate in dict.fromkeys((text.strip(), compact, compact.replace("-", ""))):
            if not candidate:
                continue
            found = codes.find_genuine(self.key, candidate)
            if found is not None:
                return [found]
        for candidate in dict.fromkeys((compact, compact.replace("-", ""))):
            if len(candidate) <= codes.CODE_LEN or len(candidate) % codes.CODE_LEN:
                continue
            pieces = [
                candidate[i : i + codes.CODE_LEN] for i in range(0, len(candidate), codes.CODE_LEN)
            ]
            found_all = [codes.find_genuine(self.key, piece) for piece in pieces]
            if all(found_all):
                return [f for f in found_all if f is not None]
        return []

    def is_reading(self, text: str) -> bool:
        """Complete on its own (the silence rule): genuine code(s), or an imported ticket number."""
        text = codes.clean_scan(text)
        return bool(text) and (bool(self.codes_in(text)) or self._ticket_number(text))

    def scans(self, text: str) -> list[str]:
        """What Enter or Tab scans, in order; [] means the text is a name to search."""
        cleaned = codes.clean_scan(text)
        if not cleaned:
            return []
        found = self.codes_in(cleaned)
        if found:
            return found
        if self._ticket_number(cleaned) or codes.looks_like_code(_compact(cleaned)):
            return [cleaned]
        if any(c.isdigit() for c in cleaned) and find_code(self.key, cleaned) is not None:
            return [cleaned]  # a scanner's prefix or suffix around a genuine code (`]Q1…`)
        return []

    def _ticket_number(self, text: str) -> bool:
        return len(text) <= 128 and self.is_ticket_number(text)


def _compact(text: str) -> str:
    return "".join(text.split())


class ScanReader:
    """The keys of one input, turned into readings. Feed `key(char, at_ms)` for each character
    (Enter as "\\r", Tab as "\\t"), `poll(now_ms)` when time passes, `edited(text)` when the text
    changed otherwise (Backspace, paste, clear).

    A burst is a run of keys typed on average under `BURST_GAP_MS` apart: one late key (the
    sending program or the desk was busy for a moment) does not break a scanner's code in two,
    while a person typing by hand never comes near that speed for a whole code."""

    def __init__(self, judge: ScanJudge) -> None:
        self.judge = judge
        self.text = ""
        self._times: list[float | None] = []  # when each character of `text` was typed

    def edited(self, text: str) -> None:
        """The text changed by other means than typing at its end: no burst in it."""
        self.text = text
        self._times = [None] * len(text)

    def key(self, char: str, at_ms: float) -> list[Reading]:
        if char in ENDS:
            return self.end("tab" if char == "\t" else "enter")
        if not char.isprintable():
            return []
        self.text += char
        self._times.append(at_ms)
        return []

    def end(self, ended_by: str) -> list[Reading]:
        """Enter or Tab: the whole text is one reading (scanned, or a search)."""
        text = self.text
        scans = self.judge.scans(text)
        if not scans:  # a name: Enter searches (the text stays for the walk-in form); Tab nothing
            self.edited(text)
            return [Reading(text, (), ended_by)] if ended_by == "enter" and text.strip() else []
        self.edited("")
        return [Reading(text, tuple(scans), ended_by)]

    @property
    def waiting(self) -> bool:
        """Keys were typed since the last reading: silence may end them."""
        return bool(self._times) and self._times[-1] is not None

    def poll(self, now_ms: float) -> list[Reading]:
        """Time passed: after `SILENCE_MS` without a key, a burst that is complete is a reading."""
        last = self._times[-1] if self._times else None
        if last is None or now_ms - last < SILENCE_MS:
            return []
        return self.silence()

    def silence(self) -> list[Reading]:
        """The silence after the last key was observed (by a timer started on each key): the
        longest fast run at the end of the text that is complete is a reading; what was typed
        before it (by hand) stays."""
        if not self.waiting:
            return []
        for start in self._starts():
            piece = self.text[start:]
            if self._fast(start) and self.judge.is_reading(piece):
                scans = self.judge.scans(piece)
                self.edited(self.text[:start])
                return [Reading(piece, tuple(scans), "silence")]
        self.edited(self.text)  # nothing complete: it stays, as typed text
        return []

    def _starts(self) -> list[int]:
        """Where a run of typed keys may start: after a pause or an edit, earliest first."""
        times = self._times
        return [
            i
            for i, at in enumerate(times)
            if at is not None
            and (i == 0 or (prev := times[i - 1]) is None or at - prev >= BURST_GAP_MS)
        ]

    def _fast(self, start: int) -> bool:
        times = self._times[start:]
        if len(times) < 2 or any(t is None for t in times):
            return False
        typed = [t for t in times if t is not None]
        return (typed[-1] - typed[0]) / (len(typed) - 1) < BURST_GAP_MS
