"""The outbox's states and counts in the reader's language (the window and the command line).

The outbox stores a state key (`queued`, `sending`, `sent`, `failed`, `unknown`); people read a
word: `envoyé`, `échoué`… The keys stay in `--json` output. Context "outbox".
"""

from __future__ import annotations

from collections.abc import Mapping

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.wording.tr import Translate

CONTEXT = "outbox"

STATES: dict[str, str] = {
    "queued": QT_TRANSLATE_NOOP("outbox", "queued"),
    "sending": QT_TRANSLATE_NOOP("outbox", "sending"),
    "sent": QT_TRANSLATE_NOOP("outbox", "sent"),
    "failed": QT_TRANSLATE_NOOP("outbox", "failed"),
    "unknown": QT_TRANSLATE_NOOP("outbox", "unknown"),
}
# The other figures a sending command prints beside the states' counts.
FIGURES: dict[str, str] = {
    "without_email": QT_TRANSLATE_NOOP("outbox", "without e-mail"),
    "already_in_outbox": QT_TRANSLATE_NOOP("outbox", "already in the outbox"),
    "requeued": QT_TRANSLATE_NOOP("outbox", "queued again"),
}
# The outbox list's columns.
COLUMNS: dict[str, str] = {
    "state": QT_TRANSLATE_NOOP("outbox", "state"),
    "to": QT_TRANSLATE_NOOP("outbox", "to"),
    "subject": QT_TRANSLATE_NOOP("outbox", "subject"),
    "when": QT_TRANSLATE_NOOP("outbox", "when"),
    "detail": QT_TRANSLATE_NOOP("outbox", "detail"),
}
UNKNOWN_ASK = QT_TRANSLATE_NOOP("outbox", "unknown — send again?")
COUNT = QT_TRANSLATE_NOOP("outbox", "{what}: {count}")


def state_word(state: str, translate: Translate) -> str:
    """A message's state as a list shows it (`unknown` asks whether to send again)."""
    if state == "unknown":
        return translate(CONTEXT, UNKNOWN_ASK)
    source = STATES.get(state)
    return translate(CONTEXT, source) if source else state


def column_word(column: str, translate: Translate) -> str:
    source = COLUMNS.get(column)
    return translate(CONTEXT, source) if source else column


def counts_line(figures: Mapping[str, object], translate: Translate) -> str:
    """`queued: 0  sent: 3  failed: 1 …` in the reader's language (lists left out)."""
    parts = []
    for key, value in figures.items():
        if isinstance(value, list):
            continue
        source = STATES.get(key) or FIGURES.get(key)
        what = translate(CONTEXT, source) if source else key
        parts.append(translate(CONTEXT, COUNT).format(what=what, count=value))
    return "  ".join(parts)


# A template made here and not written in every language (templates.words_from).
LANGUAGE_NAMES: dict[str, str] = {
    "fr": QT_TRANSLATE_NOOP("outbox", "French"),
    "en": QT_TRANSLATE_NOOP("outbox", "English"),
    "ar": QT_TRANSLATE_NOOP("outbox", "Arabic"),
}
WORDS_FROM = QT_TRANSLATE_NOOP(
    "outbox",
    "Not written in {language} yet: readers in {language} get the {source} words below; "
    "edit and save them to write it.",
)


def words_from_note(language: str, source: str, translate: Translate) -> str:
    """The sentence for a template shown in `language` with the words of `source`, or ""."""
    if language == source:
        return ""

    def name(code: str) -> str:
        return translate(CONTEXT, LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code

    return translate(CONTEXT, WORDS_FROM).format(language=name(language), source=name(source))
