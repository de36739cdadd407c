"""The language a command-line reader reads: `--lang` where the command has it, else the
environment (MORNINGS_LANG, LC_ALL, LC_MESSAGES, LANG), else English."""

from __future__ import annotations

import argparse
import os

LANGUAGES = ("fr", "en", "ar")


def reader_language(args: argparse.Namespace) -> str:
    """`--lang`, else the reader's environment (MORNINGS_LANG, LC_ALL, LC_MESSAGES, LANG)."""
    chosen = getattr(args, "lang", None)
    if chosen:
        return str(chosen)
    for name in ("MORNINGS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")[:2].lower()
        if value in LANGUAGES:
            return value
        if value:
            break
    return "en"
