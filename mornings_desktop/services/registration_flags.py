"""Flags of a registration beyond its category: what the door must know before letting someone in.

A registration carries a set of flag keys (`registrations.flags`, space-separated in FLAGS order;
in operations a list, `{"fields": {"flags": ["dietary", "payment_due"]}}`). Any flag makes an
admission "admitted — attention", the flags named in words (`wording/labels.py`, kind `flag`).
A spreadsheet column ("Drapeaux", "Signalements", "Flags"…) lists them in French, English or
Arabic words (`from_cell`); the registration form and the door edit them (DESIGN §6: a door desk
may edit notes and flags of any registration).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from mornings_desktop.text_keys import fold

FLAGS = ("dietary", "payment_due", "accessibility", "vip", "press")
_KEY = re.compile(r"\A[a-z][a-z0-9_]{0,31}\Z")
MAX_FLAGS = 16

# Words a spreadsheet cell may use for each flag, folded (`text_keys.fold`: no accents, lower).
WORDS: dict[str, tuple[str, ...]] = {
    "dietary": (
        "dietary", "diet", "regime", "regime alimentaire", "regime special", "allergie",
        "allergies", "allergy", "vegetarien", "vegetarienne", "vegan", "sans gluten",
        "gluten free", "vegetarian", "حمية", "نظام غذائي", "حساسية",
    ),
    "payment_due": (
        "payment_due", "a encaisser", "encaisser", "a payer", "paiement du", "non paye",
        "impaye", "to pay", "payment due", "unpaid", "للتحصيل", "غير مدفوع", "الأداء",
    ),
    "accessibility": (
        "accessibility", "accessibilite", "pmr", "fauteuil", "fauteuil roulant", "wheelchair",
        "mobilite reduite", "ولوجيات", "الولوج", "كرسي متحرك",
    ),
    "vip": ("vip", "شخصية مهمة"),
    "press": ("press", "presse", "journaliste", "presse a accueillir", "صحافة", "صحفي"),
}  # fmt: skip
_BY_WORD = {fold(word): key for key, words in WORDS.items() for word in words}
_SPLIT = re.compile(r"[,;/|+\n·•]+")


def ordered(keys: Iterable[str]) -> tuple[str, ...]:
    """Known flags in FLAGS order, then other well-formed keys (from a newer version) sorted."""
    found = {k for k in keys if isinstance(k, str) and _KEY.match(k)}
    known = tuple(k for k in FLAGS if k in found)
    return (known + tuple(sorted(found - set(FLAGS))))[:MAX_FLAGS]


def decode(text: str | None) -> tuple[str, ...]:
    """The flags stored in `registrations.flags`."""
    return ordered((text or "").split())


def from_cell(
    text: str | None, labels: Mapping[str, str] | None = None
) -> tuple[tuple[str, ...], list[str]]:
    """A spreadsheet cell (`VIP; à encaisser`, `Régime alimentaire`) -> (flags, words not known).

    `labels` (folded label -> key, `flag_list.import_words`) are the organiser's own labels, read
    before the built-in words."""
    keys: list[str] = []
    unknown: list[str] = []
    for piece in _SPLIT.split(text or ""):
        word = fold(piece).strip(" .-_")
        if not word:
            continue
        spaced = word.replace("-", " ")
        key = (labels or {}).get(word) or (labels or {}).get(spaced)
        key = key or _BY_WORD.get(word) or _BY_WORD.get(spaced)
        if key is None:
            unknown.append(piece.strip())
        else:
            keys.append(key)
    return ordered(keys), unknown
