"""The translate function the wording modules use, and text helpers (plurals, bidi, dates).

The window passes `QCoreApplication.translate`; the command line passes `catalogue(lang)`, which
reads the same compiled `.qm` files without Qt. Source strings are English.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

Translate = Callable[..., str]  # (context, text, disambiguation=None, n=-1) -> str

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate … pop directional isolate


def apart(text: str) -> str:
    """A person's text (a title, a name) set apart from the sentence around it, in every
    language: an Arabic title inside an English or French sentence otherwise takes the
    brackets and times after it into its own direction ("“كلمة” (11:45–11:30)"). Arabic
    sentences isolate their parts in their translations already."""
    return f"{FSI}{text}{PDI}" if text else text


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself (with %n filled in)."""
    return text.replace("%n", str(n)) if n >= 0 else text


@dataclass(frozen=True)
class Words:
    """A language and its translate function."""

    language: str = "en"
    translate: Translate = field(default=english)

    def say(self, context: str, text: str, n: int = -1) -> str:
        out = self.translate(context, text, None, n)
        return out.replace("%n", str(n)) if n >= 0 else out

    def isolate(self, text: str) -> str:
        """Latin names, times and codes inside Arabic keep their own direction (U+2068 … U+2069)."""
        return f"{FSI}{text}{PDI}" if self.language == "ar" and text else text

    def long_date(self, iso: str) -> str:
        """`2026-03-12` as people write it: 12 mars 2026, 12 March 2026, 12 مارس 2026."""
        try:
            day = date.fromisoformat(iso[:10])
        except ValueError:
            return iso
        months = MONTHS.get(self.language, MONTHS["en"])
        return f"{day.day} {months[day.month - 1]} {day.year}"


MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    # Moroccan usage, as QLocale("ar_MA") writes them.
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "شتنبر",
        "أكتوبر",
        "نونبر",
        "دجنبر",
    ],
}


# -- the compiled catalogue, read without Qt (the .qm format: tagged sections) ----------------
_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def read_qm(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translations (several for a plural message). Empty if unreadable."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(_MAGIC):
        return {}
    found: dict[tuple[str, str], list[str]] = {}
    pos = len(_MAGIC)
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        pos += 5
        if tag == _MESSAGES:
            _messages(data[pos : pos + length], found)
        pos += length
    return found


def _messages(block: bytes, found: dict[tuple[str, str], list[str]]) -> None:
    pos = 0
    context = source = ""
    translations: list[str] = []
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            if source:
                found.setdefault((context, source), translations)
            context = source = ""
            translations = []
            continue
        if tag == _OBSOLETE1:
            continue
        length = struct.unpack(">I", block[pos : pos + 4])[0]
        pos += 4
        if length == 0xFFFFFFFF:
            continue
        chunk = block[pos : pos + length]
        pos += length
        if tag == _TRANSLATION:
            translations.append(chunk.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = chunk.decode("utf-8")
        elif tag == _CONTEXT:
            context = chunk.decode("utf-8")


def plural_form(language: str, n: int) -> int:
    """Which numerus form Qt uses for `n` (French: 0 and 1 singular; Arabic: six forms)."""
    if language == "fr":
        return 0 if n in (0, 1) else 1
    if language == "ar":
        if n == 0:
            return 0
        if n == 1:
            return 1
        if n == 2:
            return 2
        if 3 <= n % 100 <= 10:
            return 3
        if n % 100 >= 11:
            return 4
        return 5
    return 0 if n == 1 else 1


def catalogue(language: str, folder: Path | None = None) -> Translate:
    """A translate function over the language's compiled `.qm` files (English when missing;
    English's own files hold its plural forms: "1 badge", "2 badges" for "%n badge(s)")."""
    if folder is None:
        from mornings_desktop.paths import resources_dir

        folder = resources_dir() / "translations" / "build" / language
    table: dict[tuple[str, str], list[str]] = {}
    for qm in sorted(folder.glob("*.qm")) if folder.is_dir() else []:
        table.update(read_qm(qm))

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = table.get((context, text))
        if not forms:
            return english(context, text, disambiguation, n)
        form = forms[min(plural_form(language, n), len(forms) - 1)] if n >= 0 else forms[0]
        return form.replace("%n", str(n)) if n >= 0 else form

    return translate
