"""The window's labels for internal keys, in the interface's language (see wording/labels.py)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.wording import labels
from mornings_desktop.wording.tr import Words


def language() -> str:
    """fr, en or ar: the language `i18n.install_translations` chose (English otherwise)."""
    code = QLocale().name()[:2]
    return code if code in labels.LANGUAGES else "en"


def label(kind: str, key: str) -> str:
    return labels.label(kind, key, language())


def isolate(text: str) -> str:
    """In Arabic, Latin names, dates and time ranges keep their order (U+2068 … U+2069)."""
    return Words(language()).isolate(text)


def time_range(start: str, end: str) -> str:
    return isolate(f"{start}–{end}") if start or end else ""


# A date typed or chosen in a date field: French, British English and Moroccan Arabic all write
# the day first (10/12/2026), never the files' 2026-12-10. Left to right in Arabic too (the
# field's sections would turn around).
DATE_FIELD_FORMAT = "dd/MM/yyyy"


def long_date(iso: str) -> str:
    """`2026-12-10` as the window's language writes it: 10 décembre 2026, 10 دجنبر 2026."""
    return Words(language()).long_date(iso)


def morning_choice(iso_date: str, title: str) -> str:
    """A Morning in a list to choose from: its date in words, then its title (set apart in
    Arabic, where a French title would otherwise carry the dash and the date along)."""
    return f"{long_date(iso_date)} — {isolate(title)}"


def category_names(ws: Workspace) -> dict[str, str]:
    return labels.category_labels(ws, language())
