"""Refusing a bad export request before anything is read: an unknown language, a target file
Windows would not accept, a folder that does not exist or that we may not write into."""

from __future__ import annotations

import os
from pathlib import Path

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError, ValidationError

FORMATS = (".xlsx", ".csv")
LANGUAGES = ("fr", "en", "ar")
FORBIDDEN_CHARACTERS = '<>:"/\\|?*'
RESERVED_NAMES = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}  # fmt: skip


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown language {language} (choose fr, en or ar)."),
            language=language,
        )
    return language


def check_target(path: Path | str, formats: tuple[str, ...] = FORMATS) -> Path:
    """The target file, or a UserError a person can act on (bad name, no such folder, a folder
    where the file should be, a folder we may not write into). Creates nothing."""
    target = Path(path)
    name = target.name
    bad = sorted({c for c in name if c in FORBIDDEN_CHARACTERS or ord(c) < 32})
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file name {name} contains characters Windows does not allow ({chars}); "
                "choose another name.",
            ),
            name=name,
            chars=" ".join(bad),
        )
    stem = name.split(".")[0].upper()
    if not name.strip(" .") or stem in RESERVED_NAMES or name != name.rstrip(" ."):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} cannot be used as a file name; choose another."),
            name=name,
        )
    if target.suffix.lower() not in formats:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown file type {suffix} (use {formats})."),
            suffix=target.suffix or "(none)",
            formats=", ".join(formats),
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=str(folder)
        )
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name."), path=str(target)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot write in the folder {folder}; choose another folder."
            ),
            folder=str(folder),
        )
    return target
