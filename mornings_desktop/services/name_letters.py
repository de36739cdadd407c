"""The letters of Moroccan names in both scripts, as `name_scripts` and `name_spelling` read them:
each Arabic letter's consonant key letter and long vowel, the Latin spellings (French
conventions as used in Morocco) and their vowel classes."""

from __future__ import annotations

import re

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


def latin_units(word: str) -> list[str]:
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
