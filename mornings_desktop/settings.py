"""Typed settings of this laptop (language, last Morning, window layout), kept with QSettings.

The desk's identity lives in the database (it must travel with the data); everything here is a
preference of this laptop and may be lost without harm. Stored as an INI file in the data folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from mornings_desktop.paths import data_dir

LANGUAGES = ("fr", "en", "ar")


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type


LANGUAGE = Setting("ui/language", "fr", str)
CURRENT_MORNING = Setting("ui/current_morning", "", str)
GEOMETRY = Setting("ui/geometry", b"", bytes)
SOUND = Setting("checkin/sound", True, bool)
PRINT_ON_CHECKIN = Setting("badges/print_on_checkin", False, bool)
DEMO_OFFERED = Setting("ui/demo_offered", False, bool)
OPERATOR = Setting("desk/operator", "", str)  # the person at this laptop's desk, remembered


class Settings:
    """Read and write the settings above with their types and defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self._qs.value(setting.key, setting.default)
        if setting.kind is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        if setting.kind is bytes:
            return _as_bytes(value)
        try:
            return setting.kind(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self._qs.setValue(setting.key, value)
        self._qs.sync()

    @property
    def language(self) -> str:
        lang = str(self.get(LANGUAGE))
        return lang if lang in LANGUAGES else "fr"


def _as_bytes(value: object) -> bytes:
    """QSettings gives back a QByteArray (or bytes, or nothing) for a bytes setting."""
    if not value:
        return b""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    data = getattr(value, "data", None)  # QByteArray, without importing Qt here
    return bytes(data()) if callable(data) else b""
