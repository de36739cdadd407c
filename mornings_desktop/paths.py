"""Where things live: the data folder, the default database, backups, logs.

The data folder is Qt's `AppLocalDataLocation` (for example `~/.local/share/Club Made in
Morocco/Mornings Desktop` on Linux, `%LOCALAPPDATA%\\...` on Windows), or `MORNINGS_DATA_DIR` when
set (tests and portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path

from mornings_desktop import APP_NAME, ORG_NAME


def data_dir() -> Path:
    override = os.environ.get("MORNINGS_DATA_DIR")
    if override:
        return Path(override).expanduser()
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
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
