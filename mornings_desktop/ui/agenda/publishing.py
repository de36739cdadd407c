"""The Agenda's "Publish…": asked first, in one sentence, then published in the write queue.

Publishing freezes the programme as version N (`services/agenda_versions.publish`): later changes
are listed against it, and it is what "Tell speakers…" sends. Nothing is e-mailed by publishing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mornings_desktop.services import agenda_versions

if TYPE_CHECKING:
    from mornings_desktop.ui.agenda.screen import AgendaScreen

CTX = "AgendaScreen"


def publish_box(parent: QWidget | None, version: int) -> QMessageBox:
    """The question: what publishing does, in one sentence. Enter publishes (the default
    button), Escape cancels."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate(CTX, "Publish the programme"))
    box.setText(
        QCoreApplication.translate(
            CTX,
            "Version {n} will keep the programme as it stands now; later changes are listed "
            "against it, and no one is e-mailed.",
        ).format(n=version)
    )
    publish = box.addButton(
        QCoreApplication.translate(CTX, "&Publish version {n}").format(n=version),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(publish)
    box.setEscapeButton(cancel)
    return box


def ask_publish(parent: QWidget | None, version: int) -> bool:
    """Ask before publishing version `version`; True to publish. Tests replace this function
    or answer the box with keys."""
    box = publish_box(parent, version)
    box.exec()
    answered = box.clickedButton()
    return answered is not None and box.buttonRole(answered) == QMessageBox.ButtonRole.AcceptRole


def publish(screen: AgendaScreen) -> None:
    """Ask, then publish the next version. With blocking warnings nothing is asked: the service
    refuses, and the screen's message line says why."""
    ws, morning_id = screen.state.workspace, screen.morning_id
    blocked = any(w.blocking for w in screen._warnings)
    if not blocked and not ask_publish(screen, (screen.last_version or 0) + 1):
        return

    def done(number: object) -> None:
        screen.say(QCoreApplication.translate(CTX, "Published version {n}.").format(n=number))
        screen.refresh()

    screen.writes.run(lambda: agenda_versions.publish(ws, morning_id), done, screen._failed)
