"""The operator: the person at the desk, recorded with every change this desk makes (law 09-08,
"who did what"). A desk laptop passes between volunteers during a Morning, so the name is asked at
the start of a shift in the window and switched in two keystrokes; on the command line it is the
global `--operator NAME` (default: the computer's user name)."""

from __future__ import annotations

import unicodedata

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_OPERATOR = 60
MAX_RECENT = 8


def check_operator(name: str | None) -> str:
    """1–60 visible characters, NFC, inner spaces collapsed (it is shown in the Log and exports)."""
    text = unicodedata.normalize("NFC", name or "")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in text if ch not in "\t "):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The operator name holds an invisible character; retype it."
            )
        )
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Type the name of the person at the desk.")
        )
    if len(cleaned) > MAX_OPERATOR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The operator name is too long (at most {n} characters)."),
            n=MAX_OPERATOR,
        )
    return cleaned


def default_operator() -> str:
    """The computer's user name (the ledger's rule; imported late: the command line checks a name
    without loading the ledger)."""
    from mornings_desktop.ledger import signing

    return signing.default_operator()


def remember(recent: list[str], name: str) -> list[str]:
    """`recent` with `name` first, once (case-insensitively), at most MAX_RECENT names."""
    others = [r for r in recent if r.casefold() != name.casefold()]
    return [name, *others][:MAX_RECENT]
