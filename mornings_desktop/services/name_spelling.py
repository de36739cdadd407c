"""The first Latin letters of a name against the start of an Arabic word, letter by letter.

`you` has no consonant key and `ala` only `l`: too short for `name_scripts.keys`. So the Latin
letters are spelled out (vowels in three classes a, i, u; consonants as key letters) and so is
the start of each Arabic word (ا و ي as a, u, i; ع as any vowel; a final ه as the a of a ta
marbuta; with and without the article). A Latin short vowel Arabic does not write may be left out
(not the first or the last letter typed), an ع after the first letter may be silent, a first ا may
be unwritten in Latin. `name_scripts.KeyIndex` looks words up by their first three letters
written out (`starts`, `written_starts`) and checks each (`fewest_skips`).
"""

from __future__ import annotations

import functools

from mornings_desktop.services.name_letters import (
    _ARABIC_KEY,
    _ARABIC_VOWEL,
    _LATIN_LETTER,
    _LATIN_VOWEL,
    latin_units,
)

# The first letters typed, too short for a key of their own (`you`: none, `ala`: `l`), are
# spelled out, vowels included, against the start of the Arabic words (`spelled_prefix`).
SPELL_MIN_LETTERS = 3
_ANY_VOWEL = "*"  # ع: Latin writes it as a vowel (Ali علي, Omar عمر) or not at all


def latin_spelling(word: str) -> tuple[str, ...]:
    """A Latin word as vowel classes (a, i, u) and key consonants, doubled consonants single."""
    out: list[str] = []
    for unit in latin_units(word):
        if unit in _LATIN_VOWEL:
            out.append(_LATIN_VOWEL[unit])
        elif unit.isalpha():
            letters = _LATIN_LETTER.get(unit, unit)
            for letter in letters:
                if not out or out[-1] != letter:
                    out.append(letter)
    return tuple(out)


@functools.lru_cache(maxsize=100_000)
def _arabic_spellings(word: str) -> tuple[tuple[str, ...], ...]:
    """An Arabic word as written letters: long vowels (ا و ي) as a, u, i, ع as any vowel, a final
    ه as the a of a ta marbuta, key consonants; with and without the article."""
    forms = [word]
    if word.startswith("ال") and len(word) > 3:
        forms.append(word[2:])
    out: list[tuple[str, ...]] = []
    for form in forms:
        letters: list[str] = []
        for at, char in enumerate(form):
            if char == "ع":
                letters.append(_ANY_VOWEL)
            elif char == "ه" and at == len(form) - 1 and at > 1:
                letters.append("a")
            elif char in _ARABIC_VOWEL:
                letters.append(_ARABIC_VOWEL[char])
            elif _ARABIC_KEY.get(char):
                letters.append(_ARABIC_KEY[char])
        out.append(tuple(letters))
    return tuple(out)


_START = 3  # letters of the written start an Arabic word is looked up by


def starts(word: str) -> set[tuple[str, ...]]:
    return {form[:n] for form in _arabic_spellings(word) for n in range(1, _START + 1) if form[:n]}


def written_starts(typed: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The first letters (up to `_START`) an Arabic word may be written with to read as `typed`:
    the moves of `_skips`, run forward from the typed side."""
    out: set[tuple[str, ...]] = set()
    stack: list[tuple[int, tuple[str, ...]]] = [(0, ())]
    while stack:
        i, written = stack.pop()
        if len(written) == _START or i == len(typed):
            out.add(written)
            continue
        letter = typed[i]
        vowel = letter in "aiu"
        stack.append((i + 1, (*written, letter)))
        if vowel:
            stack.append((i + 1, (*written, _ANY_VOWEL)))
            if 0 < i < len(typed) - 1:
                stack.append((i + 1, written))
        elif written:
            stack.append((i, (*written, _ANY_VOWEL)))
        else:
            stack.append((i, ("a",)))
    return {w for w in out if w}


def _skips(typed: tuple[str, ...], written: tuple[str, ...]) -> int | None:
    """Whether `typed` (Latin, spelled) reads as the start of `written` (Arabic, spelled): the
    fewest Latin vowels left out (short vowels Arabic does not write), or None. Consonants match
    in order (an ع after the first letter may be silent); the first and the last letter typed are never
    left out; a first ا may be unwritten in Latin (Driss إدريس)."""
    best: int | None = None
    stack = [(0, 0, 0)]
    seen: set[tuple[int, int]] = set()
    while stack:
        i, j, skipped = stack.pop()
        if i == len(typed):
            best = skipped if best is None else min(best, skipped)
            continue
        if (i, j) in seen and best is not None:
            continue
        seen.add((i, j))
        letter = typed[i]
        here = written[j] if j < len(written) else ""
        vowel = letter in "aiu"
        if here and (here == letter or (vowel and here == _ANY_VOWEL)):
            stack.append((i + 1, j + 1, skipped))
        if vowel and 0 < i < len(typed) - 1:
            stack.append((i + 1, j, skipped + 1))
        if not vowel and ((j > 0 and here == _ANY_VOWEL) or (j == 0 and here == "a")):
            stack.append((i, j + 1, skipped))
    return best


def spelled_prefix(token: str, word: str) -> int | None:
    """Latin letters typed (`you`, `ala`) against an Arabic word: Latin vowels left out, or None."""
    return fewest_skips(latin_spelling(token), word)


def fewest_skips(typed: tuple[str, ...], word: str) -> int | None:
    found = [s for s in (_skips(typed, form) for form in _arabic_spellings(word)) if s is not None]
    return min(found) if found else None
