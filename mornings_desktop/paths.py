"""Where things live: the data folder, the default database, backups, logs.

The data folder is Qt's `AppLocalDataLocation` (for example `~/.local/share/Club Made in
Morocco/Mornings Desktop` on Linux, `%LOCALAPPDATA%\\...` on Windows), or `MORNINGS_DATA_DIR` when
set (tests and portable installs use it). On Linux and macOS the folder is computed in plain Python
by Qt's rules (tests/unit/test_paths.py checks it against QStandardPaths), so a command-line run does
not import Qt; on Windows Qt is asked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mornings_desktop import APP_NAME, ORG_NAME


def data_dir() -> Path:
    override = os.environ.get("MORNINGS_DATA_DIR")
    if override:
        return Path(override).expanduser()
    plain = plain_data_dir()
    if plain is not None:
        return plain
    return qt_data_dir()


def plain_data_dir(platform: str = sys.platform) -> Path | None:
    """Qt's `AppLocalDataLocation` without Qt, where its rule is simple (None on Windows)."""
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / ORG_NAME / APP_NAME
    if platform.startswith("linux") or platform.startswith("freebsd"):
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
        return base / ORG_NAME / APP_NAME
    return None


def qt_data_dir() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location) if location else Path.home() / ".mornings-desktop"


def default_db_path() -> Path:
    return data_dir() / "mornings.sqlite3"


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database they protect, in a `backups` folder."""
    return db_path.parent / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"


def resources_dir() -> Path:
    """The `resources` folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
