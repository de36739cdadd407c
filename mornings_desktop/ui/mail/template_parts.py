"""The template editor's parts that hold no editing: what its preview reads (off the UI thread)
and the list of placeholders that Enter inserts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget

from mornings_desktop.services.mail import campaigns, render
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.tickets import ticket_registrations
from mornings_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class EditorContext:
    """What the preview needs: the Morning, its people, and this desk's sender."""

    facts: render.MorningFacts | None
    people: list[RegistrationRow]
    settings: mail_settings.MailSettings | None


def read_context(ws: Workspace, morning_id: str) -> EditorContext:
    if not morning_id:
        return EditorContext(None, [], mail_settings.load(ws))
    with_email = [r for r in ticket_registrations(ws, morning_id) if r.email]  # who gets mail
    return EditorContext(
        campaigns.morning_facts(ws, morning_id), with_email, mail_settings.load(ws)
    )


class PlaceholderList(QListWidget):
    """The placeholders; Enter (or a double-click) inserts the current one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)
