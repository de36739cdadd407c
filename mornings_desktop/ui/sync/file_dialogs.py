"""The Sync screen's file choices: where to write a bundle, which bundle or join file to read.

Tests replace these functions in `ui/sync/screen.py` (where the screen looks them up). Their
words are in the context "SyncFiles" (they were written `parent.tr(…)`, which lupdate filed under
a context no window asks for: the dialogs' titles stayed in English).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from mornings_desktop.ui.folders import in_documents


def ask_bundle_output(parent: QWidget) -> Path | None:
    """Where to write a bundle; None if the person cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SyncFiles", "Export a bundle"),
        in_documents(),
        QCoreApplication.translate("SyncFiles", "Mornings bundles (*.mornings-bundle)"),
    )
    return Path(name) if name else None


def ask_bundle_input(parent: QWidget) -> Path | None:
    """The bundle to import; None if the person cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncFiles", "Import a bundle"),
        in_documents(),
        QCoreApplication.translate("SyncFiles", "Mornings bundles (*.mornings-bundle)"),
    )
    return Path(name) if name else None


def ask_join_file(parent: QWidget) -> Path | None:
    """The join file the organiser gave this desk; None if the person cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncFiles", "Join with a file"),
        in_documents(),
        QCoreApplication.translate(
            "SyncFiles", "Mornings join files (*.mornings-join *.json);;All files (*)"
        ),
    )
    return Path(name) if name else None


def ask_join_output(parent: QWidget, desk: str) -> Path | None:
    """Where to write a desk's join file (an organiser adding or resetting a desk); None if the
    person cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SyncFiles", "Write the join file"),
        in_documents(f"{desk}.mornings-join"),
        QCoreApplication.translate("SyncFiles", "Mornings join files (*.mornings-join)"),
    )
    return Path(name) if name else None
