"""Where file dialogs open: the person's Documents folder, created if it does not exist yet
(a fresh profile has none, and exporting there used to fail), never the program's folder."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from mornings_desktop.errors import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


def documents_location() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def default_folder() -> Path:
    """The Documents folder (made if missing); the home folder if it cannot be made."""
    location = documents_location()
    folder = Path(location) if location else Path.home() / "Documents"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("cannot create %s (%s); using the home folder", folder, exc)
        return Path.home()
    return folder


def in_documents(name: str = "") -> str:
    """A start path for a file dialog: `name` inside Documents (the folder alone without one)."""
    if name and Path(name).is_absolute():
        return name
    folder = default_folder()
    return str(folder / name) if name else str(folder)


# Words of Qt's own file dialog that Qt's French and Arabic catalogues (qtbase) lack; ours fill
# the gaps (a translator installed earlier is asked when qtbase has no translation).
QT_FILE_DIALOG_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show Date Modified"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show Size"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show Type"),
)
