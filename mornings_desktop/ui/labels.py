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


def category_names(ws: Workspace) -> dict[str, str]:
    return labels.category_labels(ws, language())
