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
import re
from collections.abc import Callable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

# Arabic letter -> consonant key letter ("" = dropped). Input is `text_keys.fold`ed: أ إ آ -> ا,
# ى -> ي, ة -> ه, diacritics and tatweel removed.
_ARABIC_KEY = {
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ث": "t",
    "ط": "t",
    "ج": "j",
    "ح": "h",
    "ه": "h",
    "خ": "X",
    "د": "d",
    "ذ": "d",
    "ض": "d",
    "ر": "r",
    "ز": "z",
    "ظ": "z",
    "س": "s",
    "ص": "s",
    "ش": "C",
    "غ": "G",
    "گ": "k",  # the Moroccan g (Guessous, Regragui) is written ڭ, ك or ق
    "ڭ": "k",
    "ف": "f",
    "ڤ": "f",
    "ق": "k",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ع": "",
    "ء": "",
    "ا": "",
    "و": "",
    "ي": "",
    "ى": "",
    "ئ": "",
    "ؤ": "",
    "ة": "",
}
# The vowel-aware form: long vowels of Arabic script.
_ARABIC_VOWEL = {"ا": "a", "و": "u", "ي": "i", "ى": "a"}

# Latin spellings -> consonant key letters, longest first (French conventions as used in Morocco).
# Upper-case letters are the sounds of a digraph (C = ch, X = kh, G = gh, U = ou): they are not
# mapped again as single letters.
_LATIN_RULES: tuple[tuple[str, str], ...] = (
    ("sch", "C"),
    ("ch", "C"),
    ("sh", "C"),
    ("kh", "X"),
    ("gh", "G"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("dj", "j"),
    ("ck", "k"),
    ("qu", "k"),
    ("gu", "k"),
    ("ou", "U"),
    ("oo", "U"),
)
_LATIN_LETTER = {
    "q": "k",
    "g": "k",  # a lone g is the Moroccan g of ڭ, ك, ق; غ is written gh
    "v": "f",
    "p": "b",
    "x": "ks",
    "w": "",
    "y": "",
    "a": "",
    "e": "",
    "i": "",
    "o": "",
    "u": "",
    "U": "",
}
_LATIN_VOWEL = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u", "U": "u"}
_LATIN_RULE = re.compile("|".join(re.escape(a) for a, _ in _LATIN_RULES))
_LATIN_MAP = dict(_LATIN_RULES)
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")

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


def _latin_units(word: str) -> list[str]:
    """A folded Latin word as spelling units: digraphs first, then single letters."""
    units: list[str] = []
    at = 0
    while at < len(word):
        found = _LATIN_RULE.match(word, at)
        if found:
            units.append(_LATIN_MAP[found.group(0)])
            at = found.end()
            continue
        char = word[at]
        if char == "c":  # ce, ci: s; ca, co, cu: k
            following = word[at + 1 : at + 2]
            units.append("s" if following in ("e", "i", "y") else "k")
        else:
            units.append(char)
        at += 1
    return units


def _latin_key(word: str) -> str:
    return _collapse("".join(_LATIN_LETTER.get(u, u) for u in _latin_units(word) if u.isalpha()))


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
        for unit in _latin_units(word):
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
# The first letters typed, too short for a key of their own (`you`: none, `ala`: `l`), are
# spelled out, vowels included, against the start of the Arabic words (`spelled_prefix`).
SPELL_MIN_LETTERS = 3
_ANY_VOWEL = "*"  # ع: Latin writes it as a vowel (Ali علي, Omar عمر) or not at all


def _latin_spelling(word: str) -> tuple[str, ...]:
    """A Latin word as vowel classes (a, i, u) and key consonants, doubled consonants single."""
    out: list[str] = []
    for unit in _latin_units(word):
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


def _starts(word: str) -> set[tuple[str, ...]]:
    return {form[:n] for form in _arabic_spellings(word) for n in range(1, _START + 1) if form[:n]}


def _written_starts(typed: tuple[str, ...]) -> set[tuple[str, ...]]:
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
    return _fewest_skips(_latin_spelling(token), word)


def _fewest_skips(typed: tuple[str, ...], word: str) -> int | None:
    found = [s for s in (_skips(typed, form) for form in _arabic_spellings(word)) if s is not None]
    return min(found) if found else None


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
        for start in _starts(word) if arabic else ():
            self._starts.setdefault(start, set()).add(word)

    def discard(self, word: str) -> None:
        if word not in self._held:
            return
        self._held.discard(word)
        arabic = is_arabic(word)
        for key in keys(word):
            self._words[arabic].get(key, set()).discard(word)
        self._sorted[arabic] = None
        for start in _starts(word) if arabic else ():
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
        typed = _latin_spelling(token)
        candidates: set[str] = set()
        for start in _written_starts(typed):
            candidates |= self._starts.get(start, set())
        for word in candidates:
            skipped = _fewest_skips(typed, word)
            if skipped is not None:
                put(word, 38.0 + 0.15 * fuzz.partial_ratio(heard, sound(word)) - 3.0 * skipped)
