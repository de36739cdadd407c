"""Names across scripts: يوسف العلوي is found by `youssef alaoui`, and the other way round.

Moroccan names are written in Arabic script and, on identity papers and in company lists, in a
French transliteration that varies (Mohamed, Mohammed, Mohamad; Youssef, Yousef; Chraibi,
Shraibi). Arabic script writes no short vowels. So both scripts are brought to one *consonant
key*: the consonants in a shared alphabet (ش = ch = sh, خ = kh, غ = gh, ق = ك = q = k = g, ث = t…),
vowels, w, y, ع and hamza dropped, doubled letters made single. `محمد` and `Mohammed` are both
`mhmd`. Known variants are keys too: with and without the article (العلوي, El Alaoui, Alaoui),
a final ه that was a ta marbuta (فاطمة = Fatima) or an h (طه = Taha).

Keys collide (علي and علوي are both `l`), so a match is ranked by a second, vowel-aware form
(`sound`): Arabic long vowels (ا و ي) and every Latin vowel in three classes a, i, u.

No library is used: the general transliterators write Arabic as Arabic is spelled (`mhmd`,
`al-ʿalawī`), not as Moroccan names are written in French; the few rules below do (see
tests/data/moroccan_name_pairs.csv for the evaluation, and docs/checkin.md for its figures).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from mornings_desktop.services.name_letters import (
    _ARABIC_KEY,
    _ARABIC_LETTER,
    _ARABIC_VOWEL,
    _LATIN_LETTER,
    _LATIN_VOWEL,
    latin_units,
)
from mornings_desktop.services.name_spelling import (
    SPELL_MIN_LETTERS,
    fewest_skips,
    latin_spelling,
    starts,
    written_starts,
)

# Words that start a compound name: typed apart or together (Ben Jelloun, بنجلون; عبد الله,
# Abdellah; Aït Taleb, آيت الطالب), and the article. The search joins them with the next word.
COMPOUND_HEADS = frozenset(
    {
        "abd",
        "abdel",
        "abdul",
        "abdal",
        "ben",
        "bin",
        "ibn",
        "ait",
        "ould",
        "bou",
        "el",
        "al",
        "عبد",
        "بن",
        "ابن",
        "ايت",
        "ولد",
        "بو",
        "ال",
    }
)
# Words that end one: Abdellah is عبد الله, Noureddine is نور الدين (or Nour-Eddine).
COMPOUND_TAILS = frozenset(
    {"الله", "الدين", "allah", "ellah", "lah", "eddine", "dine", "din", "addine", "allal"}
)


def is_arabic(word: str) -> bool:
    return bool(_ARABIC_LETTER.search(word))


def _collapse(letters: str) -> str:
    out: list[str] = []
    for letter in letters:
        if not out or out[-1] != letter:
            out.append(letter)
    return "".join(out)


def _latin_key(word: str) -> str:
    return _collapse("".join(_LATIN_LETTER.get(u, u) for u in latin_units(word) if u.isalpha()))


def _arabic_key(word: str) -> str:
    return _collapse("".join(_ARABIC_KEY.get(c, "") for c in word))


@functools.lru_cache(maxsize=100_000)
def keys(word: str) -> tuple[str, ...]:
    """The consonant keys of one folded word (the spelling as written first, then variants)."""
    if not word:
        return ()
    found: list[str] = []
    if is_arabic(word):
        forms = [word]
        if word.startswith("ال") and len(word) > 3:
            forms.append(word[2:])  # the article: العلوي is also Alaoui
        if "ال" in word[2:]:
            forms.append(word[:2] + word[2:].replace("ال", ""))  # عبدالرحيم: Abderrahim
        for form in list(forms):
            if form.endswith("ه") and len(form) > 2:  # a ta marbuta: فاطمة Fatima, نجاة Najat
                forms += [form[:-1], form[:-1] + "ت"]
        found = [_arabic_key(form) for form in forms]
    else:
        forms = [word]
        for article in ("el", "al"):
            if word.startswith(article) and len(word) > 4:
                forms.append(word[2:])  # Elalaoui, Alaoui
        found = [_latin_key(form) for form in forms]
    return tuple(k for k in dict.fromkeys(found) if k)


@functools.lru_cache(maxsize=100_000)
def sound(word: str) -> str:
    """The word with its written vowels in three classes (a, i, u): ranks words of one key."""
    if is_arabic(word):
        if word.endswith("ه"):
            word = word[:-1] + "ا"  # mostly a ta marbuta (أميمة Oumaima), heard as a vowel
        letters = [_ARABIC_KEY.get(c, "") or _ARABIC_VOWEL.get(c, "") for c in word]
    else:
        letters = []
        for unit in latin_units(word):
            if unit in _LATIN_VOWEL:
                letters.append(_LATIN_VOWEL[unit])
            elif unit.isalpha():
                letters.append(_LATIN_LETTER.get(unit, unit))
    return _collapse("".join(letters))


def joins(words: list[str], at: int) -> bool:
    """True if `words[at]` and the next word are one name typed in two (`ben jelloun`,
    `abdel kader`, `nour eddine`)."""
    return at + 1 < len(words) and (words[at] in COMPOUND_HEADS or words[at + 1] in COMPOUND_TAILS)


def joined_words(words: list[str]) -> list[str]:
    """Each compound written as one word (`ben jelloun` -> `benjelloun`)."""
    return [words[at] + words[at + 1] for at in range(len(words) - 1) if joins(words, at)]


SHORT_KEY_SOUND = 70.0  # a key of one consonant (علي, علوي: `l`) must also sound alike


class KeyIndex:
    """Name words by consonant key, one table per script: a query in Latin letters looks only at
    the Arabic words, and the other way round (a same-script spelling is the search's own fuzzy
    match). Scores, below a same-script match, even a misspelt one (64–100): 50–75 for the same
    key, ranked by how the vowels sound; less for a key one letter off, or, for the word being
    typed, one that starts with it."""

    def __init__(self) -> None:
        self._words: dict[bool, dict[str, set[str]]] = {False: {}, True: {}}
        self._sorted: dict[bool, list[str] | None] = {False: None, True: None}
        self._held: set[str] = set()
        # Arabic words by the first 1, 2 and 3 letters written out (`_arabic_spellings`): where
        # the first letters of a Latin name are looked for (`_spelled`).
        self._starts: dict[tuple[str, ...], set[str]] = {}

    def add(self, word: str) -> None:
        if word in self._held:
            return
        self._held.add(word)
        arabic = is_arabic(word)
        for key in keys(word):
            self._words[arabic].setdefault(key, set()).add(word)
        self._sorted[arabic] = None
        for start in starts(word) if arabic else ():
            self._starts.setdefault(start, set()).add(word)

    def discard(self, word: str) -> None:
        if word not in self._held:
            return
        self._held.discard(word)
        arabic = is_arabic(word)
        for key in keys(word):
            self._words[arabic].get(key, set()).discard(word)
        self._sorted[arabic] = None
        for start in starts(word) if arabic else ():
            self._starts.get(start, set()).discard(word)

    def matches(self, token: str, typing: bool = False) -> dict[str, float]:
        """Words of the other script than `token` that may be the same name, with a score."""
        other = not is_arabic(token)
        table = self._words[other]
        found: dict[str, float] = {}
        token_keys = keys(token)
        spell = typing and other and len(token) >= SPELL_MIN_LETTERS
        if not table or not (token_keys or spell):
            return found
        ordered = self._sorted[other]
        if ordered is None:
            ordered = self._sorted[other] = sorted(k for k, words in table.items() if words)
        heard = sound(token)

        def put(word: str, score: float) -> None:
            if score > found.get(word, 0.0):
                found[word] = score

        for key in token_keys:
            for word in table.get(key, ()):
                alike = fuzz.ratio(heard, sound(word))
                if len(key) > 1 or alike >= SHORT_KEY_SOUND:
                    put(word, 50.0 + 0.25 * alike)
            if typing and len(key) >= 2:
                at = bisect.bisect_left(ordered, key)
                while at < len(ordered) and ordered[at].startswith(key):
                    for word in table[ordered[at]]:
                        put(word, 45.0 + 0.2 * fuzz.partial_ratio(heard, sound(word)))
                    at += 1
            if len(key) >= 4:  # one letter off (Guessous كسوس); shorter keys are too alike
                for near, _, _ in process.extract(
                    key, ordered, scorer=Levenshtein.distance, score_cutoff=1, limit=None
                ):
                    if len(near) < 4:
                        continue
                    close = 0.35 * fuzz.ratio(key, near)
                    for word in table[near]:
                        put(word, close + 0.25 * fuzz.ratio(heard, sound(word)))
        if spell and max(map(len, token_keys), default=0) < 2:
            self._spelled(token, heard, put)
        return found

    def _spelled(self, token: str, heard: str, put: Callable[[str, float], None]) -> None:
        """The first letters of a Latin name (`you`, `ala`) against the start of the Arabic
        words written out, looked up by the first three letters they may be written with.
        Below a key's prefix match (45–65): 38–53, less for each vowel left out."""
        typed = latin_spelling(token)
        candidates: set[str] = set()
        for start in written_starts(typed):
            candidates |= self._starts.get(start, set())
        for word in candidates:
            skipped = fewest_skips(typed, word)
            if skipped is not None:
                put(word, 38.0 + 0.15 * fuzz.partial_ratio(heard, sound(word)) - 3.0 * skipped)
