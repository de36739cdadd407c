"""WhatsApp for people without e-mail: open the click-to-chat link of the selected person, with
their ticket text typed in, and put their QR code on the clipboard to paste into the chat."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from mornings_desktop.errors import UserError
from mornings_desktop.services import mornings
from mornings_desktop.services.mail import render, templates, whatsapp
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import show_error


def open_url(url: str) -> bool:
    """Open `url` in the system's handler (tests replace this function)."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


def whatsapp_link(ws: Workspace, morning_id: str, row: RegistrationRow) -> str:
    """The person's click-to-chat link with their ticket text (Arabic for a name in Arabic)."""
    m = mornings.get(ws, morning_id)
    text = whatsapp.ticket_text(
        templates.language_for(row.name), first_name=row.first_name or row.name, title=m.title,
        day=m.date, time=m.start_time or "", venue=m.venue or "", code=row.code,
    )  # fmt: skip
    return whatsapp.link(row.phone, text)


def send_on_whatsapp(
    parent: QWidget, ws: Workspace, morning_id: str, selected: Callable[[], list[RegistrationRow]]
) -> str | None:
    """Open WhatsApp for the first selected person and copy their QR code. Returns the link."""
    rows = [r for r in selected() if r.code]
    if not rows or not morning_id:
        return None
    try:
        link = whatsapp_link(ws, morning_id, rows[0])
    except UserError as exc:
        show_error(parent, exc)
        return None
    image = QImage.fromData(QByteArray(render.qr_png(rows[0].code)))
    QGuiApplication.clipboard().setImage(image)
    open_url(link)
    return link
